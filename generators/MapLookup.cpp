//===--- MapLookup.cpp - finding the classes a user names -----------------===//

#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/StringExtras.h"
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

std::string didYouMean(const DependencyMap &Map, llvm::StringRef Name) {
  llvm::StringRef Short = unqualifiedName(Name);
  std::vector<std::string> Similar;
  for (const Component &C : Map.Components)
    if (C.Name != Name &&
        (unqualifiedName(C.Name) == Short ||
         llvm::StringRef(C.Name).ends_with("::" + Name.str())))
      Similar.push_back(C.Name);
  if (Similar.empty())
    return "";
  return "; did you mean " + llvm::join(Similar, " or ") + "?";
}

} // namespace itdd
