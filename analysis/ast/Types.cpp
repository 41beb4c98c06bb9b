//===--- Types.cpp - the class behind a type ------------------------------===//

#include "analysis/ast/Types.h"
#include "analysis/ast/Decls.h"
#include "clang/AST/DeclTemplate.h"

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
