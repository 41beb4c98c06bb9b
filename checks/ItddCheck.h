//===--- ItddCheck.h - clang-tidy ------------------------------*- C++ -*-===//
//
// The base of every itdd check: reads the itdd.* options, runs the shared
// analysis of the file once per translation unit and hands it to the check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_ITDDCHECK_H
#define ITDD_CHECKS_ITDDCHECK_H

#include "core/Config.h"
#include "core/TestAnalysis.h"
#include <clang-tidy/ClangTidyCheck.h>
#include <memory>

namespace clang::tidy::itdd {

class ItddCheck : public ClangTidyCheck {
public:
  ItddCheck(StringRef Name, ClangTidyContext *Context);
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

  /// With itdd.ShowUndecided, one note per file naming the tests this check
  /// passed over because the analysis could not follow them to the end.
  void noteUndecided(const ::itdd::TestFileAnalysis &Analysis,
                     llvm::ArrayRef<const ::itdd::IntegrationTest *> Tests);

private:
  std::shared_ptr<const ::itdd::Config> Cfg;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_ITDDCHECK_H
