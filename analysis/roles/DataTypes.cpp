//===--- DataTypes.cpp - data or component, by structure -----------------===//

#include "analysis/roles/DataTypes.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Exprs.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace itdd {

static bool isSpecialMember(const CXXMethodDecl *M) {
  return isa<CXXConstructorDecl>(M) || isa<CXXDestructorDecl>(M) ||
         M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator();
}

/// A base from the standard library that only gives a value type its
/// representation (std::string, a container, std::array): not behaviour.
static bool isStdValueBase(const CXXRecordDecl *Base) {
  return Base && inTopLevelNamespace(Base, "std") && !Base->isPolymorphic() &&
         Base->getIdentifier() &&
         !llvm::is_contained({"enable_shared_from_this", "thread", "mutex"},
                             Base->getName());
}

/// `T name() const { return Field; }`: reads a field and does nothing else.
static bool isAccessor(const CXXMethodDecl *M) {
  if (M->isStatic() || !M->isConst() || M->getNumParams() != 0)
    return false;
  const FunctionDecl *Def = nullptr;
  if (!M->hasBody(Def) || !Def)
    return false;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return false;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  if (!Return || !Return->getRetValue())
    return false;
  // Through the copy that returning a field by value makes.
  const Expr *E = ignoreWrappers(Return->getRetValue());
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const auto *Copy = dyn_cast<CXXConstructExpr>(E);
    if (!Copy)
      break;
    if (Copy->getNumArgs() != 1)
      return false;
    E = ignoreWrappers(Copy->getArg(0));
  }
  const auto *Member = dyn_cast_or_null<MemberExpr>(E);
  return Member && isa<FieldDecl>(Member->getMemberDecl()) &&
         isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts());
}

/// `T &withName(...)`: a fluent setter that hands back the object it fills.
static bool isFluentSetter(const CXXMethodDecl *M, const CXXRecordDecl *RD) {
  QualType R = M->getReturnType();
  return !M->isStatic() && R->isLValueReferenceType() &&
         canonicalRecord(R.getNonReferenceType()->getAsCXXRecordDecl()) ==
             canonicalRecord(RD);
}

/// Data, not a component: nothing but public data members and special
/// members (a request, a config struct, with fluent setters, const helpers
/// and named constructors over those public fields at most), or a value
/// class whose private fields are only read through getters (each returns a field,
/// nothing more) and compared. A class with behaviour beyond that is a
/// component.
static bool isPlainData(const CXXRecordDecl *RD, unsigned Depth = 0) {
  if (Depth > 8 || RD->isPolymorphic() || RD->isLambda())
    return false;
  // Getters read private fields; fluent setters and const helpers
  // (`getPollTimeout() const`) only describe public ones.
  bool UserConstructor = false, Getters = false, Describers = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isImplicit())
      continue;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(M)) {
      // `explicit tag_t() = default;` gives a tag type no behaviour.
      UserConstructor |= !Ctor->isCopyOrMoveConstructor() &&
                         !(Ctor->isDefaulted() && Ctor->getNumParams() == 0);
      continue;
    }
    if (isSpecialMember(M) || M->isOverloadedOperator() ||
        isa<CXXConversionDecl>(M))
      continue;
    if (isAccessor(M)) {
      Getters = true;
      continue;
    }
    // `static Limits none()`: a named constructor of the data.
    bool NamedConstructor =
        M->isStatic() &&
        canonicalRecord(M->getReturnType()->getAsCXXRecordDecl()) ==
            canonicalRecord(RD);
    if (isFluentSetter(M, RD) || (M->isConst() && !M->isStatic()) ||
        NamedConstructor) {
      Describers = true;
      continue;
    }
    return false;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
      const auto *M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
      if (!M || isa<CXXConstructorDecl>(M))
        continue;
      if (!isFluentSetter(M, RD))
        return false;
      Describers = true;
    }
  bool HasFields = false, PrivateFields = false;
  for (const FieldDecl *F : RD->fields()) {
    HasFields = true;
    PrivateFields |= F->getAccess() != AS_public;
  }
  if (Describers && (PrivateFields || !HasFields))
    return false;
  bool StdBase = false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (isStdValueBase(Base)) {
      StdBase = true;
      continue;
    }
    if (!Base || !Base->hasDefinition() ||
        !isPlainData(Base->getDefinition(), Depth + 1))
      return false;
  }
  // Hidden state with no way to read it but behaviour is a component; a
  // constructor over no state at all is one too.
  if (PrivateFields && !Getters)
    return false;
  if (!HasFields && !StdBase && UserConstructor)
    return false;
  return true;
}

/// Nothing but static members: a namespace in a class's clothes, which no
/// one builds or wires.
static bool isStaticUtility(const CXXRecordDecl *RD) {
  if (RD->isPolymorphic() || !RD->field_empty() || RD->getNumBases() != 0)
    return false;
  bool AnyStatic = false;
  for (const Decl *D : RD->decls()) {
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      D = FT->getTemplatedDecl();
    if (const auto *M = dyn_cast<CXXMethodDecl>(D)) {
      if (M->isImplicit() || isa<CXXConstructorDecl>(M) ||
          isa<CXXDestructorDecl>(M))
        continue;
      if (!M->isStatic())
        return false;
      AnyStatic = true;
    } else if (const auto *V = dyn_cast<VarDecl>(D)) {
      AnyStatic |= V->isStaticDataMember();
    }
  }
  return AnyStatic;
}

bool isDataByStructure(const CXXRecordDecl *Def) {
  return isPlainData(Def) || isStaticUtility(Def);
}

} // namespace itdd
