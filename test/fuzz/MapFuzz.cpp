//===--- MapFuzz.cpp - map and shard JSON read, merged, written -----------===//
//
// The input is one or more JSON documents separated by NUL bytes, each a
// map or a shard. They are merged as `itdd map` merges its shards (and with
// DependencyMap::merge), and the merged map must survive being written and
// read again unchanged.
//
//===----------------------------------------------------------------------===//
#include "MapInput.h"
#include "llvm/ADT/SmallVector.h"

using namespace itdd;

namespace {

std::string jsonText(const DependencyMap &Map) {
  std::string Text;
  llvm::raw_string_ostream(Text) << toJSON(Map);
  return Text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::SmallVector<llvm::StringRef, 4> Docs;
  fuzz::textOf(Data, Size).split(Docs, '\0');
  DependencyMap Merged, Concatenated;
  for (llvm::StringRef Doc : Docs) {
    std::optional<DependencyMap> Shard = fuzz::decodeMap(Doc);
    if (!Shard)
      continue;
    Merged.merge(*Shard);
    Concatenated.Components.insert(Concatenated.Components.end(),
                                   Shard->Components.begin(),
                                   Shard->Components.end());
    Concatenated.DataTypes.insert(Concatenated.DataTypes.end(),
                                  Shard->DataTypes.begin(),
                                  Shard->DataTypes.end());
  }
  Concatenated.normalize();
  for (const DependencyMap *Map : {&Merged, &Concatenated}) {
    std::string Written = jsonText(*Map);
    std::optional<DependencyMap> Again = fuzz::decodeMap(Written);
    fuzz::require(Again.has_value(), "a written map reads back");
    fuzz::require(jsonText(*Again) == Written,
                  "a map read back writes the same JSON");
    for (const Component &C : Map->Components) {
      fuzz::require(Map->find(C.Name) != nullptr, "every component is found");
      (void)Map->implementationsOf(C.Name);
      if (C.EntryPoint)
        fuzz::require(Map->reachableFrom(C.Name).find(C.Name) != nullptr,
                      "an entry point reaches itself");
    }
  }
  return 0;
}
