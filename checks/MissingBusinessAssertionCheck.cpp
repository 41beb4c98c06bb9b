//===--- MissingBusinessAssertionCheck.cpp - clang-tidy -------------------===//
//
// The rule: an integration test must assert the business outcome. Here
// live what counts as a set-up assertion and what as an outcome; the walk
// in analysis/TestAnalysis.cpp only collects the assertions a test reaches.
//
//===----------------------------------------------------------------------===//

#include "MissingBusinessAssertionCheck.h"
#include "analysis/GTestModel.h"

namespace clang::tidy::itdd {

using ::itdd::ignoreWrappers;
using ::itdd::isOwningSmartPointer;

namespace {

/// What an assertion checks, as far as the method cares.
enum class AssertionKind {
  Setup,    ///< Non-null, no-throw, "system assembled".
  Business, ///< Anything else: the outcome of the journey.
};

bool isNullPointerLiteral(const Expr *E) {
  E = ignoreWrappers(E);
  return isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E);
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
                isNullPointerLiteral(BO->getRHS()));
      return false;
    }
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return BO->getOpcode() == BO_NE &&
           (isNullPointerLiteral(BO->getLHS()) ||
            isNullPointerLiteral(BO->getRHS()));
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getOperator() == OO_ExclaimEqual &&
           llvm::any_of(OC->arguments(), isNullPointerLiteral);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *Conv =
            dyn_cast_or_null<CXXConversionDecl>(MC->getMethodDecl()))
      return Conv->getConversionType()->isBooleanType() &&
             isOwningSmartPointer(MC->getImplicitObjectArgument()->getType());
  QualType T = E->getType();
  return T->isPointerType() || isOwningSmartPointer(T);
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

AssertionKind classifyOperands(llvm::StringRef Macro,
                                      llvm::ArrayRef<const Expr *> Operands) {
  if (Macro.contains("NO_THROW") || Macro.contains("NO_FATAL_FAILURE"))
    return AssertionKind::Setup;
  if (Macro.ends_with("_NE") && llvm::any_of(Operands, isNullPointerLiteral))
    return AssertionKind::Setup;
  if (Macro.ends_with("_TRUE") && Operands.size() == 1 &&
      (isPointerPresenceCheck(Operands[0]) || isReadinessCall(Operands[0])))
    return AssertionKind::Setup;
  // EXPECT_FALSE(c) checks !(c): the operand carries the negation, and
  // isPointerPresenceCheck reads `!(p == nullptr)` as a presence check.
  if (Macro.ends_with("_FALSE") && Operands.size() == 1) {
    const auto *Negation = dyn_cast<UnaryOperator>(ignoreWrappers(Operands[0]));
    if (Negation && Negation->getOpcode() == UO_LNot &&
        isPointerPresenceCheck(Negation))
      return AssertionKind::Setup;
  }
  if (Macro.ends_with("_THAT") &&
      llvm::any_of(Operands, [](const Expr *E) {
        return callsMatcherNamed(E, "NotNull");
      }))
    return AssertionKind::Setup;
  return AssertionKind::Business;
}


/// Set-up or outcome: no-throw around an action (a member function of a
/// real component, not its construction) says the action succeeds, which is
/// an outcome.
AssertionKind classify(const ::itdd::ReachedAssertion &A) {
  llvm::StringRef Macro = A.Site->Macro;
  if (A.GuardsAction && Macro.contains("NO_THROW"))
    return AssertionKind::Business;
  return classifyOperands(Macro, A.Site->Operands);
}

} // namespace

void MissingBusinessAssertionCheck::checkFile(
    ::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    unsigned Business = T.BoundaryExpectations, Setup = 0;
    for (const ::itdd::ReachedAssertion &A : T.Assertions)
      (classify(A) == AssertionKind::Business ? Business : Setup)++;
    if (Business > 0)
      continue;
    // An unseen helper may assert what the test is about.
    if (T.Undecided) {
      Undecided.push_back(&T);
      continue;
    }
    if (T.InternalExpectations > 0)
      diag(T.Loc, "integration test '%0' only expects calls on mocks of the "
                  "application's own components; assert the business outcome "
                  "of the journey instead")
          << T.Name;
    else if (Setup == 0)
      diag(T.Loc, "integration test '%0' asserts nothing; check the business "
                  "outcome of the journey (the state it leaves, the answer "
                  "the user gets, or a call on an external boundary)")
          << T.Name;
    else
      diag(T.Loc, "integration test '%0' only checks that the system was set "
                  "up; assert the business outcome of the journey instead")
          << T.Name;
  }
  noteUndecided(Analysis, Undecided);
}

} // namespace clang::tidy::itdd
