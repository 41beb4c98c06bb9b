//===--- DependencyMap.cpp - the application's dependency map -------------===//

#include "core/DependencyMap.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <map>
#include <set>

namespace itdd {

static void sortUnique(std::vector<std::string> &V) {
  llvm::sort(V);
  V.erase(std::unique(V.begin(), V.end()), V.end());
}

void DependencyMap::normalize() {
  std::map<std::string, Component> ByName;
  for (Component &C : Components) {
    auto [It, Inserted] = ByName.try_emplace(C.Name, C);
    if (Inserted)
      continue;
    Component &Kept = It->second;
    bool Earlier = std::tie(C.File, C.Line) < std::tie(Kept.File, Kept.Line);
    std::vector<std::string> Deps = Kept.Dependencies, Impl = Kept.Implements;
    Deps.insert(Deps.end(), C.Dependencies.begin(), C.Dependencies.end());
    Impl.insert(Impl.end(), C.Implements.begin(), C.Implements.end());
    if (Earlier)
      Kept = C;
    Kept.Dependencies = std::move(Deps);
    Kept.Implements = std::move(Impl);
  }
  Components.clear();
  for (auto &[Name, C] : ByName) {
    sortUnique(C.Dependencies);
    sortUnique(C.Implements);
    Components.push_back(std::move(C));
  }
}

void DependencyMap::merge(const DependencyMap &Other) {
  Components.insert(Components.end(), Other.Components.begin(),
                    Other.Components.end());
  normalize();
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
  return Result;
}

llvm::json::Value toJSON(const DependencyMap &Map) {
  llvm::json::Array Components;
  for (const Component &C : Map.Components) {
    llvm::json::Array Params;
    for (const CtorParam &P : C.Constructor)
      Params.push_back(llvm::json::Object{{"name", P.Name},
                                          {"type", P.Type},
                                          {"passing", P.Passing},
                                          {"class", P.Class}});
    Components.push_back(llvm::json::Object{
        {"name", C.Name},
        {"role", C.Role},
        {"entry_point", C.EntryPoint},
        {"ui", C.Ui},
        {"abstract", C.Abstract},
        {"file", C.File},
        {"line", C.Line},
        {"dependencies", llvm::json::Array(C.Dependencies)},
        {"implements", llvm::json::Array(C.Implements)},
        {"constructor", std::move(Params)}});
  }
  return llvm::json::Object{{"components", std::move(Components)}};
}

static std::vector<std::string> strings(const llvm::json::Object &O,
                                        llvm::StringRef Key) {
  std::vector<std::string> Result;
  if (const llvm::json::Array *A = O.getArray(Key))
    for (const llvm::json::Value &V : *A)
      if (auto S = V.getAsString())
        Result.push_back(S->str());
  return Result;
}

llvm::Expected<DependencyMap>
dependencyMapFromJSON(const llvm::json::Value &V) {
  auto Fail = [](const char *What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not an itdd map: %s", What);
  };
  const llvm::json::Object *Root = V.getAsObject();
  if (!Root)
    return Fail("the top level is not an object");
  const llvm::json::Array *Components = Root->getArray("components");
  if (!Components)
    return Fail("no \"components\" array");
  DependencyMap Map;
  for (const llvm::json::Value &Item : *Components) {
    const llvm::json::Object *O = Item.getAsObject();
    if (!O || !O->getString("name") || !O->getString("role"))
      return Fail("a component without \"name\" or \"role\"");
    Component C;
    C.Name = O->getString("name")->str();
    C.Role = O->getString("role")->str();
    C.EntryPoint = O->getBoolean("entry_point").value_or(false);
    C.Ui = O->getBoolean("ui").value_or(false);
    C.Abstract = O->getBoolean("abstract").value_or(false);
    C.File = O->getString("file").value_or("").str();
    C.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
    C.Dependencies = strings(*O, "dependencies");
    C.Implements = strings(*O, "implements");
    if (const llvm::json::Array *Params = O->getArray("constructor"))
      for (const llvm::json::Value &PV : *Params)
        if (const llvm::json::Object *P = PV.getAsObject())
          C.Constructor.push_back({P->getString("name").value_or("").str(),
                                   P->getString("type").value_or("").str(),
                                   P->getString("passing").value_or("").str(),
                                   P->getString("class").value_or("").str()});
    Map.Components.push_back(std::move(C));
  }
  Map.normalize();
  return Map;
}

} // namespace itdd
