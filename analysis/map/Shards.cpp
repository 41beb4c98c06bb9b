//===--- Shards.cpp - the per-unit cache of the map -----------------------===//

#include "analysis/map/Shards.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace itdd {

namespace {

constexpr unsigned ShardVersion = 14;

/// Which itdd wrote a shard: its version and the bytes of the executable,
/// so a rebuilt itdd (a changed classifier, a changed mapper) never reads
/// what an older one wrote.
const std::string &toolFingerprint() {
  static const std::string Fingerprint = [] {
    std::string Self = sys::fs::getMainExecutable(nullptr, nullptr);
    bool Ok = false;
    uint64_t Hash = Self.empty() ? 0 : hashFile(Self, Ok);
    return std::string("itdd " ITDD_VERSION " ") +
           (Ok ? utohexstr(Hash) : std::string("unknown-build"));
  }();
  return Fingerprint;
}

json::Value shardToJSON(StringRef File, uint64_t CommandHash,
                        const ShardContent &Content,
                        ArrayRef<InputStamp> Inputs) {
  json::Array InputsJson;
  for (const InputStamp &S : Inputs)
    InputsJson.push_back(json::Object{{"path", S.Path}, {"hash", utohexstr(S.Hash)}});
  DependencyMap Map = Content.Map;
  Map.normalize();
  return json::Object{{"itdd_shard", ShardVersion},
                      {"file", File},
                      {"command", utohexstr(CommandHash)},
                      {"inputs", std::move(InputsJson)},
                      {"map", toJSON(Map)},
                      {"evidence", toJSON(Content.Evidence)}};
}

/// The JSON object of a shard file, or why the file is not one.
Expected<json::Object> readShard(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot read '%s': %s",
                             Path.str().c_str(),
                             Buffer.getError().message().c_str());
  Expected<json::Value> V = parseJsonText((*Buffer)->getBuffer(), Path);
  if (!V)
    return V.takeError();
  if (json::Object *O = V->getAsObject())
    return std::move(*O);
  return createStringError(inconvertibleErrorCode(), "%s: not an itdd shard",
                           Path.str().c_str());
}

Expected<DependencyMap> mapOfShard(const json::Object &Shard,
                                   StringRef Path) {
  const json::Value *MapJson = Shard.get("map");
  if (!MapJson)
    return createStringError(inconvertibleErrorCode(),
                             "%s: not an itdd shard", Path.str().c_str());
  Expected<DependencyMap> Map = dependencyMapFromJSON(*MapJson);
  if (!Map)
    return createStringError(inconvertibleErrorCode(), "%s: %s",
                             Path.str().c_str(),
                             toString(Map.takeError()).c_str());
  return Map;
}

} // namespace

uint64_t hashFile(StringRef Path, bool &Ok) {
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  Ok = static_cast<bool>(Buffer);
  return Ok ? xxh3_64bits(arrayRefFromStringRef((*Buffer)->getBuffer())) : 0;
}

uint64_t shardKey(const clang::tooling::CompileCommand &Cmd,
                  StringRef ConfigFingerprint, StringRef Root) {
  std::string Key = Cmd.Directory + "\n" + Cmd.Filename;
  for (const std::string &Arg : Cmd.CommandLine)
    Key += "\n" + Arg;
  Key += "\nitdd-shard-v" + std::to_string(ShardVersion);
  Key += "\n" + ConfigFingerprint.str();
  Key += "\nroot " + Root.str();
  Key += "\n" + toolFingerprint();
  return xxh3_64bits(Key);
}

std::string shardPath(StringRef ShardDir, StringRef File) {
  SmallString<256> Path(ShardDir);
  sys::path::append(Path, sys::path::filename(File).str() + "-" +
                              utohexstr(xxh3_64bits(File)) + ".json");
  return std::string(Path);
}

Error writeShard(StringRef Path, StringRef File, uint64_t CommandHash,
                 const ShardContent &Content, ArrayRef<InputStamp> Inputs) {
  json::Value Shard = shardToJSON(File, CommandHash, Content, Inputs);
  return writeFileAtomically(Path, [&](raw_ostream &OS) {
    OS << formatv("{0:2}", Shard) << "\n";
  });
}

std::optional<ShardContent> reuseShard(StringRef Path, uint64_t CommandHash) {
  Expected<json::Object> O = readShard(Path);
  if (!O) {
    consumeError(O.takeError());
    return std::nullopt;
  }
  if (O->getInteger("itdd_shard") != ShardVersion ||
      O->getString("command") != utohexstr(CommandHash))
    return std::nullopt;
  const json::Array *Read = O->getArray("inputs");
  if (!Read)
    return std::nullopt;
  for (const json::Value &In : *Read) {
    const json::Object *S = In.getAsObject();
    std::optional<StringRef> Path = S ? S->getString("path") : std::nullopt;
    if (!Path)
      return std::nullopt;
    bool Ok = false;
    uint64_t Hash = hashFile(*Path, Ok);
    if (!Ok || S->getString("hash") != utohexstr(Hash))
      return std::nullopt;
  }
  Expected<DependencyMap> Map = mapOfShard(*O, Path);
  if (!Map) {
    consumeError(Map.takeError());
    return std::nullopt;
  }
  const json::Value *EvidenceJson = O->get("evidence");
  std::optional<ProjectEvidence> Evidence =
      EvidenceJson ? projectEvidenceFromJSON(*EvidenceJson) : std::nullopt;
  if (!Evidence)
    return std::nullopt;
  return ShardContent{std::move(*Map), std::move(*Evidence)};
}

std::string defaultShardDir(StringRef BuildPath) {
  SmallString<256> Dir(absolutePath(BuildPath));
  sys::path::append(Dir, ".itdd-cache", "map");
  return std::string(Dir);
}

Expected<DependencyMap> readShardMap(StringRef Path) {
  Expected<json::Object> Shard = readShard(Path);
  if (!Shard)
    return Shard.takeError();
  return mapOfShard(*Shard, Path);
}

Expected<DependencyMap> readMapFile(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot read '%s': %s",
                             Path.str().c_str(),
                             Buffer.getError().message().c_str());
  constexpr const char *Redo =
      "; write it again with 'itdd map -o FILE' (a map is never edited by "
      "hand)";
  if ((*Buffer)->getBuffer().trim().empty())
    return createStringError(inconvertibleErrorCode(), "%s: the file is empty%s",
                             Path.str().c_str(), Redo);
  Expected<json::Value> V = parseJsonText((*Buffer)->getBuffer(), Path);
  if (!V)
    return createStringError(inconvertibleErrorCode(), "%s%s",
                             toString(V.takeError()).c_str(), Redo);
  Expected<DependencyMap> Map = dependencyMapFromJSON(*V);
  if (!Map)
    return createStringError(inconvertibleErrorCode(), "%s: %s%s",
                             Path.str().c_str(),
                             toString(Map.takeError()).c_str(), Redo);
  return Map;
}

} // namespace itdd
