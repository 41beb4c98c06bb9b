//===--- DependencyMap.h - the application's dependency map ----*- C++ -*-===//
//
// The plain representation `itdd map` builds: components with roles,
// constructor dependencies and implemented interfaces. No Clang types, so
// shards can be merged and formats written without parsing anything.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_DEPENDENCYMAP_H
#define ITDD_CORE_DEPENDENCYMAP_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace itdd {

/// One parameter of a constructor, as the factory generator needs it.
struct CtorParam {
  std::string Name;
  std::string Type; ///< Spelled fully qualified.
  /// How the dependency is passed: reference, pointer, unique_ptr,
  /// shared_ptr or value.
  std::string Passing;
  /// The project class it names, if any (empty for plain values).
  std::string Class;

  bool operator==(const CtorParam &O) const {
    return Name == O.Name && Type == O.Type && Passing == O.Passing &&
           Class == O.Class;
  }
};

struct Component {
  std::string Name; ///< Fully qualified, e.g. shop::OrderService.
  std::string Role; ///< entry-point, ui, internal, ...
  bool EntryPoint = false;
  bool Ui = false;
  bool Abstract = false;
  std::string File;
  unsigned Line = 0;
  /// Project components the constructors take (sorted, unique).
  std::vector<std::string> Dependencies;
  /// Project interfaces and bases it derives from (sorted, unique).
  std::vector<std::string> Implements;
  /// The parameters of its widest public constructor.
  std::vector<CtorParam> Constructor;
};

struct DependencyMap {
  std::vector<Component> Components; ///< Sorted by name.

  /// Sorts and deduplicates; for a class seen in several translation units
  /// the first (by file, line) definition wins and edges are united.
  void normalize();
  /// Adds every component of Other (then normalizes).
  void merge(const DependencyMap &Other);
  const Component *find(llvm::StringRef Name) const;
  /// Implementations of an interface, sorted.
  std::vector<std::string> implementationsOf(llvm::StringRef Name) const;
  /// The part one entry point reaches through constructor dependencies and
  /// interface implementations.
  DependencyMap reachableFrom(llvm::StringRef Entry) const;
};

llvm::json::Value toJSON(const DependencyMap &Map);
llvm::Expected<DependencyMap> dependencyMapFromJSON(const llvm::json::Value &V);

} // namespace itdd

#endif // ITDD_CORE_DEPENDENCYMAP_H
