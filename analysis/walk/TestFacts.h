//===--- TestFacts.h - what the walk learns about a test file --*- C++ -*-===//
//
// The answers of the per-test walk (TestWalk and its collectors), as the
// checks read them: each test with what it reaches, builds and asserts,
// and the mocks the file creates. The checks own the rules over them.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_TESTFACTS_H
#define ITDD_ANALYSIS_WALK_TESTFACTS_H

#include "analysis/GTestModel.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace itdd {

/// An assertion a test reaches.
struct ReachedAssertion {
  const AssertionSite *Site = nullptr;
  /// The statement it guards (EXPECT_NO_THROW(...)) calls a member function
  /// of an entry point or another real component: an action of the
  /// journey, not the assembly.
  bool GuardsAction = false;
  /// Reached only from the fixture's constructor, SetUp, SetUpTestSuite,
  /// TearDown (or helpers they call): a check of every test's set-up, not
  /// the outcome of this one.
  bool InFixtureLifecycle = false;
};

/// One TEST/TEST_F/TEST_P/TYPED_TEST of the file, with what it does when
/// its fixture, its helpers and its factories are followed.
struct IntegrationTest {
  // --- Identity (walk/TestIdentity) ---
  const clang::CXXRecordDecl *Class = nullptr;
  clang::SourceLocation Loc; ///< The TEST macro.
  std::string Macro, Suite, Name;
  /// Only static_asserts: a compile-time check, not a journey.
  bool CompileTimeOnly = false;
  /// The skeleton `itdd gen tests` wrote, still failing with its pending
  /// marker: not written yet, rather than wrong.
  bool PendingSkeleton = false;
  /// The per-feature health check `itdd gen tests` writes: it only
  /// assembles the system, on purpose.
  bool HealthCheck = false;

  // --- Entry points (walk/EntryPointsReached) ---
  bool CallsEntryPoint = false;
  /// The first entry point it reaches (qualified); empty when none, or
  /// when only test support another file defines reaches one.
  std::string EntryPointReached;

  // --- Components (walk/ComponentsBuilt) ---
  /// Distinct application components built for real, sorted by name.
  std::vector<const clang::CXXRecordDecl *> RealComponents;
  /// The project's classes (components and data) whose members the test
  /// uses or that it builds (for naming).
  std::vector<const clang::CXXRecordDecl *> UsedClasses;
  /// The names of the functions it calls, the project's or not, sorted.
  std::vector<std::string> CalledFunctions;
  /// Calls a free entry-point function (`Load(text)`) that assembles the
  /// system out of the test's sight: its components cannot be counted.
  bool CallsFacade = false;
  /// The first call, here or in test support, that starts a program
  /// (itdd.ProgramLaunchers): "launcher (FILE:LINE)"; empty when none.
  std::string StartsProgram;

  // --- Assertions (walk/AssertionsReached) ---
  /// The assertions the test reaches (its body, fixture and helpers).
  std::vector<ReachedAssertion> Assertions;
  /// EXPECT_CALLs on mocks of external boundaries and infrastructure, and
  /// StrictMocks of boundaries: checks of what the system did outside.
  unsigned BoundaryExpectations = 0;
  /// EXPECT_CALLs on mocks of the application's own components.
  unsigned InternalExpectations = 0;

  // --- Test support other files define, from the map itdd.Map names ---
  // (what it reaches and expects is already in CallsEntryPoint,
  // CallsFacade and the expectation counts above)
  /// The real components it builds, by qualified name.
  std::vector<std::string> ComponentsElsewhere;
  /// Its assertions that check an outcome, and those that check set-up.
  unsigned OutcomeChecksElsewhere = 0;
  unsigned SetupChecksElsewhere = 0;
  /// The keys (supportKey) of the test support other files define that
  /// the test calls, known to the map or not.
  std::vector<std::string> SupportCalls;

  // --- How far the walk got (walk/TestWalk) ---
  /// The walk could not follow the whole test (depth exhausted, a helper
  /// defined elsewhere, a typed test never instantiated): a check that
  /// found nothing wrong in what it saw says nothing.
  bool Undecided = false;
  std::string UndecidedReason;
  /// The functions the walk followed (its body, fixture, helpers and
  /// factories), in the order it followed them.
  std::vector<const clang::FunctionDecl *> Followed;
};

/// The real components a test makes work, here and through test support
/// other files define: qualified names, sorted, unique.
std::vector<std::string> realComponentNames(const IntegrationTest &T);

/// Where the file creates a GoogleMock object (walk/MockCreations).
struct MockCreation {
  clang::SourceLocation Loc;
  const clang::CXXRecordDecl *Mock = nullptr;
  /// For a mock that derives from nothing and is handed to a class
  /// template in place of a parameter (`Publisher<MockPort>`): the class
  /// that parameter takes by default, which the mock stands in for.
  const clang::CXXRecordDecl *Replaced = nullptr;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_TESTFACTS_H
