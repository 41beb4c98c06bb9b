//===--- ApiSignature.cpp - what a test's use tells of an API -------------===//

#include "analysis/ApiSignature.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

const Stmt *ApiSignature::parentOf(const Stmt *S) const {
  for (const DynTypedNode &P : Ctx.getParents(*S))
    if (const auto *PS = P.get<Stmt>())
      return PS;
  return nullptr;
}

const Decl *ApiSignature::declParentOf(const Stmt *S) const {
  for (const DynTypedNode &P : Ctx.getParents(*S))
    if (const auto *PD = P.get<Decl>())
      return PD;
  return nullptr;
}

/// A parameter type that takes what the test passes: data by const
/// reference, a component by reference, anything else by value.
std::optional<std::string> ApiSignature::parameterFor(const Expr *Arg,
                                                    MissingApi &Api) const {
  Arg = Arg->IgnoreImplicit()->IgnoreParens();
  QualType T = Arg->getType();
  if (T.isNull() || T->isDependentType() || Arg->containsErrors())
    return std::nullopt;
  T = T.getNonReferenceType();
  if (isa<StringLiteral>(Arg) || (T->isArrayType() &&
                                  T->getArrayElementTypeNoTypeQual()
                                      ->isAnyCharacterType())) {
    if (!llvm::is_contained(Api.Includes, "<string>"))
      Api.Includes.push_back("<string>");
    return std::string("const std::string &");
  }
  T = T.getUnqualifiedType();
  includeFor(T, Api);
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
    if (IsComponent(RD))
      return Names.spell(T) + " &";
    return "const " + Names.spell(T) + " &";
  }
  if (T->isNullPtrType())
    return std::nullopt;
  return Names.spell(T->isArrayType() ? Ctx.getDecayedType(T) : T);
}

bool ApiSignature::parameters(llvm::ArrayRef<const Expr *> Args,
                              MissingApi &Api) const {
  for (const Expr *A : Args) {
    std::optional<std::string> P = parameterFor(A, Api);
    if (!P)
      return false;
    Api.Params.push_back(std::move(*P));
  }
  return true;
}

/// GoogleTest's comparison of two values (EXPECT_EQ, EXPECT_LT, ...).
static bool isComparison(const CallExpr *CE) {
  const auto *Callee = dyn_cast<UnresolvedLookupExpr>(CE->getCallee());
  if (!Callee)
    return false;
  llvm::StringRef Name = Callee->getName().getAsString();
  return Name == "Compare" || Name.starts_with("CmpHelper");
}

static std::optional<QualType> typeOf(const Expr *E) {
  QualType T = E->IgnoreImplicit()->IgnoreParens()->getType();
  if (T.isNull() || T->isDependentType())
    return std::nullopt;
  return T.getNonReferenceType().getUnqualifiedType();
}

/// What the test does with the result of Call: ignores it (void), keeps
/// it in a variable of a type, compares it, tests it as a condition.
std::optional<QualType> ApiSignature::resultUse(const Expr *Call) const {
  const Stmt *Child = Call;
  const Stmt *P = parentOf(Call);
  while (P && (isa<ExprWithCleanups>(P) || isa<ImplicitCastExpr>(P) ||
               isa<ParenExpr>(P) || isa<MaterializeTemporaryExpr>(P))) {
    Child = P;
    P = parentOf(P);
  }
  if (!P) {
    if (const auto *VD = dyn_cast_or_null<VarDecl>(declParentOf(Child))) {
      QualType T = VD->getType().getNonReferenceType();
      if (T->isUndeducedType() || T->isDependentType() ||
          T->getContainedAutoType())
        return std::nullopt;
      return T.getUnqualifiedType();
    }
    return std::nullopt;
  }
  if (isa<CompoundStmt>(P))
    return Ctx.VoidTy;
  if (const auto *If = dyn_cast<IfStmt>(P); If && If->getCond() == Child)
    return Ctx.BoolTy;
  if (const auto *While = dyn_cast<WhileStmt>(P);
      While && While->getCond() == Child)
    return Ctx.BoolTy;
  if (const auto *U = dyn_cast<UnaryOperator>(P);
      U && U->getOpcode() == UO_LNot)
    return Ctx.BoolTy;
  if (const auto *B = dyn_cast<BinaryOperator>(P)) {
    if (B->isLogicalOp())
      return Ctx.BoolTy;
    if (B->isComparisonOp())
      return typeOf(B->getLHS() == Child ? B->getRHS() : B->getLHS());
  }
  if (const auto *Cast = dyn_cast<CXXUnresolvedConstructExpr>(P)) {
    // EXPECT_TRUE and EXPECT_FALSE test an AssertionResult made of it.
    const CXXRecordDecl *RD = Cast->getTypeAsWritten()->getAsCXXRecordDecl();
    if (RD && RD->getName() == "AssertionResult")
      return Ctx.BoolTy;
    return Cast->getTypeAsWritten();
  }
  // EXPECT_EQ(actual, expected) and the other comparisons: the other
  // operand's type.
  if (const auto *CE = dyn_cast<CallExpr>(P); CE && isComparison(CE) &&
                                                CE->getNumArgs() >= 2) {
    unsigned N = CE->getNumArgs();
    if (CE->getArg(N - 1) == Child)
      return typeOf(CE->getArg(N - 2));
    if (CE->getArg(N - 2) == Child)
      return typeOf(CE->getArg(N - 1));
  }
  return std::nullopt;
}

/// The header a declaration of T needs, if any.
void ApiSignature::includeFor(QualType T, MissingApi &Api) const {
  T = T.getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  const TagDecl *D = T->getAsTagDecl();
  if (!D)
    return;
  std::string Include;
  if (std::optional<std::string> Std = standardLibraryHeader(D))
    Include = "<" + *Std + ">";
  else if (const TagDecl *Def = D->getDefinition())
    Include = FileOf(Ctx.getSourceManager().getExpansionLoc(Def->getLocation()));
  if (!Include.empty() && !llvm::is_contained(Api.Includes, Include))
    Api.Includes.push_back(Include);
}

void ApiSignature::returns(const Expr *Call, MissingApi &Api) const {
  std::optional<QualType> T = resultUse(Call);
  if (!T)
    return;
  Api.Returns = Names.spell(*T);
  includeFor(*T, Api);
}

} // namespace itdd
