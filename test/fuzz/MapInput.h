//===--- MapInput.h - dependency maps decoded from fuzz input ---*- C++ -*-===//
#ifndef ITDD_TEST_FUZZ_MAPINPUT_H
#define ITDD_TEST_FUZZ_MAPINPUT_H

#include "FuzzInput.h"
#include "core/DependencyMap.h"
#include "llvm/Support/JSON.h"
#include <optional>

namespace itdd::fuzz {

/// The map in a JSON text as `itdd map` and its shards hold it: a map, or
/// a shard object whose "map" member is one. nullopt when the text is
/// neither (the readers' error path, which must not crash either).
inline std::optional<DependencyMap> decodeMap(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    llvm::consumeError(V.takeError());
    return std::nullopt;
  }
  const llvm::json::Value *MapJson = &*V;
  if (const llvm::json::Object *O = V->getAsObject())
    if (O->get("itdd_shard") && O->get("map"))
      MapJson = O->get("map");
  llvm::Expected<DependencyMap> Map = dependencyMapFromJSON(*MapJson);
  if (!Map) {
    std::string Message = llvm::toString(Map.takeError());
    require(!Message.empty(), "a map that cannot be read says why");
    return std::nullopt;
  }
  return std::move(*Map);
}

} // namespace itdd::fuzz

#endif // ITDD_TEST_FUZZ_MAPINPUT_H
