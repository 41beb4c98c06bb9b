//===--- TestSkeletons.h - red tests from Gherkin scenarios ----*- C++ -*-===//
//
// One GoogleTest per scenario: a fixture per feature (and per rule) that
// assembles the system through a generated factory, the steps as Given /
// When / Then comment blocks, Scenario Outlines as value-parameterised tests
// over their Examples, a failure that marks each test pending, and per
// feature a health check that must pass.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_TESTSKELETONS_H
#define ITDD_GENERATORS_TESTSKELETONS_H

#include "core/Skeleton.h"
#include "generators/FactoryInfo.h"
#include "gherkin/Gherkin.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace itdd {

struct FeatureSource {
  std::string Path; ///< As written in comments ("features/checkout.feature").
  gherkin::Feature Feature;
};

/// A test a scenario should have: TEST_F(Suite, Name), or for an outline
/// TEST_P(Suite, Name) over its Examples.
struct ExpectedTest {
  std::string Suite;
  std::string Name;
  std::string Scenario;
  std::string Where; ///< "features/checkout.feature:15"
  bool Parameterized = false;
};

/// The tests the features call for, or an error when two scenarios of a
/// feature would get the same test name.
llvm::Expected<std::vector<ExpectedTest>>
expectedTests(llvm::ArrayRef<FeatureSource> Features);

/// The test file body. FactoryInclude is the spelling of the factory
/// header's #include.
llvm::Expected<std::string>
generateTestSkeletons(llvm::ArrayRef<FeatureSource> Features,
                      const FactoryInfo &Factory,
                      llvm::StringRef FactoryInclude);

/// A TEST/TEST_F/TEST_P/TYPED_TEST found in a test file.
struct FoundTest {
  std::string Suite;
  std::string Name;
  unsigned Line = 0;
};

/// The tests a C++ test file defines (comments and strings skipped).
std::vector<FoundTest> findTests(llvm::StringRef Source);

} // namespace itdd

#endif // ITDD_GENERATORS_TESTSKELETONS_H
