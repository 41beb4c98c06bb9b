//===--- FactoryInfo.h - what a factory header says of itself ---*- C++ -*-===//
//
// The line every generated factory header carries so that `itdd gen tests`
// can use the factory without the map: its names, entry point and mocks.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_FACTORYINFO_H
#define ITDD_GENERATORS_FACTORYINFO_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// The first line of every factory header after the generated-file header:
/// `// itdd-factory: name=... namespace=... entry=... member=...`. What
/// `itdd gen tests` reads to use the factory.
struct FactoryInfo {
  std::string Name, Namespace, Entry, EntryMember;
  std::vector<std::string> MockMembers;
};
std::string factoryInfoLine(const FactoryInfo &Info);
std::optional<FactoryInfo> parseFactoryInfo(llvm::StringRef Text);

} // namespace itdd

#endif // ITDD_GENERATORS_FACTORYINFO_H
