//===--- Setters.h - data a class holds behind accessors -------*- C++ -*-===//
//
// A data class with no public fields may still be filled through its
// accessors: a public const getter `x()` (or `getX()`) paired with a setter
// `set_x(value)` / `setX(value)`, or with `mutable_x()` returning a pointer
// to the value (how protocol-buffer messages hold nested messages and
// repeated fields). The getter's return type is the value's type, so
// setters that are templates (a message's string setters) count too.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_SETTERS_H
#define ITDD_ANALYSIS_MAP_SETTERS_H

#include "clang/AST/DeclCXX.h"
#include <string>
#include <vector>

namespace itdd {

struct AccessorPair {
  /// The getter's name: the value's name in a builder.
  std::string Name;
  /// The value's type, without reference or const.
  clang::QualType Type;
  /// The member function that sets it.
  std::string Setter;
  /// Setter returns a pointer to assign through (`*M.mutable_x() = v`)
  /// rather than taking the value (`M.set_x(v)`).
  bool ThroughPointer = false;
};

/// The values RD's own public accessors set, in the order their getters are
/// declared.
std::vector<AccessorPair> accessorPairs(const clang::CXXRecordDecl *RD);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_SETTERS_H
