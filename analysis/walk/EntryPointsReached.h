//===--- EntryPointsReached.h - does a test go through the front door -*- C++ -*-===//
//
// Whether a test reaches an entry point, from the calls the walk meets in
// its body, fixture and helpers; and which calls are actions of the
// journey (a call on an entry point or another real component) rather
// than assembly, which the assertions collector asks.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_ENTRYPOINTSREACHED_H
#define ITDD_ANALYSIS_WALK_ENTRYPOINTSREACHED_H

#include "analysis/walk/TestFacts.h"
#include "clang/AST/Decl.h"

namespace itdd {

class ComponentClassifier;

/// What one function does by itself towards the entry points.
struct EntryPointFacts {
  bool CallsEntryPoint = false;
  /// The first entry point reached: the function called, or the class
  /// whose start is expected to fail.
  const clang::NamedDecl *Reached = nullptr;

  void merge(const EntryPointFacts &Other) {
    CallsEntryPoint |= Other.CallsEntryPoint;
    if (!Reached)
      Reached = Other.Reached;
  }
};

class EntryPointsReached {
public:
  explicit EntryPointsReached(ComponentClassifier &Classifier)
      : Classifier(Classifier) {}

  /// A call to Callee; OnMock: on a GoogleMock object, which reaches
  /// nothing of the application.
  void onCall(const clang::FunctionDecl *Callee, bool OnMock,
              EntryPointFacts &Facts);

  /// An object of class RD constructed. Starting an entry point is the
  /// journey when the test expects that start to fail (ExpectingFailure:
  /// inside EXPECT_THROW or a death test): a second daemon, a client for a
  /// bad scheme.
  void onConstructed(const clang::CXXRecordDecl *RD, bool ExpectingFailure,
                     EntryPointFacts &Facts);

  /// A call that is an action of the journey: a non-static member function
  /// of an entry point or of another real application component, not on a
  /// mock, not a constructor.
  bool isJourneyAction(const clang::FunctionDecl *Callee, bool OnMock);

  void finish(const EntryPointFacts &Total, IntegrationTest &T) const;

private:
  ComponentClassifier &Classifier;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_ENTRYPOINTSREACHED_H
