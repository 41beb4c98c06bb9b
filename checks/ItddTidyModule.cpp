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
#include <clang-tidy/ClangTidyModuleRegistry.h>

namespace clang::tidy::itdd {

class ItddModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<InternalMockCheck>("itdd-internal-mock");
    CheckFactories.registerCheck<MissingBusinessAssertionCheck>(
        "itdd-missing-business-assertion");
    CheckFactories.registerCheck<MissingEntryPointCheck>(
        "itdd-missing-entry-point");
    CheckFactories.registerCheck<ScenarioNamingCheck>("itdd-scenario-naming");
    CheckFactories.registerCheck<SingleComponentCheck>(
        "itdd-single-component");
    CheckFactories.registerCheck<TestOnlyAccessCheck>(
        "itdd-test-only-access");
    CheckFactories.registerCheck<UiDetailAssertionCheck>(
        "itdd-ui-detail-assertion");
  }
};

static ClangTidyModuleRegistry::Add<ItddModule>
    X("itdd-module", "Checks that keep integration tests real integration "
                     "tests.");

} // namespace clang::tidy::itdd
