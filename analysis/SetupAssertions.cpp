//===--- SetupAssertions.cpp - assertions that only check assembly --------===//

#include "analysis/SetupAssertions.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Exprs.h"
#include "analysis/ast/Types.h"

using namespace clang;

namespace itdd {

namespace {

bool isNullPointerLiteral(const Expr *E) {
  E = ignoreWrappers(E);
  return isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E);
}

/// A raw pointer to a value (`char *` from strstr, `int *` from a lookup):
/// whether it is null is what an action returned, not whether a part of
/// the system was assembled.
bool pointsToValue(const Expr *E) {
  QualType T = ignoreWrappers(E)->getType();
  return T->isPointerType() && !T->getPointeeType()->isRecordType() &&
         !T->getPointeeType()->isVoidType();
}

/// The operand of a null comparison that is not the null literal.
const Expr *comparedWithNull(const Expr *LHS, const Expr *RHS) {
  return isNullPointerLiteral(LHS) ? RHS : LHS;
}

/// `p`, `p != nullptr`, `!(p == nullptr)`, `p.get() != nullptr` for a
/// pointer or smart pointer p.
bool isPointerPresenceCheck(const Expr *E) {
  E = ignoreWrappers(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_LNot) {
      const Expr *Inner = ignoreWrappers(UO->getSubExpr());
      if (const auto *BO = dyn_cast<BinaryOperator>(Inner))
        return BO->getOpcode() == BO_EQ &&
               (isNullPointerLiteral(BO->getLHS()) ||
                isNullPointerLiteral(BO->getRHS())) &&
               !pointsToValue(comparedWithNull(BO->getLHS(), BO->getRHS()));
      return false;
    }
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return BO->getOpcode() == BO_NE &&
           (isNullPointerLiteral(BO->getLHS()) ||
            isNullPointerLiteral(BO->getRHS())) &&
           !pointsToValue(comparedWithNull(BO->getLHS(), BO->getRHS()));
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getOperator() == OO_ExclaimEqual &&
           llvm::any_of(OC->arguments(), isNullPointerLiteral);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *Conv =
            dyn_cast_or_null<CXXConversionDecl>(MC->getMethodDecl()))
      return Conv->getConversionType()->isBooleanType() &&
             isOwningSmartPointer(MC->getImplicitObjectArgument()->getType());
  QualType T = E->getType();
  return (T->isPointerType() && !pointsToValue(E)) || isOwningSmartPointer(T);
}

/// `system.isReady()`, `db.isOpen()`: the question "was it assembled?".
bool isReadinessCall(const Expr *E) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(ignoreWrappers(E));
  const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
  if (!M || !M->getIdentifier())
    return false;
  const char *const Names[] = {
      "isReady",     "isInitialized", "isInitialised", "isAssembled",
      "isConnected", "isOpen",        "isStarted",     "isRunning",
      "isAlive",     "isHealthy",     "isWired",       "ready",
      "initialized", "assembled",     "connected",     "healthy"};
  for (const char *N : Names)
    if (M->getName() == N)
      return true;
  return false;
}

bool callsMatcherNamed(const Expr *E, llvm::StringRef Name) {
  E = ignoreWrappers(E);
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      return FD->getIdentifier() && FD->getName() == Name;
  return false;
}

bool setupOperands(llvm::StringRef Macro, llvm::ArrayRef<const Expr *> Operands) {
  if (Macro.contains("NO_THROW") || Macro.contains("NO_FATAL_FAILURE"))
    return true;
  if (Macro.ends_with("_NE") && llvm::any_of(Operands, isNullPointerLiteral) &&
      llvm::none_of(Operands, pointsToValue))
    return true;
  if (Macro.ends_with("_TRUE") && Operands.size() == 1 &&
      (isPointerPresenceCheck(Operands[0]) || isReadinessCall(Operands[0])))
    return true;
  // EXPECT_FALSE(c) checks !(c): the operand carries the negation, and
  // isPointerPresenceCheck reads `!(p == nullptr)` as a presence check.
  if (Macro.ends_with("_FALSE") && Operands.size() == 1) {
    const auto *Negation = dyn_cast<UnaryOperator>(ignoreWrappers(Operands[0]));
    if (Negation && Negation->getOpcode() == UO_LNot &&
        isPointerPresenceCheck(Negation))
      return true;
  }
  if (Macro.ends_with("_THAT") &&
      llvm::any_of(Operands, [](const Expr *E) {
        return callsMatcherNamed(E, "NotNull");
      }))
    return true;
  return false;
}


} // namespace

bool isSetupAssertion(llvm::StringRef Macro,
                      llvm::ArrayRef<const clang::Expr *> Operands,
                      bool GuardsAction) {
  // No-throw around an action (a member function of a real component, not
  // its construction) says the action succeeds: an outcome.
  if (GuardsAction && Macro.contains("NO_THROW"))
    return false;
  return setupOperands(Macro, Operands);
}

bool checksOnlySetup(const ReachedAssertion &A) {
  return A.InFixtureLifecycle ||
         isSetupAssertion(A.Site->Macro, A.Site->Operands, A.GuardsAction);
}

} // namespace itdd
