//===--- MapDiff.cpp - what a change did to the architecture --------------===//

#include "core/MapDiff.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include <set>
#include <utility>

namespace itdd {

namespace {

bool isApplication(const Component &C) {
  return C.Kind == Role::EntryPoint || C.Kind == Role::Ui ||
         C.Kind == Role::Internal || C.Kind == Role::Infrastructure;
}

bool isEntryPoint(const Component &C) {
  return C.EntryPoint || C.Kind == Role::EntryPoint;
}

using EdgeKey = std::pair<std::string, std::string>;

std::set<EdgeKey> edgesOf(const DependencyMap &Map) {
  std::set<EdgeKey> Edges;
  for (const Component &C : Map.Components)
    for (const std::string &To : C.Dependencies)
      Edges.emplace(C.Name, To);
  return Edges;
}

std::string roleIn(const DependencyMap &Map, llvm::StringRef Name) {
  const Component *C = Map.find(Name);
  return C ? roleLabel(*C) : std::string();
}

DiffEdge edgeIn(const DependencyMap &Map, const EdgeKey &Key) {
  return {Key.first, Key.second, roleIn(Map, Key.first),
          roleIn(Map, Key.second)};
}

/// An application component depending on an external boundary.
bool isBoundaryEdge(const DependencyMap &Map, const EdgeKey &Key) {
  const Component *From = Map.find(Key.first);
  const Component *To = Map.find(Key.second);
  return From && To && isApplication(*From) &&
         To->Kind == Role::ExternalBoundary;
}

/// Names that satisfy Pred in New but not in Old, and the other way round.
template <typename PredT>
void namesThatChanged(const DependencyMap &Old, const DependencyMap &New,
                      PredT Pred, std::vector<std::string> &Added,
                      std::vector<std::string> &Removed) {
  auto Holds = [&](const DependencyMap &Map, llvm::StringRef Name) {
    const Component *C = Map.find(Name);
    return C && Pred(*C);
  };
  for (const Component &C : New.Components)
    if (Pred(C) && !Holds(Old, C.Name))
      Added.push_back(C.Name);
  for (const Component &C : Old.Components)
    if (Pred(C) && !Holds(New, C.Name))
      Removed.push_back(C.Name);
}

} // namespace

bool MapDiff::empty() const {
  return NewBoundaryDependencies.empty() && AddedComponents.empty() &&
         RemovedComponents.empty() && AddedEntryPoints.empty() &&
         RemovedEntryPoints.empty() && AddedBoundaries.empty() &&
         RemovedBoundaries.empty() && RoleChanges.empty() &&
         AddedEdges.empty() && RemovedEdges.empty();
}

std::string roleLabel(const Component &C) {
  std::string Label = roleName(C.Kind).str();
  if (C.Kind != Role::Ui && C.Ui)
    Label += "+ui";
  if (C.Kind != Role::EntryPoint && C.EntryPoint)
    Label += "+entry-point";
  return Label;
}

MapDiff diffMaps(const DependencyMap &Old, const DependencyMap &New) {
  // Maps are written sorted; a hand-edited one may not be.
  DependencyMap Before = Old, After = New;
  Before.normalize();
  After.normalize();
  MapDiff Diff;
  for (const Component &C : After.Components) {
    const Component *Was = Before.find(C.Name);
    if (!Was)
      Diff.AddedComponents.push_back({C.Name, roleLabel(C)});
    else if (roleLabel(*Was) != roleLabel(C))
      Diff.RoleChanges.push_back({C.Name, roleLabel(*Was), roleLabel(C)});
  }
  for (const Component &C : Before.Components)
    if (!After.find(C.Name))
      Diff.RemovedComponents.push_back({C.Name, roleLabel(C)});
  namesThatChanged(Before, After, isEntryPoint, Diff.AddedEntryPoints,
                   Diff.RemovedEntryPoints);
  namesThatChanged(
      Before, After,
      [](const Component &C) { return C.Kind == Role::ExternalBoundary; },
      Diff.AddedBoundaries, Diff.RemovedBoundaries);

  std::set<EdgeKey> OldEdges = edgesOf(Before), NewEdges = edgesOf(After);
  for (const EdgeKey &Key : NewEdges) {
    if (!OldEdges.count(Key))
      Diff.AddedEdges.push_back(edgeIn(After, Key));
    // New as a boundary dependency: a new edge, or one whose ends took the
    // roles that make it one.
    if (isBoundaryEdge(After, Key) &&
        !(OldEdges.count(Key) && isBoundaryEdge(Before, Key)))
      Diff.NewBoundaryDependencies.push_back(edgeIn(After, Key));
  }
  for (const EdgeKey &Key : OldEdges)
    if (!NewEdges.count(Key))
      Diff.RemovedEdges.push_back(edgeIn(Before, Key));
  return Diff;
}

std::optional<DiffFailOn> diffFailOnFromName(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<DiffFailOn>>(Name)
      .Case("new-boundary", DiffFailOn::NewBoundary)
      .Case("role-change", DiffFailOn::RoleChange)
      .Case("any", DiffFailOn::Any)
      .Default(std::nullopt);
}

bool diffFails(const MapDiff &Diff, DiffFailOn On) {
  switch (On) {
  case DiffFailOn::NewBoundary:
    return !Diff.NewBoundaryDependencies.empty();
  case DiffFailOn::RoleChange:
    return !Diff.RoleChanges.empty();
  case DiffFailOn::Any:
    return !Diff.empty();
  }
  return false;
}

namespace {

llvm::json::Array namesJSON(const std::vector<std::string> &Names) {
  llvm::json::Array A;
  A.reserve(Names.size());
  for (const std::string &Name : Names)
    A.push_back(Name);
  return A;
}

llvm::json::Array componentsJSON(const std::vector<DiffComponent> &List) {
  llvm::json::Array A;
  A.reserve(List.size());
  for (const DiffComponent &C : List)
    A.push_back(llvm::json::Object{{"name", C.Name}, {"role", C.Role}});
  return A;
}

llvm::json::Array edgesJSON(const std::vector<DiffEdge> &List) {
  llvm::json::Array A;
  A.reserve(List.size());
  for (const DiffEdge &E : List)
    A.push_back(llvm::json::Object{{"from", E.From},
                                   {"fromRole", E.FromRole},
                                   {"to", E.To},
                                   {"toRole", E.ToRole}});
  return A;
}

/// One section; sections are separated by a blank line, and the report
/// ends with its last bullet.
void bullets(llvm::raw_ostream &OS, llvm::StringRef Heading,
             const std::vector<std::string> &Lines) {
  if (Lines.empty())
    return;
  OS << "\n### " << Heading << "\n\n";
  for (const std::string &Line : Lines)
    OS << "- " << Line << "\n";
}

std::vector<std::string> componentLines(const std::vector<DiffComponent> &L) {
  std::vector<std::string> Lines;
  Lines.reserve(L.size());
  for (const DiffComponent &C : L)
    Lines.push_back(llvm::formatv("`{0}` ({1})", C.Name, C.Role).str());
  return Lines;
}

std::vector<std::string> nameLines(const std::vector<std::string> &Names) {
  std::vector<std::string> Lines;
  Lines.reserve(Names.size());
  for (const std::string &Name : Names)
    Lines.push_back(llvm::formatv("`{0}`", Name).str());
  return Lines;
}

std::string withRole(const std::string &Name, const std::string &Role) {
  return Role.empty() ? llvm::formatv("`{0}`", Name).str()
                      : llvm::formatv("`{0}` ({1})", Name, Role).str();
}

std::vector<std::string> edgeLines(const std::vector<DiffEdge> &Edges) {
  std::vector<std::string> Lines;
  Lines.reserve(Edges.size());
  for (const DiffEdge &E : Edges)
    Lines.push_back(withRole(E.From, E.FromRole) + " \u2192 " +
                    withRole(E.To, E.ToRole));
  return Lines;
}

} // namespace

llvm::json::Value toJSON(const MapDiff &Diff) {
  llvm::json::Array Roles;
  Roles.reserve(Diff.RoleChanges.size());
  for (const RoleChange &R : Diff.RoleChanges)
    Roles.push_back(
        llvm::json::Object{{"name", R.Name}, {"old", R.Old}, {"new", R.New}});
  return llvm::json::Object{
      {"changed", !Diff.empty()},
      {"newBoundaryDependencies", edgesJSON(Diff.NewBoundaryDependencies)},
      {"addedComponents", componentsJSON(Diff.AddedComponents)},
      {"removedComponents", componentsJSON(Diff.RemovedComponents)},
      {"addedEntryPoints", namesJSON(Diff.AddedEntryPoints)},
      {"removedEntryPoints", namesJSON(Diff.RemovedEntryPoints)},
      {"addedExternalBoundaries", namesJSON(Diff.AddedBoundaries)},
      {"removedExternalBoundaries", namesJSON(Diff.RemovedBoundaries)},
      {"roleChanges", std::move(Roles)},
      {"addedDependencies", edgesJSON(Diff.AddedEdges)},
      {"removedDependencies", edgesJSON(Diff.RemovedEdges)},
  };
}

void writeMapDiffMarkdown(const MapDiff &Diff, llvm::raw_ostream &OS) {
  OS << "## Architecture changes\n";
  if (Diff.empty()) {
    OS << "\nNo architectural change.\n";
    return;
  }
  bullets(OS, "New dependencies on external boundaries",
          edgeLines(Diff.NewBoundaryDependencies));
  bullets(OS, "Components added", componentLines(Diff.AddedComponents));
  bullets(OS, "Components removed", componentLines(Diff.RemovedComponents));
  bullets(OS, "Entry points added", nameLines(Diff.AddedEntryPoints));
  bullets(OS, "Entry points removed", nameLines(Diff.RemovedEntryPoints));
  bullets(OS, "External boundaries added", nameLines(Diff.AddedBoundaries));
  bullets(OS, "External boundaries removed",
          nameLines(Diff.RemovedBoundaries));
  std::vector<std::string> Roles;
  Roles.reserve(Diff.RoleChanges.size());
  for (const RoleChange &R : Diff.RoleChanges)
    Roles.push_back(
        llvm::formatv("`{0}`: {1} \u2192 {2}", R.Name, R.Old, R.New).str());
  bullets(OS, "Roles changed", Roles);
  bullets(OS, "Dependencies added", edgeLines(Diff.AddedEdges));
  bullets(OS, "Dependencies removed", edgeLines(Diff.RemovedEdges));
}

} // namespace itdd
