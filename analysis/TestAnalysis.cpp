//===--- TestAnalysis.cpp - what an integration test file does ------------===//

#include "analysis/TestAnalysis.h"
#include "analysis/GTestModel.h"
#include "analysis/SupportIndex.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

TestFileAnalysis::TestFileAnalysis(ASTContext &Ctx, const Config &Cfg)
    : Classifier(Cfg, Ctx.getSourceManager(), /*MainFileIsTest=*/true) {
  const SourceManager &SM = Ctx.getSourceManager();
  FileStart = SM.getLocForStartOfFile(SM.getMainFileID());
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  // A compile command may name its file relative to its directory: the
  // pattern sees the full path, as the map does.
  llvm::SmallString<256> MainPath(Main ? Main->getName() : "");
  SM.getFileManager().makeAbsolutePath(MainPath);
  llvm::sys::path::remove_dots(MainPath, /*remove_dot_dot=*/true);
  IntegrationFile = Main && Cfg.isIntegrationTestFile(MainPath);
  Compiles = !Ctx.getDiagnostics().hasUncompilableErrorOccurred();
  if (!Compiles)
    return;
  if (!IntegrationFile) {
    OtherTests = countTests(Ctx.getTranslationUnitDecl(), SM);
    // Left to the default pattern, what its tests build tells whether the
    // file looks like integration tests the pattern missed.
    if (OtherTests > 0 && !Cfg.isSet("itdd.IntegrationTestFiles"))
      Facts = walkTestFile(Ctx, Classifier);
    return;
  }
  const SupportIndex *Elsewhere = nullptr;
  if (Cfg.isSet("itdd.Map")) {
    Elsewhere = MapSupportIndex::load(
        Cfg.value("itdd.Map"), llvm::sys::path::parent_path(MainPath),
        MapProblem);
  }
  Facts = walkTestFile(Ctx, Classifier, Elsewhere);
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
