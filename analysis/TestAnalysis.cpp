//===--- TestAnalysis.cpp - what an integration test file does ------------===//

#include "analysis/TestAnalysis.h"
#include "analysis/GTestModel.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

TestFileAnalysis::TestFileAnalysis(ASTContext &Ctx, const Config &Cfg)
    : Classifier(Cfg, Ctx.getSourceManager(), /*MainFileIsTest=*/true) {
  const SourceManager &SM = Ctx.getSourceManager();
  FileStart = SM.getLocForStartOfFile(SM.getMainFileID());
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  IntegrationFile = Main && Cfg.isIntegrationTestFile(Main->getName());
  Compiles = !Ctx.getDiagnostics().hasUncompilableErrorOccurred();
  if (!Compiles)
    return;
  if (!IntegrationFile) {
    OtherTests = countTests(Ctx.getTranslationUnitDecl(), SM);
    return;
  }
  Facts = walkTestFile(Ctx, Classifier);
}

unsigned TestFileAnalysis::countTests(const DeclContext *DC,
                                      const SourceManager &SM) {
  unsigned Count = 0;
  for (const Decl *D : DC->decls()) {
    if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      continue;
    if (const auto *NS = dyn_cast<NamespaceDecl>(D))
      Count += countTests(NS, SM);
    else if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      Count += RD->isThisDeclarationADefinition() && testBodyOf(RD);
  }
  return Count;
}

TestFileAnalysis::~TestFileAnalysis() = default;

} // namespace itdd
