//===--- UnmatchedRoleKeys.h - role keys that name no class ----*- C++ -*-===//
//
// A role key the user set (itdd.EntryPoints, ...) replaces the default
// pattern. One that names no class the map knows gives no class its role
// while it looks as if it did, and takes the default away: a misspelt
// name, or a pattern that does not mean what it says. Found here, against
// the map, for every command that has one to say so.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_UNMATCHEDROLEKEYS_H
#define ITDD_CORE_UNMATCHEDROLEKEYS_H

#include "core/Config.h"
#include "core/DependencyMap.h"
#include <string>
#include <vector>

namespace itdd {

/// The role keys (itdd.EntryPoints, itdd.ExternalBoundaries,
/// itdd.Infrastructure, itdd.UiTypes) Cfg sets whose pattern matches none
/// of the classes of Map (its components and data types; for
/// itdd.EntryPoints, their member functions too), in the order
/// optionSpecs() lists them. None when the map has no class.
std::vector<std::string> roleKeysMatchingNothing(const Config &Cfg,
                                                 const DependencyMap &Map);

/// What to tell the user about such a Key of Cfg: the key, its pattern,
/// and what to do.
std::string roleKeyMatchingNothingMessage(const Config &Cfg,
                                          llvm::StringRef Key,
                                          const DependencyMap &Map);

} // namespace itdd

#endif // ITDD_CORE_UNMATCHEDROLEKEYS_H
