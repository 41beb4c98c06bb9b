//===--- TestAnalysis.cpp - what an integration test file does ------------===//

#include "analysis/TestAnalysis.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

TestFileAnalysis::TestFileAnalysis(ASTContext &Ctx, const Config &Cfg)
    : Classifier(Cfg, Ctx.getSourceManager(), /*MainFileIsTest=*/true) {
  const SourceManager &SM = Ctx.getSourceManager();
  FileStart = SM.getLocForStartOfFile(SM.getMainFileID());
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  IntegrationFile = Main && Cfg.isIntegrationTestFile(Main->getName());
  if (!IntegrationFile)
    return;
  Facts = walkTestFile(Ctx, Classifier);
}

TestFileAnalysis::~TestFileAnalysis() = default;

} // namespace itdd
