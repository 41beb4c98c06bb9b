//===--- Fixtures.h - what a test runs besides its body --------*- C++ -*-===//
//
// The parts of a test the walk follows besides its body: the fixture
// classes it derives from and their lifecycle methods (constructor,
// SetUp, TearDown), and, for a typed test, the instantiation to follow.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_FIXTURES_H
#define ITDD_ANALYSIS_WALK_FIXTURES_H

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace itdd {

class ComponentClassifier;

/// A typed test's calls are dependent in its template: the walk follows
/// one of its instantiations instead, where every call has a callee. The
/// test class itself when there is none (or it is not a template).
const clang::CXXRecordDecl *analysedClass(const clang::CXXRecordDecl *TestClass);

/// Runs for every test of the fixture, around its body: constructor,
/// destructor, SetUp, SetUpTestSuite, TearDown, TearDownTestSuite.
bool isLifecycleMethod(const clang::CXXMethodDecl *M);

/// The project's fixture classes a test derives from, nearest first, up to
/// (not including) GoogleTest's own.
llvm::SmallVector<const clang::CXXRecordDecl *, 4>
fixtureChain(const clang::CXXRecordDecl *TestClass,
             ComponentClassifier &Classifier);

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_FIXTURES_H
