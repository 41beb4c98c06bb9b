//===--- MapBuilder.h - mapping a compilation database ---------*- C++ -*-===//
//
// Maps the translation units of a compilation database in parallel, one
// shard per translation unit (reused while its inputs are unchanged), and
// merges them into one dependency map. Shared by `itdd map` and `itdd gen`;
// it returns what happened and the commands say it.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_MAPBUILDER_H
#define ITDD_ANALYSIS_MAP_MAPBUILDER_H

#include "analysis/ProjectConfig.h"
#include "core/DependencyMap.h"
#include "core/ProjectEvidence.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

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
  /// What the translation units show of the project's structure, for
  /// `itdd init` (normalized).
  ProjectEvidence Evidence;
  unsigned Units = 0, Failed = 0, Reused = 0;
  /// The configurations the translation units were mapped with, one of
  /// each (by their keys and values).
  std::vector<ProjectConfig> Configs;
};

/// What a map run reports while it goes; the command words it.
class MapListener {
public:
  virtual ~MapListener();
  /// A problem that does not stop the run: no shard cache, a shard that
  /// could not be written.
  virtual void warning(llvm::StringRef Message) {}
  /// A problem of the clang-tidy configuration, as its reader words it (a
  /// line, or a YAML error with its excerpt, ending in a newline), once.
  virtual void configurationProblem(llvm::StringRef Message) {}
  /// The Done-th of Total translation units finished (any order); Error
  /// says why File could not be mapped, empty when it was.
  virtual void unitDone(size_t Done, size_t Total, llvm::StringRef File,
                        llvm::StringRef Error) {}
};

/// The project root of a source file when none is given: its
/// version-controlled tree, else the parent of the build directory.
std::string projectRootOf(llvm::StringRef File, llvm::StringRef BuildPath);

/// Maps the job's translation units. Fails when the job cannot start (no
/// database, a bad shard directory, an error in the clang-tidy
/// configuration of a translation unit), with the message to show after
/// the tool's name; an empty message when the configuration reader has
/// already said what is wrong. Translation units that fail to parse are
/// reported to Listener, counted in Failed and skipped.
llvm::Expected<MapRun> buildMap(const MapJob &Job, MapListener &Listener);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_MAPBUILDER_H
