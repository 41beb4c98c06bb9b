//===--- AnalysedSites.cpp - failure sites through the analysis -----------===//

#include "red/AnalysedSites.h"
#include "analysis/FailureSites.h"
#include "analysis/ProjectConfig.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Path.h"

namespace itdd {

llvm::Expected<AnalysedSites>
analyseFailureSites(llvm::StringRef BuildPath,
                    const std::map<std::string, std::vector<unsigned>> &Lines) {
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      clang::tooling::CompilationDatabase::loadFromDirectory(BuildPath,
                                                             LoadError);
  if (!DB)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "no compile_commands.json in '%s': %s", BuildPath.str().c_str(),
        LoadError.c_str());
  AnalysedSites Result;
  for (const auto &[File, FileLines] : Lines) {
    if (DB->getCompileCommands(File).empty())
      continue;
    clang::tooling::ClangTool Tool(*DB, {File});
    Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
        {"-Wno-everything", "-fno-caret-diagnostics",
         "-resource-dir=" ITDD_CLANG_RESOURCE_DIR},
        clang::tooling::ArgumentInsertPosition::END));
    clang::IgnoringDiagConsumer Quiet;
    Tool.setDiagnosticConsumer(&Quiet);
    Tool.setPrintErrorMessage(false);
    std::vector<std::unique_ptr<clang::ASTUnit>> ASTs;
    Tool.buildASTs(ASTs);
    if (ASTs.empty())
      continue;
    ProjectConfig Cfg = loadProjectConfig(llvm::sys::path::parent_path(File));
    for (auto &[Line, Facts] :
         describeFailureLines(ASTs.front()->getASTContext(), *Cfg.Cfg, FileLines))
      Result.emplace(std::make_pair(File, Line), std::move(Facts));
  }
  return Result;
}

} // namespace itdd
