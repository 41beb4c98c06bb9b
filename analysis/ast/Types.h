//===--- Types.h - the class behind a type ---------------------*- C++ -*-===//
//
// Generic helpers over types: the class an object of a type is (through
// references, pointers and the standard owners), the class a base names,
// and what std::make_unique-style factories create.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_AST_TYPES_H
#define ITDD_ANALYSIS_AST_TYPES_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"

namespace itdd {

/// The class an object of type T is, seen through references, pointers,
/// arrays and (when asked) std::unique_ptr, std::shared_ptr, std::weak_ptr,
/// std::optional and std::reference_wrapper.
const clang::CXXRecordDecl *recordOf(clang::QualType T,
                                     bool ThroughPointers = true);

/// True for std::unique_ptr / std::shared_ptr (through a reference).
bool isOwningSmartPointer(clang::QualType T);

/// The class of the elements of a standard sequence or set of type T
/// (`std::vector<Node>`, `std::list<std::unique_ptr<Job>>`), seen as
/// recordOf sees them; null for any other type.
const clang::CXXRecordDecl *elementRecordOf(clang::QualType T);

/// The class a parameter of type T hands out as an out-parameter
/// (`DB **`, `std::unique_ptr<DB> *`, `DB *&`); null for any other type.
const clang::CXXRecordDecl *handedOutThrough(clang::QualType T);

/// The class a base specifier names; for a dependent base (a fixture
/// template, as TYPED_TEST uses) the template's pattern, through alias
/// templates.
const clang::CXXRecordDecl *baseClassOf(const clang::CXXBaseSpecifier &B);

/// The class a factory template call creates: the class named as its
/// first template argument at the call, when the call returns it by
/// pointer or owning smart pointer (std::make_unique<T>, std::make_shared,
/// absl::make_unique, a project's own `create<T>()`).
const clang::CXXRecordDecl *madeByFactoryTemplate(const clang::CallExpr *CE);

/// The constructor of Made that a factory template call CE
/// (`std::make_unique<T>(...)`, `std::make_shared<T>(...)`) runs, found in
/// the template's instantiated body and the library templates it calls;
/// null when no instantiation shows it.
const clang::CXXConstructorDecl *
constructorRunBy(const clang::CallExpr *CE, const clang::CXXRecordDecl *Made);

} // namespace itdd

#endif // ITDD_ANALYSIS_AST_TYPES_H
