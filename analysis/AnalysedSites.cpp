//===--- AnalysedSites.cpp - failure sites through the analysis -----------===//

#include "analysis/AnalysedSites.h"
#include "analysis/FailureSites.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/ProjectConfig.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace itdd {

llvm::Expected<AnalysedSites>
analyseFailureSites(llvm::StringRef BuildPath,
                    const std::map<std::string, std::vector<unsigned>> &Lines) {
  llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(BuildPath);
  if (!DB)
    return DB.takeError();
  AnalysedSites Result;
  for (const auto &[File, FileLines] : Lines) {
    std::vector<clang::tooling::CompileCommand> Commands =
        (*DB)->getCompileCommands(File);
    // A command whose directory is gone cannot be parsed (Clang would
    // abort): the text of the line still judges it.
    if (Commands.empty() ||
        !llvm::sys::fs::is_directory(Commands.front().Directory))
      continue;
    clang::IgnoringDiagConsumer Quiet;
    std::unique_ptr<clang::tooling::ClangTool> Tool = toolFor(**DB, File, Quiet);
    std::vector<std::unique_ptr<clang::ASTUnit>> ASTs;
    Tool->buildASTs(ASTs);
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
