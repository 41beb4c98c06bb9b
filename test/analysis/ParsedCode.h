//===--- ParsedCode.h - in-memory translation units for unit tests -*- C++ -*-===//
//
// Parses a snippet as a project's test file would be, with the real
// GoogleTest and GoogleMock headers and in-memory project headers, so each
// part of analysis/ can be asked its question without a fixture on disk.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_ANALYSIS_PARSEDCODE_H
#define ITDD_TEST_ANALYSIS_PARSEDCODE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Preprocessor.h"
#include <map>
#include <memory>
#include <string>

namespace itdd::testing {

/// Where the in-memory project lives: its headers are under src/ (found
/// with -I), its tests under tests/integration/.
inline constexpr const char *ProjectDir = "/virtual/project";
inline constexpr const char *IntegrationTestFile =
    "/virtual/project/tests/integration/journey_test.cpp";

class ParsedCode {
public:
  /// Parses Code as the file MainFile; Headers maps paths below the
  /// project directory ("src/shop.h") to their text. Fails the current
  /// test on a compile error.
  ParsedCode(const std::string &Code,
             const std::map<std::string, std::string> &Headers = {},
             const std::string &MainFile = IntegrationTestFile);

  clang::ASTContext &context() { return Unit->getASTContext(); }
  const clang::SourceManager &sourceManager() {
    return Unit->getSourceManager();
  }
  const clang::HeaderSearch &headerSearch() {
    return Unit->getPreprocessor().getHeaderSearchInfo();
  }
  /// The definition of the class with this qualified name (or its only
  /// declaration); fails the test when there is none.
  const clang::CXXRecordDecl *record(const std::string &QualifiedName);
  /// The function with this qualified name (a definition if there is one).
  const clang::FunctionDecl *function(const std::string &QualifiedName);
  bool parsed() const { return Unit != nullptr && !HasErrors; }

private:
  std::unique_ptr<clang::ASTUnit> Unit;
  bool HasErrors = false;
};

} // namespace itdd::testing

#endif // ITDD_TEST_ANALYSIS_PARSEDCODE_H
