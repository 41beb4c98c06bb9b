//===--- AssertionsReached.h - what a test asserts -------------*- C++ -*-===//
//
// The assertions and expectations a test reaches (its body, its fixture's
// set-up and tear-down, its helpers), whether each guards an action of the
// journey, and which expectations watch an external boundary (an outcome)
// or the application's own components. Which assertions only check set-up
// is decided by analysis/SetupAssertions, for the check and `itdd red`.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_ASSERTIONSREACHED_H
#define ITDD_ANALYSIS_WALK_ASSERTIONSREACHED_H

#include "analysis/walk/TestFacts.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <vector>

namespace itdd {

class ComponentClassifier;

/// What one function asserts by itself.
struct AssertionFacts {
  llvm::SmallVector<ReachedAssertion, 4> Assertions;
  unsigned BoundaryExpectations = 0;
  unsigned InternalExpectations = 0;
  /// Since the enclosing assertion began (or the function did), a call was
  /// an action of the journey.
  bool CallsAction = false;

  /// FromLifecycle: Other is the fixture's set-up or tear-down (or a
  /// helper only they call): its assertions check every test's set-up,
  /// and its expectations on boundaries are not this test's outcome.
  void merge(const AssertionFacts &Other, bool FromLifecycle = false) {
    size_t First = Assertions.size();
    Assertions.append(Other.Assertions.begin(), Other.Assertions.end());
    for (size_t I = First; I < Assertions.size(); ++I)
      Assertions[I].InFixtureLifecycle |= FromLifecycle;
    if (!FromLifecycle)
      BoundaryExpectations += Other.BoundaryExpectations;
    InternalExpectations += Other.InternalExpectations;
  }
};

class AssertionsReached {
public:
  explicit AssertionsReached(ComponentClassifier &Classifier)
      : Classifier(Classifier) {}

  /// An assertion macro's statement begins; Written: as the file writes it
  /// (not an instantiation), so it is one of the file's assertions. Returns
  /// the stored site and what the enclosing code had done before it.
  struct Open {
    const AssertionSite *Site;
    bool CalledAction;
  };
  Open beginAssertion(AssertionSite Site, bool Written, AssertionFacts &Facts);
  /// The assertion's own code has been walked.
  void endAssertion(Open O, AssertionFacts &Facts);

  /// A call that is (or is not) an action of the journey.
  void onCall(bool JourneyAction, AssertionFacts &Facts) {
    Facts.CallsAction |= JourneyAction;
  }
  /// EXPECT_CALL(MockObject, ...).
  void onExpectCall(const clang::Expr *MockObject, AssertionFacts &Facts);
  /// A local variable: a StrictMock of a boundary fails the test on any
  /// call nobody expected, so it asserts what the system must not do.
  void onLocalVariable(const clang::VarDecl *VD, AssertionFacts &Facts);
  /// A field of the test's fixture, for the same reason.
  void onFixtureField(const clang::FieldDecl *FD, AssertionFacts &Facts);

  void finish(const AssertionFacts &Total, IntegrationTest &T) const;

  /// The assertions written in the file (not their instantiations), and
  /// the storage of every site the walk met.
  std::vector<const AssertionSite *> FileAssertions;
  std::vector<std::unique_ptr<AssertionSite>> Sites;

private:
  bool isStrictBoundaryMock(clang::QualType T);

  ComponentClassifier &Classifier;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_ASSERTIONSREACHED_H
