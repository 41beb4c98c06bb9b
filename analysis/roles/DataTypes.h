//===--- DataTypes.h - data or component, by structure ---------*- C++ -*-===//
//
// The one decision of whether a class is data (no role, not counted, not
// wired, built with builders) or a component, read from its structure.
// The map, the checks and the generators ask it through the role.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ROLES_DATATYPES_H
#define ITDD_ANALYSIS_ROLES_DATATYPES_H

#include "clang/AST/DeclCXX.h"

namespace itdd {

/// Data, not a component: plain data (public fields and special members,
/// with fluent setters, const helpers and named constructors over those
/// fields at most), a value class whose private fields are only read
/// through getters and compared, a value (copyable, not polymorphic, all
/// fields data, changed only through operators and setters, used as a
/// value), a record (every field public and data, a callback slot or an
/// instance of a class template over data, whatever its members do with
/// them), or a class of static members only
/// (a namespace in a class's clothes). Def must be a definition.
bool isDataByStructure(const clang::CXXRecordDecl *Def);

/// Which kind of data isDataByStructure found, for `itdd explain`.
enum class DataKind {
  NotData,
  Fields,        ///< Public data members and special members.
  ValueClass,    ///< Private fields read through getters and compared.
  Value,         ///< Copyable, not polymorphic, data fields, no behaviour
                 ///< that changes it beyond operators and setters.
  Record,        ///< Every field public and data or a callback slot;
                 ///< members that change them are conveniences.
  StaticMembers, ///< Nothing but static members.
};
DataKind dataKindOf(const clang::CXXRecordDecl *Def);

} // namespace itdd

#endif // ITDD_ANALYSIS_ROLES_DATATYPES_H
