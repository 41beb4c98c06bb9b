//===--- TestVerdicts.h - what each check decides about a test -*- C++ -*-===//
//
// The per-test decisions of the itdd checks, taken from the walk's facts:
// one home for each rule, so that the checks (which word and report them)
// and `itdd explain` (which says why) cannot disagree. The baseline and
// NOLINT come after, in the checks.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_TESTVERDICTS_H
#define ITDD_ANALYSIS_TESTVERDICTS_H

#include "analysis/walk/TestFacts.h"
#include "core/Naming.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace itdd {

class ComponentClassifier;
class TestFileAnalysis;

/// What a check decides about one test.
enum class Verdict {
  Exempt,    ///< The rule does not apply (compile-time only, health check).
  Passes,    ///< Judged, nothing wrong.
  NotJudged, ///< The walk did not see the whole test: silence says nothing.
  Fires,     ///< A finding.
};

/// The test starts a program (itdd.ProgramLaunchers) and makes none of the
/// application's components work in its own process: it drives the
/// application from outside, through the program's own start, and what
/// runs in that process is out of the analysis's sight. (A test that
/// builds components here and starts a program besides is judged on what
/// it builds: the program is then something they talk to.)
bool drivesProgramFromOutside(const IntegrationTest &T);

/// itdd-missing-entry-point: fires when the test reaches no entry point
/// and does not drive the application from outside.
/// A pending skeleton is exempt (missing-business-assertion reports it).
Verdict missingEntryPointVerdict(const IntegrationTest &T);

/// The entry points of the file's tests are left to the default name
/// patterns, and those recognise none the file could reach (or every
/// judged test misses one): the configuration is what needs work, so the
/// check says that once for the file, as a remark, instead of a finding
/// per test. Missing: how many tests the check fires on.
bool entryPointsUnconfigured(TestFileAnalysis &Analysis,
                             const clang::ASTContext &Ctx, size_t Missing);

/// itdd-single-component: fires when the test makes fewer than two real
/// application components work (Names receives them); a test that calls a
/// facade, which assembles the system out of sight, or drives the
/// application from outside, passes.
Verdict singleComponentVerdict(const IntegrationTest &T,
                               std::vector<std::string> &Names);

/// The assertions of a test, counted as itdd-missing-business-assertion
/// counts them.
struct AssertionCounts {
  /// Outcome checks: assertions, expectations on boundaries, and those of
  /// test support other files define.
  unsigned Business = 0;
  /// Checks of the set-up only (analysis/SetupAssertions).
  unsigned Setup = 0;
};

/// itdd-missing-business-assertion: fires when no assertion the test
/// reaches checks an outcome, and on a pending skeleton.
Verdict missingBusinessAssertionVerdict(const IntegrationTest &T,
                                        AssertionCounts &Counts);

/// The classes a GoogleMock object stands in for: the class a template
/// parameter takes by default when handed the mock in its place, else
/// the classes the mock derives from (itdd-internal-mock fires on one
/// whose role must stay real).
llvm::SmallVector<const clang::CXXRecordDecl *, 2>
classesMockedBy(const MockCreation &M);

/// itdd-scenario-naming's question: the class or member function of the
/// application a test is named after, among those the test uses. Caches
/// each class's code units for the file.
class CodeUnitNames {
public:
  explicit CodeUnitNames(ComponentClassifier &Classifier)
      : Classifier(Classifier) {}
  std::optional<CodeUnit> namedAfter(const IntegrationTest &T);

private:
  const std::vector<CodeUnit> &unitsOf(const clang::CXXRecordDecl *RD);

  ComponentClassifier &Classifier;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::vector<CodeUnit>> Known;
};

/// itdd-ui-detail-assertion's question: the rendering member of a UI type
/// (or markup member of a project class) an assertion checks, e.g.
/// 'shop::CheckoutScreen::title'; empty when it checks none.
std::string renderingDetailOf(const AssertionSite &Site,
                              ComponentClassifier &Classifier);

} // namespace itdd

#endif // ITDD_ANALYSIS_TESTVERDICTS_H
