//===--- TestWalk.h - one walk over a test file, feeding collectors -*- C++ -*-===//
//
// The traversal of a test file's main file: every function it defines is
// walked once into a per-function summary, and each test follows its body,
// its fixture's set-up and tear-down and the test's own helpers and
// factories from those summaries. What the walk meets goes to one
// collector per question (TestIdentity, EntryPointsReached,
// ComponentsBuilt, AssertionsReached, MockCreations); the walk itself
// decides only which calls it follows and when it cannot follow a test to
// the end.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_TESTWALK_H
#define ITDD_ANALYSIS_WALK_TESTWALK_H

#include "analysis/walk/TestFacts.h"
#include "clang/AST/ASTContext.h"
#include <memory>
#include <vector>

namespace itdd {

class ComponentClassifier;

/// Everything the walk learnt about one file.
struct TestFileFacts {
  std::vector<IntegrationTest> Tests;
  std::vector<MockCreation> Mocks;
  /// The assertions written in the file (not their instantiations).
  std::vector<const AssertionSite *> FileAssertions;
  /// The class definitions written in the file, nested ones included.
  std::vector<const clang::CXXRecordDecl *> FileClasses;
  /// Owns every site the tests and FileAssertions point to.
  std::vector<std::unique_ptr<AssertionSite>> Sites;
};

/// Walks the main file of Ctx, with Classifier's roles.
TestFileFacts walkTestFile(clang::ASTContext &Ctx,
                           ComponentClassifier &Classifier);

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_TESTWALK_H
