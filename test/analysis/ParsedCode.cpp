//===--- ParsedCode.cpp - in-memory translation units for unit tests ------===//

#include "ParsedCode.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Tooling/Tooling.h"
#include <gtest/gtest.h>

using namespace clang;

namespace itdd::testing {

namespace {

/// Finds named declarations anywhere in the translation unit.
class Finder : public RecursiveASTVisitor<Finder> {
public:
  explicit Finder(std::string Name) : Name(std::move(Name)) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitCXXRecordDecl(CXXRecordDecl *RD) {
    if (RD->getQualifiedNameAsString() == Name &&
        (!Record || RD->isThisDeclarationADefinition()))
      Record = RD;
    return true;
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->getQualifiedNameAsString() == Name &&
        (!Function || FD->doesThisDeclarationHaveABody()))
      Function = FD;
    return true;
  }

  std::string Name;
  const CXXRecordDecl *Record = nullptr;
  const FunctionDecl *Function = nullptr;
};

} // namespace

ParsedCode::ParsedCode(const std::string &Code,
                       const std::map<std::string, std::string> &Headers,
                       const std::string &MainFile) {
  std::vector<std::string> Args = {
      "-std=c++17", "-resource-dir=" ITDD_CLANG_RESOURCE_DIR,
      std::string("-I") + ProjectDir + "/src", "-Wno-unused-value"};
  tooling::FileContentMappings Files;
  for (const auto &[Path, Text] : Headers)
    Files.emplace_back(std::string(ProjectDir) + "/" + Path, Text);
  Unit = tooling::buildASTFromCodeWithArgs(
      Code, Args, MainFile, "itdd-analysis-tests",
      std::make_shared<PCHContainerOperations>(),
      tooling::getClangStripDependencyFileAdjuster(), Files);
  HasErrors = !Unit || Unit->getDiagnostics().hasErrorOccurred();
  EXPECT_TRUE(Unit) << "the snippet did not parse";
  EXPECT_FALSE(HasErrors) << "the snippet has compile errors";
}

const CXXRecordDecl *ParsedCode::record(const std::string &QualifiedName) {
  Finder F(QualifiedName);
  F.TraverseDecl(context().getTranslationUnitDecl());
  EXPECT_TRUE(F.Record) << "no class " << QualifiedName;
  return F.Record;
}

const FunctionDecl *ParsedCode::function(const std::string &QualifiedName) {
  Finder F(QualifiedName);
  F.TraverseDecl(context().getTranslationUnitDecl());
  EXPECT_TRUE(F.Function) << "no function " << QualifiedName;
  return F.Function;
}

} // namespace itdd::testing
