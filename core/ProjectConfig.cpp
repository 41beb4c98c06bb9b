//===--- ProjectConfig.cpp - the itdd options of a project ----------------===//

#include "core/ProjectConfig.h"
#include "core/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace itdd {

static std::string scalar(llvm::yaml::Node *N) {
  llvm::SmallString<64> Storage;
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N))
    return S->getValue(Storage).str();
  return "";
}

/// CheckOptions comes as a mapping (key: value) or, in older files, as a
/// list of {key: ..., value: ...}.
static void readCheckOptions(llvm::yaml::Node *N,
                             std::map<std::string, std::string> &Out) {
  if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(N)) {
    for (llvm::yaml::KeyValueNode &KV : *Map)
      Out[scalar(KV.getKey())] = scalar(KV.getValue());
    return;
  }
  if (auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N))
    for (llvm::yaml::Node &Item : *Seq)
      if (auto *Entry = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item)) {
        std::string Key, Value;
        for (llvm::yaml::KeyValueNode &KV : *Entry) {
          std::string Name = scalar(KV.getKey());
          if (Name == "key")
            Key = scalar(KV.getValue());
          else if (Name == "value")
            Value = scalar(KV.getValue());
        }
        if (!Key.empty())
          Out[Key] = Value;
      }
}

ProjectConfig loadProjectConfig(llvm::StringRef Dir) {
  llvm::SmallString<256> Current(absolutePath(Dir));
  for (; !Current.empty();
       Current = llvm::sys::path::parent_path(Current).str()) {
    llvm::SmallString<256> File(Current);
    llvm::sys::path::append(File, ".clang-tidy");
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      if (llvm::sys::path::parent_path(Current) == Current)
        break;
      continue;
    }
    // Many directories share one .clang-tidy: read it, and report its
    // problems, once.
    static std::map<std::string, ProjectConfig> Loaded;
    auto Known = Loaded.find(std::string(File));
    if (Known != Loaded.end())
      return Known->second;
    std::map<std::string, std::string> Options;
    llvm::SourceMgr SM;
    llvm::yaml::Stream Stream((*Buffer)->getBuffer(), SM);
    for (llvm::yaml::Document &Doc : Stream)
      if (auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(
              Doc.getRoot()))
        for (llvm::yaml::KeyValueNode &KV : *Root)
          if (scalar(KV.getKey()) == "CheckOptions")
            readCheckOptions(KV.getValue(), Options);
    std::vector<ConfigProblem> Problems;
    auto Cfg = Config::fromOptions(Options, &Problems);
    for (const ConfigProblem &P : Problems)
      llvm::errs() << File << ": warning: " << P.Message << "\n";
    std::string Fingerprint = "config " + std::string(File);
    for (const auto &[Key, Value] : Options)
      if (llvm::StringRef(Key).starts_with("itdd"))
        Fingerprint.append("\n").append(Key).append("=").append(Value);
    ProjectConfig Result{Cfg, Fingerprint};
    Loaded.emplace(std::string(File), Result);
    return Result;
  }
  return {Config::defaults(), "config defaults"};
}

} // namespace itdd
