//===--- TestAnalysis.h - what an integration test file does ---*- C++ -*-===//
//
// One pass over the main file of a translation unit that gathers every fact
// the itdd checks judge: its tests, what each reaches, builds and asserts,
// the mocks it creates and the assertions on rendering details.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_TESTANALYSIS_H
#define ITDD_CORE_TESTANALYSIS_H

#include "core/ComponentClassifier.h"
#include "clang/AST/ASTContext.h"
#include <memory>
#include <string>
#include <vector>

namespace itdd {

/// One TEST/TEST_F/TEST_P/TYPED_TEST of the file, with what it does when
/// its fixture, its helpers and its factories are followed.
struct IntegrationTest {
  const clang::CXXRecordDecl *Class = nullptr;
  clang::SourceLocation Loc; ///< The TEST macro.
  std::string Macro, Suite, Name;
  bool CallsEntryPoint = false;
  /// Distinct application components built for real, sorted by name.
  std::vector<const clang::CXXRecordDecl *> RealComponents;
  unsigned BusinessAssertions = 0;
  unsigned SetupAssertions = 0;
  /// EXPECT_CALLs on mocks of the application's own components.
  unsigned InternalExpectations = 0;
  /// Application classes whose members the test uses (for naming).
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

/// An assertion whose checked value comes from a rendering member.
struct UiDetailAssertion {
  clang::SourceLocation Loc; ///< The assertion macro.
  std::string Macro;
  std::string Member; ///< Qualified member name, e.g. shop::View::title.
};

/// A class in test code that subclasses an application class and reaches
/// its protected members.
struct ProtectedAccess {
  const clang::CXXRecordDecl *Subclass = nullptr;
  const clang::CXXRecordDecl *Base = nullptr;
  std::string Member;
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
  const std::vector<UiDetailAssertion> &uiDetails() const { return UiDetails; }
  const std::vector<ProtectedAccess> &protectedAccesses() const {
    return Accesses;
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
  std::vector<UiDetailAssertion> UiDetails;
  std::vector<ProtectedAccess> Accesses;
};

/// The unqualified name of a class, for messages: the qualified one.
std::string qualifiedName(const clang::NamedDecl *D);

} // namespace itdd

#endif // ITDD_CORE_TESTANALYSIS_H
