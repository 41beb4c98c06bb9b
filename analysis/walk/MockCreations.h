//===--- MockCreations.h - where a test file creates mocks -----*- C++ -*-===//
//
// Collects every place the main file creates a GoogleMock object: a
// variable or field held by value, a temporary, `new`, std::make_unique /
// make_shared, and a mock handed to a project class template in place of a
// parameter (`Publisher<MockPort>`). What each mock stands in for is left
// to itdd-internal-mock.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_MOCKCREATIONS_H
#define ITDD_ANALYSIS_WALK_MOCKCREATIONS_H

#include "analysis/walk/TestFacts.h"
#include "clang/AST/Type.h"
#include <vector>

namespace itdd {

class ComponentClassifier;

class MockCreations {
public:
  explicit MockCreations(ComponentClassifier &Classifier)
      : Classifier(Classifier) {}

  /// A declaration (variable, field) of type T at Loc: holding a mock by
  /// value creates it.
  void onValueDeclared(clang::QualType T, clang::SourceLocation Loc);
  /// An object of class RD created at Loc (a temporary, `new`, a standard
  /// factory).
  void onCreated(const clang::CXXRecordDecl *RD, clang::SourceLocation Loc);

  std::vector<MockCreation> take() { return std::move(Found); }

private:
  void onTemplateArguments(const clang::CXXRecordDecl *RD,
                           clang::SourceLocation Loc);

  ComponentClassifier &Classifier;
  std::vector<MockCreation> Found;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_MOCKCREATIONS_H
