//===--- SupportIndex.cpp - test support other files define, from the map -===//

#include "analysis/SupportIndex.h"
#include "analysis/map/Shards.h"
#include "support/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <memory>

namespace itdd {

namespace {

/// How deep calls between helpers defined in other files are followed.
constexpr unsigned MaxSupportDepth = 8;

llvm::Expected<std::vector<SupportFunction>> readSupport(llvm::StringRef Path) {
  std::vector<SupportFunction> All;
  if (!llvm::sys::fs::is_directory(Path)) {
    llvm::Expected<DependencyMap> Map = readMapFile(Path);
    if (!Map)
      return Map.takeError();
    return std::move(Map->TestSupport);
  }
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (llvm::sys::path::extension(It->path()) != ".json")
      continue;
    llvm::Expected<DependencyMap> Shard = readShardMap(It->path());
    if (!Shard)
      return Shard.takeError();
    All.insert(All.end(), Shard->TestSupport.begin(), Shard->TestSupport.end());
  }
  if (EC)
    return llvm::createStringError(EC, "cannot list '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  normalizeSupport(All);
  return All;
}

} // namespace

const MapSupportIndex *MapSupportIndex::load(llvm::StringRef Option,
                                             llvm::StringRef FromDir,
                                             std::string &Problem) {
  struct Loaded {
    std::unique_ptr<MapSupportIndex> Index;
    std::string Problem;
  };
  static std::map<std::string, Loaded> Cache;
  std::string Found = findInParents(FromDir, Option);
  std::string Key = Found.empty() ? "?" + Option.str() : Found;
  auto [It, Inserted] = Cache.try_emplace(Key);
  Loaded &L = It->second;
  if (Inserted) {
    if (Found.empty()) {
      L.Problem = "map '" + Option.str() +
                  "' (itdd.Map) is not in the checked file's directory or "
                  "any of its parents; write it with 'itdd map -p BUILD -o "
                  "FILE' or name the shard directory (BUILD/.itdd-cache/map)";
    } else if (llvm::Expected<std::vector<SupportFunction>> Functions =
                   readSupport(Found)) {
      L.Index = std::make_unique<MapSupportIndex>(*Functions);
    } else {
      L.Problem = "map '" + Found + "' (itdd.Map) cannot be used: " +
                  llvm::toString(Functions.takeError());
    }
  }
  Problem = L.Problem;
  return L.Index.get();
}

MapSupportIndex::MapSupportIndex(const std::vector<SupportFunction> &All) {
  for (const SupportFunction &F : All)
    Functions.try_emplace(F.Key, F);
}

bool MapSupportIndex::unchanged(const SupportFunction &F) const {
  auto [It, Inserted] = Hashes.try_emplace(F.File, 0);
  if (Inserted) {
    bool Ok = false;
    It->second = hashFile(F.File, Ok);
    if (!Ok)
      It->second = 0;
  }
  return It->second != 0 && It->second == F.Hash;
}

std::optional<SupportEffects>
MapSupportIndex::effectsOf(llvm::StringRef Key, std::string &Reason) const {
  unsigned Open = MaxSupportDepth + 1;
  Answer A = resolve(Key.str(), 0, Open);
  if (!A.Effects)
    Reason = A.Reason;
  return A.Effects;
}

MapSupportIndex::Answer MapSupportIndex::resolve(const std::string &Key,
                                                 unsigned Depth,
                                                 unsigned &Open) const {
  if (auto Known = Answers.find(Key); Known != Answers.end())
    return Known->second;
  // A call back into a helper being resolved: what it does is counted
  // where its resolution started.
  if (auto Active = Resolving.find(Key); Active != Resolving.end()) {
    Open = std::min(Open, Active->second);
    return Answer{SupportEffects(), ""};
  }
  Answer A;
  unsigned Reached = MaxSupportDepth + 1;
  auto It = Functions.find(Key);
  if (It == Functions.end()) {
    // No ';' in a reason: the remark separates reasons with it.
    A.Reason = "test support defined in another file that the map "
               "(itdd.Map) does not describe (map the file that defines it)";
  } else if (!unchanged(It->second)) {
    A.Reason = "test support defined in '" + It->second.File +
               "', changed since the map (itdd.Map) was written (run 'itdd "
               "map' again)";
  } else if (!It->second.Undecided.empty()) {
    A.Reason = "test support defined in another file that the map could not "
               "follow (" +
               It->second.Undecided + ")";
  } else if (Depth >= MaxSupportDepth) {
    A.Reason = "test support defined in another file whose helpers nest "
               "deeper than the analysis follows";
  } else {
    Resolving[Key] = Depth;
    SupportEffects Effects = It->second.Effects;
    for (const std::string &Callee : It->second.Calls) {
      Answer Inner = resolve(Callee, Depth + 1, Reached);
      if (!Inner.Effects) {
        A.Reason = Inner.Reason + " (called through '" +
                   Callee.substr(0, Callee.find('(')) + "')";
        break;
      }
      Effects.merge(*Inner.Effects);
    }
    Resolving.erase(Key);
    if (A.Reason.empty())
      A.Effects = std::move(Effects);
  }
  Open = std::min(Open, Reached);
  // Complete unless it reached a helper still being resolved above it.
  if (Reached >= Depth)
    Answers[Key] = A;
  return A;
}

} // namespace itdd
