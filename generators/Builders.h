//===--- Builders.h - builders of the data boundaries exchange -*- C++ -*-===//
//
// Emits `itdd gen builders`: a builder per data type that crosses an
// external boundary, whose value starts with every field valid, so a test
// sets only what its scenario is about. Mocks answer with the built values.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_BUILDERS_H
#define ITDD_GENERATORS_BUILDERS_H

#include "core/DependencyMap.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// "shop::ChargeResult" -> "aChargeResult", "shop::Email" -> "anEmail";
/// enclosing names are added when another data type of the map has the
/// same unqualified name.
std::string builderFunctionName(const DependencyMap &Map, llvm::StringRef Type);
/// "shop::ChargeResult" -> "ChargeResultBuilder".
std::string builderClassName(const DependencyMap &Map, llvm::StringRef Type);

/// Why no builder can make Type, or "" when one can.
std::string whyNoBuilder(const DependencyMap &Map, llvm::StringRef Type);

/// The classes Roots name and every data class they contain, recursively,
/// in the order builders are written: a builder after the builders it
/// uses.
std::vector<std::string> withContainedTypes(const DependencyMap &Map,
                                            llvm::ArrayRef<std::string> Roots);

/// The data classes the member functions of the named classes (whatever
/// their role: mocks of them answer too) take or return, and those they
/// contain, in the order builders are written. None when none is named.
std::vector<std::string>
boundaryDataTypes(const DependencyMap &Map,
                  llvm::ArrayRef<std::string> Boundaries);

/// The same for every external boundary of the map.
std::vector<std::string> boundaryDataTypes(const DependencyMap &Map);

/// The include lines of the headers that declare Types, and the standard
/// headers their builders need (none for no types).
std::vector<std::string> builderIncludes(const DependencyMap &Map,
                                         llvm::ArrayRef<std::string> Types);
std::vector<std::string> builderStdIncludes(const DependencyMap &Map,
                                            llvm::ArrayRef<std::string> Types);

/// The builder classes and a<Type>() functions of Types (in that order); a
/// type no builder can make gets a comment that says why.
std::string builderDefinitions(const DependencyMap &Map,
                               llvm::ArrayRef<std::string> Types);

/// The line a builders header carries so that mocks and factories that
/// include it know its namespace, and reading it back.
std::string buildersInfoLine(llvm::StringRef Namespace);
std::optional<std::string> parseBuildersNamespace(llvm::StringRef Text);

struct BuildersRequest {
  /// Build these classes (and what they contain); empty: every data type
  /// that crosses an external boundary.
  std::vector<std::string> Classes;
  std::string Namespace;
};

/// A complete builders header body.
llvm::Expected<std::string> generateBuilders(const DependencyMap &Map,
                                             const BuildersRequest &Request);

} // namespace itdd

#endif // ITDD_GENERATORS_BUILDERS_H
