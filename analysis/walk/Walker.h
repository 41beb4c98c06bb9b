//===--- Walker.h - the walk over a test file, inside -----------*- C++ -*-===//
//
// The walker behind walk/TestWalk.h, shared by its two halves:
// walk/FunctionSummaries.cpp walks the main file's declarations and each
// function's statements once into a summary of what the function does by
// itself; walk/TestWalk.cpp follows each test (or each function of test
// support) through those summaries and hands the result to the collectors.
// Not part of the analysis library's interface.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_WALKER_H
#define ITDD_ANALYSIS_WALK_WALKER_H

#include "analysis/GTestModel.h"
#include "analysis/walk/AssertionsReached.h"
#include "analysis/walk/ComponentsBuilt.h"
#include "analysis/walk/EntryPointsReached.h"
#include "analysis/walk/MockCreations.h"
#include "analysis/walk/TestWalk.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>
#include <vector>

namespace itdd {

class ComponentClassifier;

namespace testwalk {

using clang::ASTContext;
using clang::CXXConstructorDecl;
using clang::CXXRecordDecl;
using clang::DeclContext;
using clang::Expr;
using clang::FunctionDecl;
using clang::LangOptions;
using clang::SourceLocation;
using clang::SourceManager;
using clang::Stmt;
using clang::VarDecl;

/// How many of its own functions (the test body, its fixture's, helpers,
/// factories, constructors of test code) a test is followed through, each
/// once, however deeply they call each other: a journey's helper chain and
/// a test client vendored into the test tree fit well within it, and its
/// cost stays flat because every function is summarised once per file.
constexpr unsigned MaxFollowed = 2000;

/// What one function does by itself; callees are followed by the caller.
struct FunctionSummary {
  EntryPointFacts EntryPoints;
  ComponentFacts Components;
  AssertionFacts Assertions;
  /// Test support declared here but defined in another file, which it
  /// calls.
  llvm::SmallVector<const FunctionDecl *, 2> Unseen;
  /// The test's own functions it calls, followed by the test.
  llvm::SmallVector<const FunctionDecl *, 8> Callees;

  void merge(const FunctionSummary &Other, bool FromLifecycle) {
    EntryPoints.merge(Other.EntryPoints);
    Components.merge(Other.Components);
    Assertions.merge(Other.Assertions, FromLifecycle);
  }
};

/// A function the walk follows, and whether from the fixture's set-up or
/// tear-down.
struct Pending {
  const FunctionDecl *FD;
  bool Lifecycle;
};

/// What following a test (or a function of test support) found.
struct Followed {
  FunctionSummary Total;
  /// Test support defined in another file, and whether the set-up or
  /// tear-down calls it.
  llvm::SmallVector<std::pair<const FunctionDecl *, bool>, 4> Unseen;
  /// The first function left unfollowed once MaxFollowed were followed.
  const FunctionDecl *TooMany = nullptr;
  /// Every function followed, in order.
  llvm::SmallVector<const FunctionDecl *, 16> Visited;
};

class Walker {
public:
  Walker(ASTContext &Ctx, ComponentClassifier &Classifier,
         const SupportIndex *Elsewhere)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()),
        Classifier(Classifier), Elsewhere(Elsewhere), EntryPoints(Classifier),
        Components(Classifier), Assertions(Classifier), Mocks(Classifier) {}

  TestFileFacts run();

  FollowedSupportFile followSupport();

private:
  bool inMainFile(SourceLocation Loc) const;

  // --- The main file's declarations ------------------------------------

  void visitDeclContext(const DeclContext *DC);

  void visitRecord(const CXXRecordDecl *RD);

  // --- Function summaries ------------------------------------------------

  const FunctionSummary &summary(const FunctionDecl *FD);

  static bool isInstantiated(const FunctionDecl *FD);

  /// The test's own code, which the walk follows: defined in the file under
  /// analysis or in test support code (fixtures, helpers, the generated SUT
  /// factory).
  bool isOwnFunction(const FunctionDecl *FD);

  /// Test support: the project's own function, declared in test code.
  bool isSupportDecl(const FunctionDecl *FD);

  /// Test support that the translation unit declares but does not define:
  /// what it does cannot be seen from here.
  bool isUnseenHelper(const FunctionDecl *Callee);

  /// Test support this file defines that another file can call: not a
  /// test's body, not a template or a member of one, not local to the
  /// file.
  bool isSupportDefinition(const FunctionDecl *FD);

  void call(const FunctionDecl *Callee, const Expr *Object,
            FunctionSummary &Sum);

  /// An object built by Ctor (at Loc when a factory template builds it):
  /// the test's own constructor is followed, one of test support another
  /// file defines is looked up in the map.
  void constructed(const CXXConstructorDecl *Ctor, SourceLocation Loc,
                   FunctionSummary &Sum);

  void variable(const VarDecl *VD, FunctionSummary &Sum, bool Written);

  /// An assertion macro's statement: only the user's code inside it is
  /// walked, not GoogleTest's machinery.
  void assertion(AssertionSite Site, FunctionSummary &Sum, bool Written);

  void walk(const Stmt *S, FunctionSummary &Sum, bool Written);

  // --- Tests ---------------------------------------------------------------

  static void undecided(IntegrationTest &T, const llvm::Twine &Reason);

  static std::string named(const FunctionDecl *FD);

  IntegrationTest analyzeTest(const CXXRecordDecl *TestClass);

  /// Follows the functions of Work and the test's own functions they call
  /// (a helper both the set-up and the body call, from each).
  void follow(llvm::SmallVector<Pending, 16> Work, Followed &F);

  void finish(const Followed &F, IntegrationTest &T);

  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  ComponentClassifier &Classifier;
  const SupportIndex *Elsewhere;
  EntryPointsReached EntryPoints;
  ComponentsBuilt Components;
  AssertionsReached Assertions;
  MockCreations Mocks;
  TestFileFacts Result;
  std::vector<const CXXRecordDecl *> TestClasses;
  /// The test support the main file defines for other files to call.
  std::vector<const FunctionDecl *> SupportDefinitions;
  /// Inside the statement of an EXPECT_THROW/EXPECT_DEATH-like assertion.
  unsigned ExpectingFailure = 0;
  /// The macro calls of the assertions being walked, innermost last.
  llvm::SmallVector<SourceLocation, 4> OpenAssertions;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
};

} // namespace testwalk
} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_WALKER_H
