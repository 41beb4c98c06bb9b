//===--- ProjectStructure.h - who implements and who is handed what -*- C++ -*-===//
//
// The structural boundary decision: an abstract interface of the project
// that nothing in the project implements, takes as a dependency or hands
// out is a callback its users implement (an external boundary, whatever
// its name). Built once per translation unit, over the project's own
// declarations outside test code.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ROLES_PROJECTSTRUCTURE_H
#define ITDD_ANALYSIS_ROLES_PROJECTSTRUCTURE_H

#include "core/Roles.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace itdd {

class ProjectFiles;

class ProjectStructure {
public:
  /// Indexes the project's declarations of Ctx; IsMock tells the mocks,
  /// whose bases say nothing about the product.
  ProjectStructure(const clang::ASTContext &Ctx, ProjectFiles &Files,
                   llvm::function_ref<bool(const clang::CXXRecordDecl *)> IsMock);

  /// A class of the project's own (outside test code) derives from RD, even
  /// one the map does not list (a file's private implementation in an
  /// anonymous namespace).
  bool isImplemented(const clang::CXXRecordDecl *RD) const;

  /// The boundary decision by structure, for an abstract class of the
  /// project's own: nothing in the project implements it, takes it in a
  /// constructor or hands it out, and it does not partly implement one of
  /// the project's own interfaces (RoleOf gives a base's role).
  bool isCallbackInterface(
      const clang::CXXRecordDecl *RD, ProjectFiles &Files,
      llvm::function_ref<Role(const clang::CXXRecordDecl *)> RoleOf) const;

private:
  /// Interfaces a non-test class of the project derives from.
  llvm::DenseSet<const clang::CXXRecordDecl *> Implemented;
  /// Classes a project constructor takes (by reference, pointer, smart
  /// pointer or value): injected dependencies, not callbacks.
  llvm::DenseSet<const clang::CXXRecordDecl *> Injected;
  /// Classes a project function hands out (`createConnection()` returning
  /// `unique_ptr<IConnection>`): the project's own interface, implemented
  /// out of sight.
  llvm::DenseSet<const clang::CXXRecordDecl *> Returned;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_ROLES_PROJECTSTRUCTURE_H
