//===--- ProjectStructure.cpp - who implements and who is handed what -----===//

#include "analysis/roles/ProjectStructure.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "analysis/roles/ProjectFiles.h"

using namespace clang;

namespace itdd {

ProjectStructure::ProjectStructure(
    const ASTContext &Ctx, ProjectFiles &Files,
    llvm::function_ref<bool(const CXXRecordDecl *)> IsMock) {
  auto NoteReturned = [&](const FunctionDecl *FD) {
    if (const CXXRecordDecl *Out = recordOf(FD->getReturnType()))
      Returned.insert(canonicalRecord(Out));
    // An out-parameter hands out too: `DB **Out`, `std::unique_ptr<DB> *`,
    // `DB *&Out`.
    for (const ParmVarDecl *P : FD->parameters())
      if (const CXXRecordDecl *Out = handedOutThrough(P->getType()))
        Returned.insert(canonicalRecord(Out));
  };
  Files.forEachProjectDecl(Ctx, [&](const Decl *D) {
    if (Files.isTestCodeLocation(D->getLocation()))
      return true;
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      // Member functions are looked at with their class, below.
      if (!isa<CXXMethodDecl>(FD))
        NoteReturned(FD);
      return true;
    }
    const auto *RD = dyn_cast<CXXRecordDecl>(D);
    if (!RD || IsMock(RD))
      return true;
    // Assignment and builder-style methods hand back their own object; a
    // static one (`static std::unique_ptr<DB> Open()`) builds a new one.
    for (const CXXMethodDecl *M : RD->methods())
      if (!M->isImplicit() && !M->isCopyAssignmentOperator() &&
          !M->isMoveAssignmentOperator() &&
          (M->isStatic() || canonicalRecord(recordOf(M->getReturnType())) !=
                                canonicalRecord(RD)))
        NoteReturned(M);
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = baseClassOf(B))
        Implemented.insert(canonicalRecord(Base));
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isCopyOrMoveConstructor())
        continue;
      for (const ParmVarDecl *P : Ctor->parameters())
        if (const CXXRecordDecl *Dep = recordOf(P->getType()))
          Injected.insert(canonicalRecord(Dep));
    }
    return true;
  });
}

bool ProjectStructure::isImplemented(const CXXRecordDecl *RD) const {
  return Implemented.count(canonicalRecord(RD)) != 0;
}

bool ProjectStructure::isCallbackInterface(
    const CXXRecordDecl *RD, ProjectFiles &Files,
    llvm::function_ref<Role(const CXXRecordDecl *)> RoleOf) const {
  // A partial implementation of one of the project's own interfaces (an
  // abstract `NoopStorage : public Storage`) belongs with that interface.
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = baseClassOf(B);
    if (Base && Files.isProjectDecl(Base) &&
        RoleOf(Base) != Role::ExternalBoundary)
      return false;
  }
  const CXXRecordDecl *Canon = canonicalRecord(RD);
  return !Implemented.count(Canon) && !Injected.count(Canon) &&
         !Returned.count(Canon);
}

} // namespace itdd
