//===--- LanguageLevel.h - what generated code may use ---------*- C++ -*-===//
//
// The project's C++ standard, as the map recorded it from the compile
// commands, and the spellings that differ with it: generated code compiles
// at the project's own level.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_LANGUAGELEVEL_H
#define ITDD_GENERATORS_LANGUAGELEVEL_H

#include "core/DependencyMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

struct LanguageLevel {
  unsigned Standard = 17; ///< 11, 14, 17, 20, 23.
  /// `std::make_unique` (C++14).
  bool hasMakeUnique() const { return Standard >= 14; }
  /// `std::optional` (C++17).
  bool hasOptional() const { return Standard >= 17; }
};

/// The level of the map's project; C++17 when the map does not say (a map
/// written by an older itdd).
LanguageLevel languageLevel(const DependencyMap &Map);

/// `std::make_unique<Type>(Args)`, or `std::unique_ptr<Type>(new
/// Type(Args))` before C++14.
std::string makeUniqueExpression(LanguageLevel Level, llvm::StringRef Type,
                                 llvm::StringRef Args);

/// `namespace a::b {` from C++17, `namespace a {` and `namespace b {`
/// on lines of their own before.
std::string namespaceOpening(LanguageLevel Level, llvm::StringRef Namespace);
/// What closes namespaceOpening's namespaces, with their comments.
std::string namespaceClosing(LanguageLevel Level, llvm::StringRef Namespace);

} // namespace itdd

#endif // ITDD_GENERATORS_LANGUAGELEVEL_H
