//===--- ItddCheck.cpp - clang-tidy ---------------------------------------===//

#include "ItddCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <clang-tidy/ClangTidyDiagnosticConsumer.h>
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::itdd {

::itdd::TestFileAnalysis &AnalysisCache::get(ASTContext &Context,
                                             const ::itdd::Config &Cfg) {
  if (Ctx != &Context || !Analysis) {
    Analysis = std::make_unique<::itdd::TestFileAnalysis>(Context, Cfg);
    Ctx = &Context;
  }
  return *Analysis;
}

void AnalysisCache::reset() {
  Ctx = nullptr;
  Analysis.reset();
  Findings.reset();
}

/// The test whose body holds Loc.
static const ::itdd::IntegrationTest *
testAt(const ::itdd::TestFileAnalysis &Analysis, const SourceManager &SM,
       SourceLocation Loc) {
  SourceLocation At = SM.getExpansionLoc(Loc);
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (!T.Class)
      continue;
    for (const CXXMethodDecl *M : T.Class->methods()) {
      const Stmt *Body = M->getIdentifier() && M->getName() == "TestBody"
                             ? M->getBody()
                             : nullptr;
      if (!Body)
        continue;
      SourceLocation Begin = SM.getExpansionLoc(Body->getBeginLoc());
      SourceLocation End = SM.getExpansionLoc(Body->getEndLoc());
      if (!SM.isBeforeInTranslationUnit(At, Begin) &&
          !SM.isBeforeInTranslationUnit(End, At))
        return &T;
    }
  }
  return nullptr;
}

ItddCheck::ItddCheck(StringRef Name, ClangTidyContext *Context,
                     std::shared_ptr<AnalysisCache> Cache)
    : ClangTidyCheck(Name, Context), Cache(std::move(Cache)) {
  std::map<std::string, std::string> Values;
  for (const ::itdd::OptionSpec &Spec : ::itdd::optionSpecs())
    if (std::optional<StringRef> V = Options.getLocalOrGlobal(Spec.Key))
      Values[Spec.Key] = V->str();
  for (const auto &Entry : Context->getOptions().CheckOptions)
    if (Entry.getKey().starts_with("itdd."))
      Values.emplace(Entry.getKey().str(), Entry.getValue().Value);

  std::vector<::itdd::ConfigProblem> Problems;
  Cfg = ::itdd::Config::fromOptions(Values, &Problems);
  // Every itdd check reads the same keys: say each problem once per run.
  static std::set<std::string> Reported;
  for (const ::itdd::ConfigProblem &P : Problems)
    if (Reported.insert(P.Message).second)
      configurationDiag("itdd: %0") << P.Message;
}

void ItddCheck::registerMatchers(MatchFinder *Finder) {
  // One match per translation unit; the analysis walks the main file itself
  // instead of asking the matcher framework to try patterns on every node.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void ItddCheck::onStartOfTranslationUnit() { Cache->reset(); }

void ItddCheck::check(const MatchFinder::MatchResult &Result) {
  ::itdd::TestFileAnalysis &Analysis = Cache->get(*Result.Context, *Cfg);
  if (Analysis.isIntegrationTestFile())
    checkFile(Analysis, *Result.Context);
}

void ItddCheck::noteUndecided(
    const ::itdd::TestFileAnalysis &Analysis,
    llvm::ArrayRef<const ::itdd::IntegrationTest *> Tests) {
  if (Tests.empty() || !Cfg->flag("itdd.ShowUndecided"))
    return;
  std::string Names;
  for (const ::itdd::IntegrationTest *T : Tests) {
    if (!Names.empty())
      Names += ", ";
    Names += "'" + T->Name + "' (" + T->UndecidedReason + ")";
  }
  diag(Analysis.fileStart(),
       "%0 integration test%s0 not judged: the analysis could not follow "
       "%select{it|them}1 to the end: %2",
       DiagnosticIDs::Remark)
      << static_cast<unsigned>(Tests.size()) << (Tests.size() > 1) << Names;
}

bool ItddCheck::isNew(const SourceManager &SM, SourceLocation Loc,
                      const ::itdd::IntegrationTest *Test,
                      llvm::ArrayRef<std::string> Names) {
  std::string TestName;
  if (Test)
    TestName = Test->Suite + "." + Test->Name;
  std::string Problem;
  bool New = Cache->findings().isNew({getID(), Loc, TestName, Names}, SM,
                                     Cfg->value("itdd.Baseline"), Problem);
  static std::set<std::string> Reported;
  if (!Problem.empty() && Reported.insert(Problem).second)
    configurationDiag("itdd: %0") << Problem;
  return New;
}

bool ItddCheck::isNew(const ::itdd::TestFileAnalysis &Analysis,
                      const SourceManager &SM, SourceLocation Loc,
                      llvm::ArrayRef<std::string> Names) {
  return isNew(SM, Loc, testAt(Analysis, SM, Loc), Names);
}

void ItddCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const ::itdd::OptionSpec &Spec : ::itdd::optionSpecs())
    Opts[Spec.Key] = ClangTidyOptions::ClangTidyValue(Cfg->value(Spec.Key));
}

} // namespace clang::tidy::itdd
