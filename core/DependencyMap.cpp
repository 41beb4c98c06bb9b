//===--- DependencyMap.cpp - the application's dependency map -------------===//

#include "core/DependencyMap.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <map>
#include <set>

namespace itdd {

template <typename T> static void sortUnique(std::vector<T> &V) {
  llvm::sort(V);
  V.erase(std::unique(V.begin(), V.end()), V.end());
}

llvm::StringRef passingName(Passing P) {
  switch (P) {
  case Passing::Value:
    return "value";
  case Passing::Reference:
    return "reference";
  case Passing::Pointer:
    return "pointer";
  case Passing::UniquePtr:
    return "unique_ptr";
  case Passing::SharedPtr:
    return "shared_ptr";
  }
  return "value";
}

std::optional<Passing> passingFromName(llvm::StringRef Name) {
  for (Passing P : {Passing::Value, Passing::Reference, Passing::Pointer,
                    Passing::UniquePtr, Passing::SharedPtr})
    if (passingName(P) == Name)
      return P;
  return std::nullopt;
}

void DependencyMap::normalize() {
  std::map<std::string, Component> ByName;
  // The role each translation unit gave a class, with that unit's view of
  // it: they differ when a role depends on what one unit saw (an
  // interface no class of that unit implements looks like a boundary).
  std::map<std::string, std::map<Role, Component>> Views;
  std::set<std::string> Implemented;
  for (Component &C : Components) {
    Views[C.Name].try_emplace(C.Kind, C);
    if (C.ImplementedInProject)
      Implemented.insert(C.Name);
    auto [It, Inserted] = ByName.try_emplace(C.Name, C);
    if (Inserted)
      continue;
    Component &Kept = It->second;
    bool Earlier = std::tie(C.File, C.Line) < std::tie(Kept.File, Kept.Line);
    std::vector<std::string> Deps = Kept.Dependencies, Impl = Kept.Implements;
    std::vector<UsedType> Types = Kept.MethodTypes;
    Deps.insert(Deps.end(), C.Dependencies.begin(), C.Dependencies.end());
    Impl.insert(Impl.end(), C.Implements.begin(), C.Implements.end());
    Types.insert(Types.end(), C.MethodTypes.begin(), C.MethodTypes.end());
    if (Earlier)
      Kept = C;
    Kept.Dependencies = std::move(Deps);
    Kept.Implements = std::move(Impl);
    Kept.MethodTypes = std::move(Types);
  }
  for (const auto &[Name, C] : ByName)
    Implemented.insert(C.Implements.begin(), C.Implements.end());
  Components.clear();
  for (auto &[Name, C] : ByName) {
    const std::map<Role, Component> &Seen = Views[Name];
    if (Seen.size() > 1) {
      // Only a unit that saw no implementation can have called it a
      // boundary for want of one: the whole map decides. Otherwise the
      // first role in enum order, so the answer never depends on the order
      // of the translation units.
      Role Chosen = Seen.begin()->first;
      if (Seen.count(Role::ExternalBoundary) && !Implemented.count(Name))
        Chosen = Role::ExternalBoundary;
      // Only a unit with the tests that drive a class can see that they do.
      for (const auto &[Kind, View] : Seen)
        if (View.DrivenByTests)
          Chosen = Kind;
      const Component &View = Seen.at(Chosen);
      C.Kind = View.Kind;
      C.EntryPoint = View.EntryPoint;
      C.Ui = View.Ui;
      C.DrivenByTests = View.DrivenByTests;
    }
    C.ImplementedInProject = C.Abstract && Implemented.count(Name) != 0;
    sortUnique(C.Dependencies);
    sortUnique(C.Implements);
    sortUnique(C.MethodTypes);
    // A class one translation unit saw complete: its include wins over
    // the bare declaration another one saw.
    llvm::erase_if(C.MethodTypes, [&](const UsedType &T) {
      return T.Include.empty() &&
             llvm::any_of(C.MethodTypes, [&](const UsedType &O) {
               return O.Name == T.Name && !O.Include.empty();
             });
    });
    Components.push_back(std::move(C));
  }
  // A data type every unit that saw it describes alike; the first
  // definition wins, as for components.
  llvm::sort(DataTypes, [](const DataType &L, const DataType &R) {
    return std::tie(L.Name, L.File, L.Line) < std::tie(R.Name, R.File, R.Line);
  });
  DataTypes.erase(std::unique(DataTypes.begin(), DataTypes.end(),
                              [](const DataType &L, const DataType &R) {
                                return L.Name == R.Name;
                              }),
                  DataTypes.end());
  normalizeSupport(TestSupport);
}

void DependencyMap::addStandard(unsigned Unit) {
  if (Unit && (!Standard || Unit < Standard))
    Standard = Unit;
}

void DependencyMap::merge(const DependencyMap &Other) {
  addStandard(Other.Standard);
  Components.insert(Components.end(), Other.Components.begin(),
                    Other.Components.end());
  DataTypes.insert(DataTypes.end(), Other.DataTypes.begin(),
                   Other.DataTypes.end());
  TestSupport.insert(TestSupport.end(), Other.TestSupport.begin(),
                     Other.TestSupport.end());
  normalize();
}

const DataType *DependencyMap::findData(llvm::StringRef Name) const {
  auto It = llvm::partition_point(
      DataTypes, [&](const DataType &T) { return T.Name < Name; });
  return It != DataTypes.end() && It->Name == Name ? &*It : nullptr;
}

const Component *DependencyMap::find(llvm::StringRef Name) const {
  auto It = llvm::partition_point(
      Components, [&](const Component &C) { return C.Name < Name; });
  return It != Components.end() && It->Name == Name ? &*It : nullptr;
}

std::vector<std::string>
DependencyMap::implementationsOf(llvm::StringRef Name) const {
  std::vector<std::string> Result;
  for (const Component &C : Components)
    if (llvm::is_contained(C.Implements, Name) && !C.Abstract)
      Result.push_back(C.Name);
  return Result;
}

DependencyMap DependencyMap::reachableFrom(llvm::StringRef Entry) const {
  std::set<std::string> Seen;
  std::vector<std::string> Work = {Entry.str()};
  while (!Work.empty()) {
    std::string Name = Work.back();
    Work.pop_back();
    const Component *C = find(Name);
    if (!C || !Seen.insert(Name).second)
      continue;
    for (const std::string &Dep : C->Dependencies) {
      Work.push_back(Dep);
      for (const std::string &Impl : implementationsOf(Dep))
        Work.push_back(Impl);
    }
  }
  DependencyMap Result;
  for (const Component &C : Components)
    if (Seen.count(C.Name))
      Result.Components.push_back(C);
  Result.DataTypes = DataTypes;
  Result.Standard = Standard;
  return Result;
}

} // namespace itdd
