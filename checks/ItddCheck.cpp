//===--- ItddCheck.cpp - clang-tidy ---------------------------------------===//

#include "ItddCheck.h"
#include "InternalMockCheck.h"
#include "MissingBusinessAssertionCheck.h"
#include "MissingEntryPointCheck.h"
#include "ScenarioNamingCheck.h"
#include "SingleComponentCheck.h"
#include "TestOnlyAccessCheck.h"
#include "UiDetailAssertionCheck.h"
#include "analysis/TidyOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <clang-tidy/ClangTidyDiagnosticConsumer.h>
#include <clang-tidy/ClangTidyOptions.h>
#include "llvm/Support/FileSystem.h"
#include <algorithm>
#include <map>

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

/// Where the effective value of Key comes from. clang-tidy hands a check
/// the merged options only: read the .clang-tidy files of the file being
/// checked as clang-tidy does and take the last that sets the key to its
/// effective value (none does when --config gave it).
static std::string originOf(const ClangTidyContext &Context, StringRef Key) {
  FileOptionsProvider Files({}, {}, {});
  std::string Origin =
      ::itdd::optionOrigin(Files.getRawOptions(Context.getCurrentFile()), Key,
                           Context.getOptions().CheckOptions.lookup(Key).Value);
  return Origin.empty() ? "the configuration given on the command line"
                        : Origin;
}

/// The seven checks, in the order that decides which one says a remark
/// about the whole file.
static const llvm::StringRef AllChecks[] = {
    InternalMockCheck::Name,     MissingBusinessAssertionCheck::Name,
    MissingEntryPointCheck::Name, ScenarioNamingCheck::Name,
    SingleComponentCheck::Name,  TestOnlyAccessCheck::Name,
    UiDetailAssertionCheck::Name};

bool ItddCheck::needsKey(StringRef Check, StringRef Key) {
  // Rendering members matter to one check only. Every other pattern
  // decides which files are tests or the role of a class, and every check
  // asks a role: the role keys override one another and the structural
  // rules, so none can be set aside for a check.
  if (Key == "itdd.UiMethods")
    return Check == UiDetailAssertionCheck::Name;
  // Whether a test drives the application from outside.
  if (Key == "itdd.ProgramLaunchers")
    return Check == MissingEntryPointCheck::Name ||
           Check == SingleComponentCheck::Name;
  return true;
}

std::string ItddCheck::checksNeeding(StringRef Key) const {
  std::vector<StringRef> Off;
  for (StringRef Check : AllChecks)
    if (TidyContext->isCheckEnabled(Check) && needsKey(Check, Key))
      Off.push_back(Check);
  std::string Text;
  for (size_t I = 0; I < Off.size(); ++I)
    Text += (I == 0 ? "" : I + 1 == Off.size() ? " and " : ", ") + Off[I].str();
  return Text + (Off.size() == 1 ? " does" : Off.empty() ? "" : " do");
}

void ItddCheck::noteReplacedDefaults(const CXXRecordDecl *RD,
                                     ::itdd::ComponentClassifier &Classifier) {
  ::itdd::RoleExplanation Why = Classifier.explainRole(RD);
  for (const std::string &Key : Why.Reason.ReplacedDefaults) {
    std::string Origin = originOf(*TidyContext, Key);
    if (llvm::sys::fs::is_regular_file(Origin))
      Origin = ::itdd::keyLocations(Origin, {Key})[Key];
    diag(RD->getLocation(),
         "'%0' is %1 because %2 (%3) replaces the default pattern, which "
         "would have matched",
         DiagnosticIDs::Note)
        << Why.Facts.QualifiedName << ::itdd::roleName(Why.Role.Primary)
        << Key << Origin;
  }
}

ItddCheck::ItddCheck(StringRef Name, ClangTidyContext *Context,
                     std::shared_ptr<AnalysisCache> Cache)
    : ClangTidyCheck(Name, Context), Cache(std::move(Cache)),
      TidyContext(Context) {
  // The keys are global: one set of roles for every itdd check (they share
  // one analysis of the file) and for itdd map, which reads them through
  // the same function.
  ::itdd::ItddOptions Read =
      ::itdd::itddOptions(Context->getOptions().CheckOptions);
  if (llvm::StringSet<> *Collector = Context->getOptionsCollector())
    for (const ::itdd::OptionSpec &Spec : ::itdd::optionSpecs())
      Collector->insert(Spec.Key);

  std::vector<::itdd::ConfigProblem> Problems;
  Cfg = ::itdd::Config::fromOptions(Read.Values, &Problems);
  for (const ::itdd::ConfigProblem &P : Problems) {
    Disabled |= Cfg->isBroken(P.Key) && needsKey(getID(), P.Key);
    if (!this->Cache->firstSaying(P.Message))
      continue;
    if (!Cfg->isBroken(P.Key)) {
      configurationDiag("itdd: %0: %1; the checks use the default for it")
          << originOf(*Context, P.Key) << P.Message;
      continue;
    }
    std::string Off = checksNeeding(P.Key);
    if (Off.empty())
      configurationDiag("itdd: %0: %1; no itdd check of this run needs it")
          << originOf(*Context, P.Key) << P.Message;
    else
      configurationDiag("itdd: %0: %1; %2 not run until it is corrected",
                        DiagnosticIDs::Error)
          << originOf(*Context, P.Key) << P.Message << Off;
  }
  for (const std::string &Key : Read.IgnoredLocalKeys)
    if (this->Cache->firstSaying(Key))
      configurationDiag("itdd: %0: %1")
          << originOf(*Context, Key) << ::itdd::ignoredLocalKeyMessage(Key);
}

void ItddCheck::registerMatchers(MatchFinder *Finder) {
  // One match per translation unit; the analysis walks the main file itself
  // instead of asking the matcher framework to try patterns on every node.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void ItddCheck::onStartOfTranslationUnit() { Cache->reset(); }

void ItddCheck::check(const MatchFinder::MatchResult &Result) {
  // A pattern it needs is broken: findings from a default in its place
  // would contradict the configuration (said once, as an error).
  if (Disabled)
    return;
  ::itdd::TestFileAnalysis &Analysis = Cache->get(*Result.Context, *Cfg);
  if (!Analysis.compiles()) {
    noteDoesNotCompile(Analysis, Result.Context->getSourceManager());
    return;
  }
  if (Analysis.isIntegrationTestFile()) {
    if (!Analysis.mapProblem().empty() &&
        Cache->firstSaying(Analysis.mapProblem()))
      configurationDiag("itdd: %0; tests that call test support defined in "
                        "another file are not judged")
          << Analysis.mapProblem();
    checkFile(Analysis, *Result.Context);
    return;
  }
  noteOutsideThePattern(Analysis, Result.Context->getSourceManager());
}

void ItddCheck::noteOutsideThePattern(const ::itdd::TestFileAnalysis &Analysis,
                                      const SourceManager &SM) {
  // Left to the default pattern, a suite in a place it does not know would
  // pass in silence: say once per file why its tests were not judged.
  unsigned Tests = Analysis.testsOutsideThePattern();
  if (Tests == 0 || Cfg->isSet("itdd.IntegrationTestFiles") ||
      !speaksFirst(AllChecks))
    return;
  if (!firstForFile(SM, "outside"))
    return;
  // Tests that make two or more components work together, counted as
  // itdd-single-component counts them, are integration tests the default
  // missed: a warning. A file of unit tests gets the remark alone.
  unsigned Wiring = 0;
  const ::itdd::IntegrationTest *First = nullptr;
  std::vector<std::string> FirstBuilt;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    std::vector<std::string> Built = ::itdd::realComponentNames(T);
    if (Built.size() < 2)
      continue;
    if (Wiring++ == 0) {
      First = &T;
      FirstBuilt = std::move(Built);
    }
  }
  if (Wiring > 0) {
    std::string Which = Tests == 1        ? "it makes"
                        : Wiring == Tests ? "all of them make"
                        : Wiring == 1     ? "1 of them makes"
                                          : std::to_string(Wiring) +
                                            " of them make";
    diag(Analysis.fileStart(),
         "%0 GoogleTest test%s0 in this file not judged: the file does not "
         "match the default itdd.IntegrationTestFiles, yet %1 two or more "
         "of the project's components work together, as integration tests "
         "do ('%2' builds '%3' and '%4'%select{| and more}5); set "
         "itdd.IntegrationTestFiles to where your integration tests are, or "
         "run 'itdd init'")
        << Tests << Which << (First->Suite + "." + First->Name)
        << FirstBuilt[0] << FirstBuilt[1] << (FirstBuilt.size() > 2);
    return;
  }
  diag(Analysis.fileStart(),
       "%0 GoogleTest test%s0 in this file not judged: the file does not "
       "match the default itdd.IntegrationTestFiles (a directory named "
       "integration, e2e, journeys, ... or a name ending _integration_test); "
       "set itdd.IntegrationTestFiles to where your integration tests are",
       DiagnosticIDs::Remark)
      << Tests;
}

void ItddCheck::noteDoesNotCompile(const ::itdd::TestFileAnalysis &Analysis,
                                   const SourceManager &SM) {
  // The AST after an error holds what the parser recovered, not what the
  // tests do: findings on it would be false. Once per file for all checks.
  if (!Analysis.isIntegrationTestFile() || !speaksFirst(AllChecks) ||
      !firstForFile(SM, "uncompiled"))
    return;
  diag(Analysis.fileStart(),
       "integration tests in this file not judged: the file does not "
       "compile; fix the errors reported for it (or point -p at the build "
       "that compiles it)",
       DiagnosticIDs::Remark);
}

/// The reasons tests of a file could not be followed, commonest first,
/// each with how many tests it stopped: "calls 'x', test support defined
/// in another file (3 tests); ...", at most Shown of them.
static std::string commonestReasons(const ::itdd::TestFileAnalysis &Analysis,
                                    unsigned Shown, unsigned &Undecided) {
  std::map<std::string, unsigned> Count;
  for (const ::itdd::IntegrationTest &T : Analysis.tests())
    if (T.Undecided)
      ++Count[T.UndecidedReason];
  std::vector<std::pair<std::string, unsigned>> Sorted(Count.begin(),
                                                       Count.end());
  llvm::stable_sort(Sorted, [](const auto &L, const auto &R) {
    return L.second > R.second;
  });
  Undecided = 0;
  std::string Text;
  size_t Listed = std::min<size_t>(Shown, Sorted.size());
  for (const auto &[Reason, N] : Sorted) {
    Undecided += N;
    if (Shown == 0)
      continue;
    --Shown;
    if (!Text.empty())
      Text += "; ";
    Text += Reason + " (" + std::to_string(N) + (N > 1 ? " tests)" : " test)");
  }
  if (Sorted.size() > Listed)
    Text += "; and " + std::to_string(Sorted.size() - Listed) +
            (Sorted.size() - Listed > 1 ? " more reasons" : " more reason");
  return Text;
}

void ItddCheck::noteUndecided(
    const ::itdd::TestFileAnalysis &Analysis, const SourceManager &SM,
    llvm::ArrayRef<const ::itdd::IntegrationTest *> Tests) {
  if (Cfg->flag("itdd.ShowUndecided")) {
    if (Tests.empty())
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
    return;
  }
  // Once per file for all the checks: a test held back is never a silent
  // pass.
  if (!speaksFirst({MissingBusinessAssertionCheck::Name,
                    MissingEntryPointCheck::Name, SingleComponentCheck::Name}))
    return;
  if (!firstForFile(SM, "undecided"))
    return;
  unsigned Undecided = 0;
  std::string Reasons = commonestReasons(Analysis, 3, Undecided);
  if (Undecided == 0)
    return;
  diag(Analysis.fileStart(),
       "%0 of %1 integration tests not judged where a finding needs the "
       "whole test: %2; set itdd.ShowUndecided: true to name them per check",
       DiagnosticIDs::Remark)
      << Undecided << static_cast<unsigned>(Analysis.tests().size())
      << Reasons;
}

bool ItddCheck::firstForFile(const SourceManager &SM, StringRef Remark) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main &&
         Cache->firstSaying((Remark + ":" + Main->getName()).str());
}

bool ItddCheck::speaksFirst(llvm::ArrayRef<StringRef> Order) const {
  for (StringRef Check : Order)
    if (TidyContext->isCheckEnabled(Check))
      return Check == getID();
  return false;
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
  if (!Problem.empty() && Cache->firstSaying(Problem))
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
