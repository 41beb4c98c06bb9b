//===--- MapDiff.h - what a change did to the architecture -----*- C++ -*-===//
//
// Compares two dependency maps (before and after a change) for a
// pull-request comment: components, entry points and external boundaries
// added or removed, roles that changed, dependency edges added or removed,
// and first of all new dependencies of the application on external
// boundaries. No Clang types: the maps are read from their JSON.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_MAPDIFF_H
#define ITDD_CORE_MAPDIFF_H

#include "core/DependencyMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// A component as the diff names it: its name and its role label.
struct DiffComponent {
  std::string Name;
  std::string Role; ///< roleLabel() of the component.
  bool operator==(const DiffComponent &O) const {
    return Name == O.Name && Role == O.Role;
  }
};

/// A constructor dependency From -> To, with the roles the newer map gives.
struct DiffEdge {
  std::string From, To;
  std::string FromRole, ToRole;
  bool operator==(const DiffEdge &O) const {
    return From == O.From && To == O.To;
  }
};

struct RoleChange {
  std::string Name;
  std::string Old, New;
};

struct MapDiff {
  /// Dependencies of an application component (entry point, UI, internal,
  /// infrastructure) on an external boundary that the old map did not have.
  std::vector<DiffEdge> NewBoundaryDependencies;
  std::vector<DiffComponent> AddedComponents, RemovedComponents;
  std::vector<std::string> AddedEntryPoints, RemovedEntryPoints;
  std::vector<std::string> AddedBoundaries, RemovedBoundaries;
  std::vector<RoleChange> RoleChanges;
  std::vector<DiffEdge> AddedEdges, RemovedEdges;

  bool empty() const;
};

/// "internal", or the primary role with the extra ones a screen carries
/// ("ui+entry-point").
std::string roleLabel(const Component &C);

/// Every list sorted by name (edges by From, then To).
MapDiff diffMaps(const DependencyMap &Old, const DependencyMap &New);

/// What `--fail-on` accepts.
enum class DiffFailOn { NewBoundary, RoleChange, Any };
std::optional<DiffFailOn> diffFailOnFromName(llvm::StringRef Name);
/// The diff holds what the condition asks about.
bool diffFails(const MapDiff &Diff, DiffFailOn On);

llvm::json::Value toJSON(const MapDiff &Diff);
/// Headings and bullet lists for a pull-request comment; "No architectural
/// change." when the maps agree.
void writeMapDiffMarkdown(const MapDiff &Diff, llvm::raw_ostream &OS);

} // namespace itdd

#endif // ITDD_CORE_MAPDIFF_H
