//===--- Types.cpp - the class behind a type ------------------------------===//

#include "analysis/ast/Types.h"
#include "analysis/ast/Decls.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace itdd {

/// The class a (possibly dependent) type names: through alias templates
/// (`template <class T> using Suite = Fixture<T>;`, as typed suites are
/// often declared) to the class template's pattern.
static const CXXRecordDecl *classOfType(QualType T, unsigned Depth) {
  if (T.isNull() || Depth > 8)
    return nullptr;
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD;
  const auto *TST = T->getAs<TemplateSpecializationType>();
  if (!TST)
    return nullptr;
  if (TST->isTypeAlias())
    return classOfType(TST->getAliasedType(), Depth + 1);
  TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl();
  if (auto *CT = dyn_cast_or_null<ClassTemplateDecl>(TD))
    return CT->getTemplatedDecl();
  if (auto *Alias = dyn_cast_or_null<TypeAliasTemplateDecl>(TD))
    return classOfType(Alias->getTemplatedDecl()->getUnderlyingType(),
                       Depth + 1);
  return nullptr;
}

const CXXRecordDecl *baseClassOf(const CXXBaseSpecifier &B) {
  return classOfType(B.getType(), 0);
}

static const ClassTemplateSpecializationDecl *
stdTemplate(QualType T, std::initializer_list<llvm::StringRef> Names) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getCanonicalType()->getAsCXXRecordDecl());
  if (!Spec || !isStdDecl(Spec) || !Spec->getIdentifier())
    return nullptr;
  for (llvm::StringRef N : Names)
    if (Spec->getName() == N)
      return Spec;
  return nullptr;
}

bool isOwningSmartPointer(QualType T) {
  return stdTemplate(T.getNonReferenceType(), {"unique_ptr", "shared_ptr"});
}

const CXXRecordDecl *elementRecordOf(QualType T) {
  const auto *Spec =
      stdTemplate(T.getNonReferenceType(),
                  {"vector", "list", "deque", "forward_list", "array", "set",
                   "multiset", "unordered_set", "unordered_multiset"});
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return nullptr;
  return recordOf(Spec->getTemplateArgs()[0].getAsType());
}

const CXXRecordDecl *handedOutThrough(QualType T) {
  if (!T->isPointerType() && !T->isReferenceType())
    return nullptr;
  QualType Pointee = T->getPointeeType();
  if (Pointee.isConstQualified() ||
      !(Pointee->isPointerType() || isOwningSmartPointer(Pointee)))
    return nullptr;
  return recordOf(Pointee);
}

const CXXRecordDecl *recordOf(QualType T, bool ThroughPointers) {
  for (unsigned Depth = 0; !T.isNull() && Depth < 8; ++Depth) {
    T = T.getNonReferenceType();
    if (const ArrayType *AT = T->getAsArrayTypeUnsafe()) {
      T = AT->getElementType();
      continue;
    }
    if (ThroughPointers && T->isPointerType()) {
      T = T->getPointeeType();
      continue;
    }
    if (ThroughPointers)
      if (const auto *Spec =
              stdTemplate(T, {"unique_ptr", "shared_ptr", "weak_ptr",
                              "optional", "reference_wrapper"})) {
        const TemplateArgumentList &Args = Spec->getTemplateArgs();
        if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
          return nullptr;
        T = Args[0].getAsType();
        continue;
      }
    return T->getAsCXXRecordDecl();
  }
  return nullptr;
}

namespace {

/// Looks for the construction of one class in a function template's
/// instantiated body, through the templates it calls.
class ConstructionFinder {
public:
  explicit ConstructionFinder(const CXXRecordDecl *Made)
      : Made(Made->getCanonicalDecl()) {}

  const CXXConstructorDecl *inFunction(const FunctionDecl *FD,
                                       unsigned Depth) {
    if (!FD || Depth > MaxDepth || !FD->isTemplateInstantiation() ||
        !Visited.insert(FD->getCanonicalDecl()).second)
      return nullptr;
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Def)
      return nullptr;
    return inStatement(Def->getBody(), Depth);
  }

private:
  /// make_shared reaches the construction through allocate_shared, the
  /// shared pointer's constructors, the allocator and construct_at.
  static constexpr unsigned MaxDepth = 10;

  const CXXConstructorDecl *inStatement(const Stmt *S, unsigned Depth) {
    if (!S)
      return nullptr;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      const CXXRecordDecl *RD = Construct->getType()->getAsCXXRecordDecl();
      if (RD && RD->getCanonicalDecl() == Made)
        return Construct->getConstructor();
      if (const CXXConstructorDecl *Found =
              inFunction(Construct->getConstructor(), Depth + 1))
        return Found;
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (const CXXConstructorDecl *Found =
              inFunction(Call->getDirectCallee(), Depth + 1))
        return Found;
    }
    for (const Stmt *Child : S->children())
      if (const CXXConstructorDecl *Found = inStatement(Child, Depth))
        return Found;
    return nullptr;
  }

  const CXXRecordDecl *Made;
  llvm::SmallPtrSet<const FunctionDecl *, 16> Visited;
};

} // namespace

const CXXConstructorDecl *constructorRunBy(const CallExpr *CE,
                                           const CXXRecordDecl *Made) {
  if (!CE || !Made)
    return nullptr;
  return ConstructionFinder(Made).inFunction(CE->getDirectCallee(), 0);
}

const CXXRecordDecl *madeByFactoryTemplate(const CallExpr *CE) {
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  const TemplateArgumentList *Args =
      FD ? FD->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() == 0 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  // The type is named at the call (make_unique<T>(...)), not deduced from
  // an argument the call only wraps or moves.
  const auto *Ref = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreImplicit());
  if (!Ref || !Ref->hasExplicitTemplateArgs())
    return nullptr;
  const CXXRecordDecl *Given = recordOf(Args->get(0).getAsType(), false);
  const CXXRecordDecl *Made = recordOf(FD->getReturnType());
  if (!Given || !Made || Given->getCanonicalDecl() != Made->getCanonicalDecl())
    return nullptr;
  return Made;
}

} // namespace itdd
