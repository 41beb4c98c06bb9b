//===--- Shards.h - the per-unit cache of the map ---------------*- C++ -*-===//
//
// One JSON shard per translation unit, keyed by its compile command, the
// configuration that reached it, the root and itdd itself, and valid while
// every file it read is unchanged; and the map files `itdd map` writes.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_SHARDS_H
#define ITDD_ANALYSIS_MAP_SHARDS_H

#include "core/DependencyMap.h"
#include "core/ProjectEvidence.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang::tooling {
struct CompileCommand;
} // namespace clang::tooling

namespace itdd {

/// What a shard remembers of one input to know whether it changed.
struct InputStamp {
  std::string Path;
  uint64_t Hash = 0;
};

/// A content hash of the file at Path; Ok is false when it cannot be read.
uint64_t hashFile(llvm::StringRef Path, bool &Ok);

/// Everything besides the files it reads that decides a shard's content:
/// the compile command, the configuration that reached the translation
/// unit, the root paths are written relative to, and itdd itself.
uint64_t shardKey(const clang::tooling::CompileCommand &Cmd,
                  llvm::StringRef ConfigFingerprint, llvm::StringRef Root);

/// Where the shard of File is kept under ShardDir.
std::string shardPath(llvm::StringRef ShardDir, llvm::StringRef File);

/// What a shard holds of its translation unit: its part of the map, and
/// the evidence `itdd init` proposes a configuration from.
struct ShardContent {
  DependencyMap Map;
  ProjectEvidence Evidence;
};

/// Writes the shard of File atomically.
llvm::Error writeShard(llvm::StringRef Path, llvm::StringRef File,
                       uint64_t CommandHash, const ShardContent &Content,
                       llvm::ArrayRef<InputStamp> Inputs);

/// The shard's content if its key and every input it read are unchanged.
std::optional<ShardContent> reuseShard(llvm::StringRef Path,
                                       uint64_t CommandHash);

/// The default shard directory under a build directory.
std::string defaultShardDir(llvm::StringRef BuildPath);

/// The map stored in one shard file.
llvm::Expected<DependencyMap> readShardMap(llvm::StringRef Path);

/// Reads a dependency map written by `itdd map` (JSON).
llvm::Expected<DependencyMap> readMapFile(llvm::StringRef Path);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_SHARDS_H
