//===--- MapLookup.h - finding the classes a user names --------*- C++ -*-===//
//
// What the generators ask the map about a class the user named on the
// command line: is it there (and if not, which class was meant), and what
// does it derive from.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_MAPLOOKUP_H
#define ITDD_GENERATORS_MAPLOOKUP_H

#include "core/DependencyMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

/// Whether Class derives from Base, directly or through other classes of
/// the map.
bool derivesFrom(const DependencyMap &Map, llvm::StringRef Class,
                 llvm::StringRef Base);

/// What to append to "no class named 'X' in the map": "; did you mean A or
/// B?" naming the classes of Known whose unqualified name is X's (or
/// differs from it by a typo), or "" when there are none.
std::string didYouMean(llvm::ArrayRef<std::string> Known, llvm::StringRef Name);
/// The same among the map's components.
std::string didYouMean(const DependencyMap &Map, llvm::StringRef Name);

/// Where code generated for Class goes unless the user says: its
/// namespace (enclosing classes left out) + "::testing", "itdd_testing"
/// at global scope; never a name that is a class of the map.
std::string defaultNamespace(const DependencyMap &Map, llvm::StringRef Class);

} // namespace itdd

#endif // ITDD_GENERATORS_MAPLOOKUP_H
