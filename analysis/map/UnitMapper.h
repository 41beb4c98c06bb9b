//===--- UnitMapper.h - mapping one translation unit ------------*- C++ -*-===//
//
// Maps one translation unit of a compilation database with a ClangTool of
// its own (safe on a worker thread), reusing its shard while nothing it
// read has changed and writing a new one when it parsed.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_UNITMAPPER_H
#define ITDD_ANALYSIS_MAP_UNITMAPPER_H

#include "analysis/ProjectConfig.h"
#include "analysis/map/Shards.h"
#include "core/DependencyMap.h"
#include "core/ProjectEvidence.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>
#include <vector>

namespace itdd {

struct UnitResult {
  bool Ok = false;
  bool Reused = false;
  /// Why the unit could not be mapped.
  std::string Error;
  /// A problem that did not stop it (its shard could not be written).
  std::string Warning;
  DependencyMap Map; ///< Not normalized.
  /// What `itdd init` infers a configuration from.
  ProjectEvidence Evidence;
  std::vector<InputStamp> InputsRead;
};

/// Maps File, compiled by Commands, with the configuration that reaches
/// it; paths under Root are written relative to it. ShardDir: where shards
/// are kept, empty for none.
UnitResult mapUnit(std::vector<clang::tooling::CompileCommand> Commands,
                   llvm::StringRef File, const ProjectConfig &Project,
                   llvm::StringRef Root, llvm::StringRef ShardDir);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_UNITMAPPER_H
