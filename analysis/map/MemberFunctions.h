//===--- MemberFunctions.h - what a mock of a class overrides --*- C++ -*-===//
//
// Describes the member functions of a class (its bases' included) as
// `itdd gen mocks` needs them, and the classes their signatures name with
// the headers that define them.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_MEMBERFUNCTIONS_H
#define ITDD_ANALYSIS_MAP_MEMBERFUNCTIONS_H

#include "analysis/map/DataTypeCollector.h"
#include "analysis/map/SourceNames.h"
#include "core/DependencyMap.h"
#include "clang/AST/DeclCXX.h"
#include <vector>

namespace itdd {

/// Fills C.Methods and C.MethodTypes from RD; returns the declarations of
/// the virtual functions among the methods.
std::vector<const clang::CXXMethodDecl *>
describeMemberFunctions(const clang::CXXRecordDecl *RD,
                        const SourceNames &Names, const DataTypeCollector &Data,
                        Component &C);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_MEMBERFUNCTIONS_H
