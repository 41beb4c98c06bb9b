//===--- ItddCheck.h - clang-tidy ------------------------------*- C++ -*-===//
//
// The base of every itdd check: reads the itdd.* options, takes the analysis
// of the file (walked once per translation unit) and hands it to the check,
// which owns its rule.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_ITDDCHECK_H
#define ITDD_CHECKS_ITDDCHECK_H

#include "FindingFilter.h"
#include "core/Config.h"
#include "analysis/TestAnalysis.h"
#include <clang-tidy/ClangTidyCheck.h>
#include <memory>
#include <set>
#include <string>

namespace clang::tidy::itdd {

/// What the itdd checks of one clang-tidy run share: the analysis of the
/// translation unit being checked (walked once however many checks are
/// enabled), the baseline they report against, and the messages already
/// said once for the whole run. The module hands one to every check.
class AnalysisCache {
public:
  ::itdd::TestFileAnalysis &get(ASTContext &Ctx, const ::itdd::Config &Cfg);
  /// Forgets the last unit: a new one may reuse its ASTContext's address.
  void reset();
  FindingFilter &findings() { return Findings; }
  /// Whether a run-wide message (a configuration problem) is said for the
  /// first time: every itdd check reads the same keys and the same
  /// baseline, and each problem is said once per run.
  bool firstSaying(const std::string &Message) {
    return Said.insert(Message).second;
  }

private:
  FindingFilter Findings;
  std::set<std::string> Said;
  const ASTContext *Ctx = nullptr;
  std::unique_ptr<::itdd::TestFileAnalysis> Analysis;
};

class ItddCheck : public ClangTidyCheck {
public:
  ItddCheck(StringRef Name, ClangTidyContext *Context,
            std::shared_ptr<AnalysisCache> Cache);
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onStartOfTranslationUnit() final;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

protected:
  /// Called once per translation unit whose main file is an integration test.
  virtual void checkFile(::itdd::TestFileAnalysis &Analysis,
                         ASTContext &Ctx) = 0;
  const ::itdd::Config &config() const { return *Cfg; }

  /// Whether a finding of this check is to be reported: false when the
  /// itdd.Baseline file holds it. Names are what the message names (classes,
  /// members, macros) in its order; with the test it is in (Test, or the
  /// test whose body holds Loc) and the file, they are the finding's key.
  bool isNew(const SourceManager &SM, SourceLocation Loc,
             const ::itdd::IntegrationTest *Test,
             llvm::ArrayRef<std::string> Names = {});
  /// The same for a finding at Loc, in whichever test's body holds it.
  bool isNew(const ::itdd::TestFileAnalysis &Analysis, const SourceManager &SM,
             SourceLocation Loc, llvm::ArrayRef<std::string> Names = {});

  /// Tests the analysis could not follow to the end: one remark per file
  /// for all checks, with how many and the commonest reasons (each naming
  /// the function involved); with itdd.ShowUndecided, one remark per check
  /// naming each test it passed over (Tests).
  void noteUndecided(const ::itdd::TestFileAnalysis &Analysis,
                     const SourceManager &SM,
                     llvm::ArrayRef<const ::itdd::IntegrationTest *> Tests);

  /// Notes, after a finding that depends on RD's role, each key the user
  /// set that replaced a default pattern which would have matched RD: a
  /// role the user may not expect.
  void noteReplacedDefaults(const CXXRecordDecl *RD,
                            ::itdd::ComponentClassifier &Classifier);

  /// This check is the first of Order (check names) that the run enables:
  /// the one that says a remark about the whole file, so the same check
  /// says it whichever itdd checks run.
  bool speaksFirst(llvm::ArrayRef<StringRef> Order) const;

private:
  /// Whether Check reads Key: a broken pattern turns off the checks that
  /// need it, and only those.
  static bool needsKey(StringRef Check, StringRef Key);
  /// The enabled checks that need Key, for a sentence: "itdd-a and itdd-b
  /// do" (empty when none does).
  std::string checksNeeding(StringRef Key) const;
  /// Whether Remark about the main file of SM is said for the first time
  /// this run.
  bool firstForFile(const SourceManager &SM, StringRef Remark);
  /// A file of GoogleTest tests outside the default itdd.IntegrationTestFiles:
  /// one remark for all checks that its tests were not judged, a warning
  /// when they look like integration tests.
  void noteOutsideThePattern(const ::itdd::TestFileAnalysis &Analysis,
                             const SourceManager &SM);
  /// A file that does not compile: no finding, and one remark for all
  /// checks that its tests were not judged.
  void noteDoesNotCompile(const ::itdd::TestFileAnalysis &Analysis,
                          const SourceManager &SM);

  std::shared_ptr<const ::itdd::Config> Cfg;
  std::shared_ptr<AnalysisCache> Cache;
  ClangTidyContext *TidyContext;
  /// A pattern this check needs is broken: it does not run.
  bool Disabled = false;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_ITDDCHECK_H
