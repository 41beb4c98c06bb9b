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

  /// A call to Callee on an object of class Object (null: no object);
  /// OnMock: on a GoogleMock object, which reaches nothing of the
  /// application.
  void onCall(const clang::FunctionDecl *Callee,
              const clang::CXXRecordDecl *Object, bool OnMock,
              EntryPointFacts &Facts);

  /// An object of class RD constructed. Starting an entry point is the
  /// journey when the test expects that start to fail (ExpectingFailure:
  /// inside EXPECT_THROW or a death test): a second daemon, a client for a
  /// bad scheme.
  void onConstructed(const clang::CXXRecordDecl *RD, bool ExpectingFailure,
                     EntryPointFacts &Facts);

  /// A call that is an action of the journey: a non-static member function
  /// of an entry point or of another real application component, or one an
  /// entry point inherits, called on it (Object), not on a mock, not a
  /// constructor.
  bool isJourneyAction(const clang::FunctionDecl *Callee, bool OnMock,
                       const clang::CXXRecordDecl *Object = nullptr);

  void finish(const EntryPointFacts &Total, IntegrationTest &T) const;

private:
  /// Callee, when it is an entry point function; Object's class, when
  /// Callee is a member function it inherits and it is an entry point
  /// (users come in through the class they build, whichever base defines
  /// the member they call); else null.
  const clang::NamedDecl *reachesEntryPoint(const clang::FunctionDecl *Callee,
                                            const clang::CXXRecordDecl *Object);

  ComponentClassifier &Classifier;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_ENTRYPOINTSREACHED_H
