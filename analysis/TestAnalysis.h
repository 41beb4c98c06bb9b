//===--- TestAnalysis.h - what an integration test file does ---*- C++ -*-===//
//
// One walk over the main file of a translation unit that gathers the facts
// the itdd checks judge: its tests and, for each, what it reaches, builds,
// mocks and asserts, followed through fixtures, helpers and factories. The
// rules live in the checks (checks/*Check.cpp); this only observes.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_TESTANALYSIS_H
#define ITDD_ANALYSIS_TESTANALYSIS_H

#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "clang/AST/ASTContext.h"
#include <memory>
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
};

/// One TEST/TEST_F/TEST_P/TYPED_TEST of the file, with what it does when
/// its fixture, its helpers and its factories are followed.
struct IntegrationTest {
  const clang::CXXRecordDecl *Class = nullptr;
  clang::SourceLocation Loc; ///< The TEST macro.
  std::string Macro, Suite, Name;
  bool CallsEntryPoint = false;
  /// Distinct application components built for real, sorted by name.
  std::vector<const clang::CXXRecordDecl *> RealComponents;
  /// The assertions the test reaches (its body, fixture and helpers).
  std::vector<ReachedAssertion> Assertions;
  /// EXPECT_CALLs on mocks of external boundaries and infrastructure, and
  /// StrictMocks of boundaries: checks of what the system did outside.
  unsigned BoundaryExpectations = 0;
  /// EXPECT_CALLs on mocks of the application's own components.
  unsigned InternalExpectations = 0;
  /// The project's classes (components and data) whose members the test
  /// uses or that it builds (for naming).
  std::vector<const clang::CXXRecordDecl *> UsedClasses;
  /// Calls a free entry-point function (`Load(text)`) that assembles the
  /// system out of the test's sight: its components cannot be counted.
  bool CallsFacade = false;
  /// The walk could not follow the whole test (depth exhausted, a helper
  /// defined elsewhere, a typed test never instantiated): a check that
  /// found nothing wrong in what it saw says nothing.
  bool Undecided = false;
  std::string UndecidedReason;
  /// Only static_asserts: a compile-time check, not a journey.
  bool CompileTimeOnly = false;
  /// The skeleton `itdd gen tests` wrote, still failing with its pending
  /// marker: not written yet, rather than wrong.
  bool PendingSkeleton = false;
  /// The per-feature health check `itdd gen tests` writes: it only
  /// assembles the system, on purpose.
  bool HealthCheck = false;
};

/// Where the file creates a GoogleMock object.
struct MockCreation {
  clang::SourceLocation Loc;
  const clang::CXXRecordDecl *Mock = nullptr;
  /// For a mock that derives from nothing and is handed to a class
  /// template in place of a parameter (`Publisher<MockPort>`): the class
  /// that parameter takes by default, which the mock stands in for.
  const clang::CXXRecordDecl *Replaced = nullptr;
};

class TestFileAnalysis {
public:
  /// Analyses the main file of Ctx. A file outside itdd.IntegrationTestFiles
  /// is not walked at all.
  TestFileAnalysis(clang::ASTContext &Ctx, const Config &Cfg);
  ~TestFileAnalysis();

  bool isIntegrationTestFile() const { return IntegrationFile; }
  const std::vector<IntegrationTest> &tests() const { return Tests; }
  const std::vector<MockCreation> &mockCreations() const { return Mocks; }
  /// The assertions written in the file (not their instantiations).
  const std::vector<const AssertionSite *> &fileAssertions() const {
    return FileAssertions;
  }
  /// The class definitions written in the file, nested ones included.
  const std::vector<const clang::CXXRecordDecl *> &fileClasses() const {
    return FileClasses;
  }
  ComponentClassifier &classifier() { return Classifier; }
  /// Where the main file begins, for notes about the whole file.
  clang::SourceLocation fileStart() const { return FileStart; }

private:
  class Walker;

  bool IntegrationFile = false;
  clang::SourceLocation FileStart;
  ComponentClassifier Classifier;
  std::vector<IntegrationTest> Tests;
  std::vector<MockCreation> Mocks;
  std::vector<std::unique_ptr<AssertionSite>> Sites;
  std::vector<const AssertionSite *> FileAssertions;
  std::vector<const clang::CXXRecordDecl *> FileClasses;
};

/// The unqualified name of a class, for messages: the qualified one.
std::string qualifiedName(const clang::NamedDecl *D);

} // namespace itdd

#endif // ITDD_ANALYSIS_TESTANALYSIS_H
