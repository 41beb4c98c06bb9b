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

/// `static Limits none()`: a named constructor of RD.
static bool isNamedConstructor(const CXXMethodDecl *M,
                               const CXXRecordDecl *RD) {
  return M->isStatic() &&
         canonicalRecord(M->getReturnType()->getAsCXXRecordDecl()) ==
             canonicalRecord(RD);
}

/// `T &withName(...)`: a fluent setter that hands back the object it fills.
static bool isFluentSetter(const CXXMethodDecl *M, const CXXRecordDecl *RD) {
  QualType R = M->getReturnType();
  return !M->isStatic() && R->isLValueReferenceType() &&
         canonicalRecord(R.getNonReferenceType()->getAsCXXRecordDecl()) ==
             canonicalRecord(RD);
}

/// Copies of it are independent objects: its copy constructor is public
/// and not deleted, written or implicit.
static bool isCopyable(const CXXRecordDecl *RD) {
  if (RD->needsImplicitCopyConstructor())
    return RD->needsOverloadResolutionForCopyConstructor() ||
           !RD->defaultedCopyConstructorIsDeleted();
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor() && !Ctor->isDeleted() &&
        Ctor->getAccess() == AS_public)
      return true;
  return false;
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
    if (isFluentSetter(M, RD) || (M->isConst() && !M->isStatic()) ||
        isNamedConstructor(M, RD)) {
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
  // Hidden state with no way to read it but behaviour is a component, and
  // so is one that cannot be copied (it holds machinery); a constructor
  // over no state at all is one too.
  if (PrivateFields && (!Getters || !isCopyable(RD)))
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

static bool isDataType(QualType T, unsigned Depth);
static bool isValueType(const CXXRecordDecl *RD, unsigned Depth);
static bool isPublicRecord(const CXXRecordDecl *RD, unsigned Depth);

/// Every type argument of Spec is data (`vector<Row>`, `map<string, int>`).
static bool typeArgumentsAreData(const ClassTemplateSpecializationDecl *Spec,
                                 unsigned Depth) {
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
    if (A.getKind() == TemplateArgument::Type &&
        !isDataType(A.getAsType(), Depth + 1))
      return false;
  return true;
}

/// A field of this type holds data: a number, an enum, a string, a
/// standard container or wrapper of data, a pointer to characters, to a
/// function or to data, or a class that is data itself. A reference or a
/// smart pointer shares or owns an object; a mutex or a thread is
/// machinery, not data.
static bool isDataType(QualType T, unsigned Depth) {
  if (T.isNull() || Depth > 6)
    return false;
  T = T.getCanonicalType();
  if (T->isReferenceType())
    return false;
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return isDataType(AT->getElementType(), Depth + 1);
  if (T->isPointerType()) {
    QualType Pointee = T->getPointeeType();
    return Pointee->isFunctionType() || Pointee->isBuiltinType() ||
           isDataType(Pointee, Depth + 1);
  }
  if (T->isBuiltinType() || T->isEnumeralType() || T->isMemberPointerType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  if (isStdDecl(RD)) {
    if (!RD->getIdentifier() ||
        llvm::is_contained({"unique_ptr", "shared_ptr", "weak_ptr", "mutex",
                            "recursive_mutex", "shared_mutex", "thread",
                            "jthread", "condition_variable", "atomic",
                            "reference_wrapper", "function", "basic_ostream",
                            "basic_istream", "basic_fstream"},
                           RD->getName()))
      return false;
    // A standard container or wrapper is data when what it holds is.
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    return !Spec || typeArgumentsAreData(Spec, Depth);
  }
  const CXXRecordDecl *Def = RD->getDefinition();
  return isPlainData(Def) || isValueType(Def, Depth + 1) ||
         isPublicRecord(Def, Depth + 1);
}

/// `std::function<bool()> is_connection_closed`: a slot a record carries
/// for whoever fills it in, as a request carries its progress handler.
static bool isCallbackSlot(QualType T) {
  const CXXRecordDecl *RD = T.getCanonicalType()->getAsCXXRecordDecl();
  return RD && isStdDecl(RD) && RD->getIdentifier() &&
         RD->getName() == "function";
}

/// `insertion_ordered_multimap<std::string, case_equal>`: a copyable
/// instance of one of the project's class templates over data, as a
/// container of its own is; a class template gets no component role.
static bool isDataTemplateInstance(QualType T, unsigned Depth) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getCanonicalType()->getAsCXXRecordDecl());
  if (!Spec || !Spec->hasDefinition() || Spec->isPolymorphic() ||
      !isCopyable(Spec))
    return false;
  return typeArgumentsAreData(Spec, Depth);
}

/// A record: every field public and data (or a callback slot, or an
/// instance of a class template over data), copyable, not polymorphic,
/// every base data. Anyone can read and write its state,
/// so it keeps no invariant of its own; members that change it
/// (`set_header`, `reset()`) are conveniences over that data, as a
/// request's or an address's are. A class that hides its state behind
/// such members (an in-memory store) is not one.
static bool isPublicRecord(const CXXRecordDecl *RD, unsigned Depth) {
  if (Depth > 6 || RD->isPolymorphic() || RD->isLambda() || RD->isUnion() ||
      RD->isDependentContext() || RD->field_empty() || !isCopyable(RD))
    return false;
  for (const FieldDecl *F : RD->fields())
    if (F->getAccess() != AS_public ||
        !(isDataType(F->getType(), Depth + 1) || isCallbackSlot(F->getType()) ||
          isDataTemplateInstance(F->getType(), Depth + 1)))
      return false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (B.getAccessSpecifier() != AS_public ||
        !(isStdValueBase(Base) || isDataType(B.getType(), Depth + 1)))
      return false;
  }
  return true;
}

/// `void setName(T V) { Name = V; }` (also through std::move, and
/// `return *this;` after it): stores one parameter in one field.
static bool isSetter(const CXXMethodDecl *M) {
  if (M->isStatic() || M->isConst() || M->getNumParams() != 1)
    return false;
  const FunctionDecl *Def = nullptr;
  if (!M->hasBody(Def) || !Def)
    return false;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() == 0 || Body->size() > 2)
    return false;
  if (Body->size() == 2) {
    const auto *Return = dyn_cast<ReturnStmt>(Body->body_back());
    const auto *Deref = Return ? dyn_cast_or_null<UnaryOperator>(
                                     ignoreWrappers(Return->getRetValue()))
                               : nullptr;
    if (!Deref || Deref->getOpcode() != UO_Deref ||
        !isa<CXXThisExpr>(Deref->getSubExpr()->IgnoreParenImpCasts()))
      return false;
  }
  const Expr *Target = nullptr, *Value = nullptr;
  const auto *First = dyn_cast<Expr>(Body->body_front());
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(First)) {
    if (Assign->getOpcode() != BO_Assign)
      return false;
    Target = Assign->getLHS();
    Value = Assign->getRHS();
  } else if (const auto *Call = dyn_cast_or_null<CXXOperatorCallExpr>(First)) {
    if (Call->getOperator() != OO_Equal || Call->getNumArgs() != 2)
      return false;
    Target = Call->getArg(0);
    Value = Call->getArg(1);
  } else {
    return false;
  }
  const auto *Field = dyn_cast<MemberExpr>(ignoreWrappers(Target));
  Value = ignoreWrappers(Value);
  if (const auto *Move = dyn_cast<CallExpr>(Value))
    if (Move->getNumArgs() == 1 && Move->getDirectCallee() &&
        isStdDecl(Move->getDirectCallee()))
      Value = ignoreWrappers(Move->getArg(0));
  const auto *Param = dyn_cast<DeclRefExpr>(Value);
  return Field && isa<FieldDecl>(Field->getMemberDecl()) && Param &&
         Param->getDecl() == Def->getParamDecl(0);
}

/// An implicit conversion from a number, characters or a standard type
/// (`Name(const char *)`, `Seconds(long)`): a value built from a value.
/// One from a project class is a service built from its parts.
static bool convertsFromPlainValue(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isPointerType())
    return T->getPointeeType()->isAnyCharacterType();
  if (T->isBuiltinType() || T->isEnumeralType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD && isStdDecl(RD);
}

/// A value: copyable, no virtual members, every base and field data, and
/// no behaviour that changes it beyond its operators and setters (const
/// members may compute from it: `ok()`, `size()`, `toString()`). It also
/// shows it is used as a value: it compares, converts or computes with
/// operators, converts implicitly from data, builds on a standard value
/// type, or has a getter, a setter or a named constructor. A bitmask on
/// std::bitset, a string-like class, an iterator, a return code and a
/// duration are values; a class with a mutating member is a component.
static bool isValueType(const CXXRecordDecl *RD, unsigned Depth) {
  if (Depth > 6 || RD->isPolymorphic() || RD->isLambda() ||
      RD->isDependentContext() || !isCopyable(RD))
    return false;
  bool HoldsData = false, Shown = false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (isStdValueBase(Base) || isDataType(B.getType(), Depth + 1))
      HoldsData = Shown = true;
    else
      return false;
  }
  for (const FieldDecl *F : RD->fields()) {
    if (!isDataType(F->getType(), Depth + 1))
      return false;
    HoldsData = true;
  }
  if (!HoldsData)
    return false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isImplicit() || isa<CXXDestructorDecl>(M))
      continue;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(M)) {
      Shown |= Ctor->isConvertingConstructor(/*AllowExplicit=*/false) &&
               !Ctor->isCopyOrMoveConstructor() &&
               Ctor->getNumParams() == 1 &&
               convertsFromPlainValue(Ctor->getParamDecl(0)->getType());
      continue;
    }
    if (M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator())
      continue;
    if (M->isOverloadedOperator() || isa<CXXConversionDecl>(M) ||
        isAccessor(M) || isSetter(M) || isNamedConstructor(M, RD)) {
      Shown = true;
      continue;
    }
    if (M->isStatic() || M->isConst())
      continue;
    return false;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
      const auto *M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
      if (M && !isa<CXXConstructorDecl>(M) && !M->isStatic() &&
          !M->isConst() && !M->isOverloadedOperator())
        return false;
    }
  return Shown;
}

DataKind dataKindOf(const CXXRecordDecl *Def) {
  if (isPlainData(Def)) {
    bool PrivateFields = llvm::any_of(Def->fields(), [](const FieldDecl *F) {
      return F->getAccess() != AS_public;
    });
    return PrivateFields ? DataKind::ValueClass : DataKind::Fields;
  }
  if (isStaticUtility(Def))
    return DataKind::StaticMembers;
  if (isValueType(Def, 0))
    return DataKind::Value;
  if (isPublicRecord(Def, 0))
    return DataKind::Record;
  return DataKind::NotData;
}

bool isDataByStructure(const CXXRecordDecl *Def) {
  return dataKindOf(Def) != DataKind::NotData;
}

} // namespace itdd
