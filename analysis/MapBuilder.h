//===--- MapBuilder.h - mapping a compilation database ---------*- C++ -*-===//
//
// Maps the translation units of a compilation database in parallel, one
// shard per translation unit (reused while its inputs are unchanged), and
// merges them into one dependency map. Shared by `itdd map` and `itdd gen`.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAPBUILDER_H
#define ITDD_ANALYSIS_MAPBUILDER_H

#include "core/DependencyMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tooling {
class CompilationDatabase;
} // namespace clang::tooling

namespace itdd {

struct MapJob {
  /// Names the command in messages ("itdd map").
  std::string Tool = "itdd map";
  std::string BuildPath;
  /// Source files to map; empty: every file of the database.
  std::vector<std::string> Files;
  unsigned Jobs = 0; ///< 0: one per core.
  /// Where shards are kept; empty: the cache under the build directory
  /// (DefaultShardDir), unless NoCache.
  std::string ShardDir;
  bool NoCache = false;
  unsigned SliceK = 1, SliceN = 1;
  /// The project's top directory: what is its own, and what paths are
  /// written relative to (default: each source file's version-controlled
  /// tree, else the parent of the build directory).
  std::string Root;
  bool Quiet = false;
  /// --config-file / --config: see setCommandLineConfig.
  std::string ConfigFile, ConfigText;
};

struct MapRun {
  DependencyMap Map; ///< Normalized.
  unsigned Units = 0, Failed = 0, Reused = 0;
};

/// The compilation database of a build directory. Its
/// compile_commands.json must be a non-empty JSON array of compile
/// commands; the error otherwise names the file, the line of a syntax
/// error or the entry at fault, and how to write a good one.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(llvm::StringRef BuildPath);

/// The default shard directory under a build directory.
std::string defaultShardDir(llvm::StringRef BuildPath);

/// Maps the job's translation units. Returns 2 after printing why when the
/// job cannot start (no database, bad shard directory, an error in the
/// clang-tidy configuration of a translation unit); translation units
/// that fail to parse are reported, counted in Failed and skipped.
int buildMap(const MapJob &Job, MapRun &Run);

/// The map stored in one shard file.
llvm::Expected<DependencyMap> readShardMap(llvm::StringRef Path);

/// Reads a dependency map written by `itdd map` (JSON).
llvm::Expected<DependencyMap> readMapFile(llvm::StringRef Path);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAPBUILDER_H
