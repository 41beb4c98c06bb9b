//===--- ItddTidyModule.cpp - clang-tidy ----------------------------------===//
//
// Registers the itdd checks with clang-tidy when the plugin is loaded with
// `clang-tidy --load=libitdd_tidy.so`.
//
//===----------------------------------------------------------------------===//

#include "InternalMockCheck.h"
#include "MissingBusinessAssertionCheck.h"
#include "MissingEntryPointCheck.h"
#include "ScenarioNamingCheck.h"
#include "SingleComponentCheck.h"
#include "TestOnlyAccessCheck.h"
#include "UiDetailAssertionCheck.h"
#include <clang-tidy/ClangTidyModule.h>
#include <clang/Basic/Version.h>
// From Clang 22 on, ClangTidyModule.h declares the registry.
#if CLANG_VERSION_MAJOR < 22
#include <clang-tidy/ClangTidyModuleRegistry.h>
#endif

namespace clang::tidy::itdd {

// The clang-tidy major the plugin loads into, readable without loading it:
// scripts/itdd-pre-commit picks clang-tidy-<major> by this text.
[[gnu::used]] static const char ClangTidyMajor[] =
    "itdd plugin for clang-tidy " CLANG_VERSION_MAJOR_STRING ";";

// `itdd`: no finding of its own; enabled alone (--checks='-*,itdd') it
// makes --dump-config print the itdd.* options, which clang-tidy from 20 on
// prints only under the name of an enabled check. 'itdd-*' leaves it off.
class OptionsCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd";
  using ItddCheck::ItddCheck;

protected:
  void checkFile(::itdd::TestFileAnalysis &, ASTContext &) override {}
};

class ItddModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    // One analysis per run, handed to every check: the factories keep it
    // alive after the module itself is gone.
    auto Cache = std::make_shared<AnalysisCache>();
    add<OptionsCheck>(CheckFactories, Cache);
    add<InternalMockCheck>(CheckFactories, Cache);
    add<MissingBusinessAssertionCheck>(CheckFactories, Cache);
    add<MissingEntryPointCheck>(CheckFactories, Cache);
    add<ScenarioNamingCheck>(CheckFactories, Cache);
    add<SingleComponentCheck>(CheckFactories, Cache);
    add<TestOnlyAccessCheck>(CheckFactories, Cache);
    add<UiDetailAssertionCheck>(CheckFactories, Cache);
  }

private:
  template <typename Check>
  static void add(ClangTidyCheckFactories &Factories,
                  const std::shared_ptr<AnalysisCache> &Cache) {
    Factories.registerCheckFactory(
        Check::Name, [Cache](StringRef CheckName, ClangTidyContext *Context) {
          return std::make_unique<Check>(CheckName, Context, Cache);
        });
  }
};

static ClangTidyModuleRegistry::Add<ItddModule>
    X("itdd-module", "Checks that keep integration tests real integration "
                     "tests.");

} // namespace clang::tidy::itdd
