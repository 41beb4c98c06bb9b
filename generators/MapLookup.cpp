//===--- MapLookup.cpp - finding the classes a user names -----------------===//

#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <set>
#include <vector>

namespace itdd {

bool derivesFrom(const DependencyMap &Map, llvm::StringRef Class,
                 llvm::StringRef Base) {
  std::set<std::string> Seen;
  std::vector<std::string> Work = {Class.str()};
  while (!Work.empty()) {
    std::string Current = Work.back();
    Work.pop_back();
    const Component *C = Map.find(Current);
    if (!C || !Seen.insert(Current).second)
      continue;
    for (const std::string &Parent : C->Implements) {
      if (Parent == Base)
        return true;
      Work.push_back(Parent);
    }
  }
  return false;
}

std::string didYouMean(llvm::ArrayRef<std::string> Known,
                       llvm::StringRef Name) {
  llvm::StringRef Short = unqualifiedName(Name);
  // A typo: one edit in a short name, one in four in a longer one.
  unsigned Typos = std::max<unsigned>(1, Short.size() / 4);
  std::vector<std::string> Similar;
  for (const std::string &Candidate : Known) {
    llvm::StringRef Other = unqualifiedName(Candidate);
    if (Candidate != Name &&
        (Other == Short ||
         llvm::StringRef(Candidate).ends_with("::" + Name.str()) ||
         Other.edit_distance(Short, /*AllowReplacements=*/true, Typos) <=
             Typos))
      Similar.push_back(Candidate);
  }
  if (Similar.empty())
    return "";
  return "; did you mean " + llvm::join(Similar, " or ") + "?";
}

std::string didYouMean(const DependencyMap &Map, llvm::StringRef Name) {
  std::vector<std::string> Known;
  Known.reserve(Map.Components.size());
  for (const Component &C : Map.Components)
    Known.push_back(C.Name);
  return didYouMean(Known, Name);
}

namespace {

bool isClass(const DependencyMap &Map, llvm::StringRef Name) {
  return Map.find(Name) || Map.findData(Name);
}

} // namespace

std::string defaultNamespace(const DependencyMap &Map, llvm::StringRef Class) {
  // The enclosing scopes that are classes of the map (or templates) are
  // no namespace.
  llvm::StringRef Scope = Class;
  do {
    size_t Colon = Scope.rfind("::");
    Scope = Colon == llvm::StringRef::npos ? "" : Scope.take_front(Colon);
  } while (!Scope.empty() && (isClass(Map, Scope) || Scope.contains('<')));
  std::string Prefix = Scope.empty() ? "" : Scope.str() + "::";
  std::string Name = Prefix + (Scope.empty() ? "itdd_testing" : "testing");
  for (unsigned N = 1; isClass(Map, Name); ++N)
    Name = Prefix + "itdd_testing" + (N > 1 ? std::to_string(N) : "");
  return Name;
}

} // namespace itdd
