//===--- TestAnalysis.h - what an integration test file does ---*- C++ -*-===//
//
// The analysis of one translation unit the itdd checks share: whether its
// main file is an integration test and, if so, what walk/TestWalk learnt
// about its tests, with the roles of the classes they touch. The rules
// live in the checks (checks/*Check.cpp); this only observes.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_TESTANALYSIS_H
#define ITDD_ANALYSIS_TESTANALYSIS_H

#include "analysis/ComponentClassifier.h"
#include "analysis/ast/Decls.h"
#include "analysis/walk/TestFacts.h"
#include "analysis/walk/TestWalk.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace itdd {

class TestFileAnalysis {
public:
  /// Analyses the main file of Ctx. A file that does not compile is not
  /// walked: its AST holds what the parser could recover, not what the
  /// tests do. Nor is a file outside itdd.IntegrationTestFiles, unless the
  /// key is left to its default and the file defines tests: then tests()
  /// says what they build, for the checks to tell whether the default
  /// missed integration tests (none of them is judged).
  TestFileAnalysis(clang::ASTContext &Ctx, const Config &Cfg);
  ~TestFileAnalysis();

  bool isIntegrationTestFile() const { return IntegrationFile; }
  /// Whether the translation unit compiled: false after an error (not a
  /// warning made an error), and then no test of the file is judged.
  bool compiles() const { return Compiles; }
  /// In a file outside itdd.IntegrationTestFiles: how many GoogleTest
  /// tests it defines (none are judged).
  unsigned testsOutsideThePattern() const { return OtherTests; }
  const std::vector<IntegrationTest> &tests() const { return Facts.Tests; }
  const std::vector<MockCreation> &mockCreations() const {
    return Facts.Mocks;
  }
  /// The assertions written in the file (not their instantiations).
  const std::vector<const AssertionSite *> &fileAssertions() const {
    return Facts.FileAssertions;
  }
  /// The class definitions written in the file, nested ones included.
  const std::vector<const clang::CXXRecordDecl *> &fileClasses() const {
    return Facts.FileClasses;
  }
  ComponentClassifier &classifier() { return Classifier; }
  /// Why the map itdd.Map names cannot be used; empty when it can or
  /// none is named.
  const std::string &mapProblem() const { return MapProblem; }
  /// Where the main file begins, for notes about the whole file.
  clang::SourceLocation fileStart() const { return FileStart; }

private:
  static unsigned countTests(const clang::DeclContext *DC,
                             const clang::SourceManager &SM);

  bool IntegrationFile = false;
  bool Compiles = true;
  unsigned OtherTests = 0;
  clang::SourceLocation FileStart;
  std::string MapProblem;
  ComponentClassifier Classifier;
  TestFileFacts Facts;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_TESTANALYSIS_H
