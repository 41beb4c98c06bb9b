//===--- GTestModel.cpp - GoogleTest and GoogleMock in the AST ------------===//

#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Exprs.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

/// True when D is named Name and lives (at any depth) in namespace testing.
static bool isTestingDecl(const NamedDecl *D, llvm::StringRef Name) {
  return D && D->getIdentifier() && D->getName() == Name &&
         inTopLevelNamespace(D, "testing");
}

static bool derivesFromTest(const CXXRecordDecl *RD, unsigned Depth) {
  if (!RD || Depth > 16)
    return false;
  if (isTestingDecl(RD, "Test"))
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (derivesFromTest(baseClassOf(B), Depth + 1))
      return true;
  return false;
}

bool isGTestFixtureOrTest(const CXXRecordDecl *RD) {
  return derivesFromTest(RD, 0);
}

const CXXMethodDecl *testBodyOf(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  for (const CXXMethodDecl *M : RD->getDefinition()->methods())
    if (M->getIdentifier() && M->getName() == "TestBody" &&
        M->getNumParams() == 0)
      return isGTestFixtureOrTest(RD) ? M : nullptr;
  return nullptr;
}

static bool isMockWrapper(const CXXRecordDecl *RD) {
  return isTestingDecl(RD, "NiceMock") || isTestingDecl(RD, "StrictMock") ||
         isTestingDecl(RD, "NaggyMock");
}

bool isMockClass(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  if (isMockWrapper(RD))
    return true;
  if (!RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  for (const FieldDecl *F : RD->fields()) {
    const CXXRecordDecl *FR = F->getType()->getAsCXXRecordDecl();
    if (FR && isTestingDecl(FR, "FunctionMocker"))
      return true;
    // A dependent mock template spells the mocker as a dependent type.
    if (const auto *TST = F->getType()->getAs<TemplateSpecializationType>())
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        if (isTestingDecl(TD, "FunctionMocker"))
          return true;
  }
  for (const CXXBaseSpecifier &B : RD->bases())
    if (isMockClass(B.getType()->getAsCXXRecordDecl()))
      return true;
  return false;
}

llvm::SmallVector<const CXXRecordDecl *, 2>
mockedClasses(const CXXRecordDecl *Mock) {
  llvm::SmallVector<const CXXRecordDecl *, 2> Result;
  if (!Mock)
    return Result;
  if (isMockWrapper(Mock)) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Mock)) {
      const TemplateArgumentList &Args = Spec->getTemplateArgs();
      if (Args.size() >= 1 && Args[0].getKind() == TemplateArgument::Type) {
        const CXXRecordDecl *Inner = Args[0].getAsType()->getAsCXXRecordDecl();
        if (Inner && isMockClass(Inner))
          return mockedClasses(Inner);
        if (Inner)
          Result.push_back(Inner);
      }
    }
    return Result;
  }
  if (!Mock->hasDefinition())
    return Result;
  for (const CXXBaseSpecifier &B : Mock->getDefinition()->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (!Base)
      continue;
    if (isMockClass(Base)) {
      Result.append(mockedClasses(Base));
      continue;
    }
    bool GMockOwn = false;
    for (const DeclContext *DC = Base->getDeclContext(); DC;
         DC = DC->getParent())
      if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
        GMockOwn |= NS->getName() == "testing";
    if (!GMockOwn)
      Result.push_back(Base);
  }
  return Result;
}

static bool isAssertionResultVar(const VarDecl *VD) {
  const CXXRecordDecl *RD =
      VD ? VD->getType()->getAsCXXRecordDecl() : nullptr;
  return RD && isTestingDecl(RD, "AssertionResult");
}

/// The values a boolean or comparison assertion checks, from the
/// initializer of its AssertionResult: the argument of EXPECT_TRUE(expr),
/// or the arguments of the predicate EXPECT_EQ(a, b) calls.
static void collectOperands(const Expr *Init, AssertionSite &Out) {
  Init = ignoreWrappers(Init);
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
    if (!Construct || Construct->getNumArgs() == 0)
      break;
    const CXXRecordDecl *RD = Construct->getType()->getAsCXXRecordDecl();
    if (!RD || !isTestingDecl(RD, "AssertionResult"))
      break;
    const Expr *Arg = ignoreWrappers(Construct->getArg(0));
    const CXXRecordDecl *ArgRD = Arg->getType()->getAsCXXRecordDecl();
    if (ArgRD && isTestingDecl(ArgRD, "AssertionResult")) {
      Init = Arg; // A copy of a predicate's result: look at the call.
      continue;
    }
    Out.Operands.push_back(Arg); // EXPECT_TRUE(expr)
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Init)) {
    for (const Expr *Arg : Call->arguments()) {
      const Expr *A = ignoreWrappers(Arg);
      if (!isa<StringLiteral>(A) && !isa<CXXDefaultArgExpr>(A))
        Out.Operands.push_back(A);
    }
  } else {
    Out.Operands.push_back(Init);
  }
}

/// EXPECT_THROW, EXPECT_NO_THROW, EXPECT_ANY_THROW, EXPECT_NO_FATAL_FAILURE
/// and death tests wrap the user's statement in `if (<marker>) {...}`.
static bool matchStatementAssertion(const IfStmt *If, const SourceManager &SM,
                                    const LangOptions &LO,
                                    AssertionSite &Out) {
  bool Marker = false;
  if (const VarDecl *CondVar = If->getConditionVariable()) {
    const CXXRecordDecl *RD = CondVar->getType()->getAsCXXRecordDecl();
    Marker = RD && isTestingDecl(RD, "TrueWithString");
  } else if (const auto *Call =
                 dyn_cast_or_null<CallExpr>(ignoreWrappers(If->getCond()))) {
    const FunctionDecl *FD = Call->getDirectCallee();
    Marker = FD && isTestingDecl(FD, "AlwaysTrue");
  }
  if (!Marker)
    return false;
  Out = AssertionSite();
  Out.Statement = If;
  Out.Macro = outermostMacroName(If->getIfLoc(), SM, LO);
  llvm::StringRef M = Out.Macro;
  if (!M.contains("THROW") && !M.contains("FATAL_FAILURE") &&
      !M.contains("DEATH") && !M.contains("EXIT"))
    return false;
  if (If->getThen())
    Out.UserCode.push_back(If->getThen());
  return true;
}

/// FAIL(), ADD_FAILURE(), SUCCEED(), GTEST_SKIP(): an AssertHelper built
/// with the result's kind.
static bool matchHelperAssertion(const CXXConstructExpr *Construct,
                                 const SourceManager &SM,
                                 const LangOptions &LO, AssertionSite &Out) {
  const CXXRecordDecl *RD = Construct->getType()->getAsCXXRecordDecl();
  if (!RD || !isTestingDecl(RD, "AssertHelper") ||
      Construct->getNumArgs() == 0)
    return false;
  Out = AssertionSite();
  Out.Statement = Construct;
  Out.Macro = outermostMacroName(Construct->getBeginLoc(), SM, LO);
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(ignoreWrappers(Construct->getArg(0))))
    if (Ref->getDecl()->getIdentifier() &&
        (Ref->getDecl()->getName() == "kSuccess" ||
         Ref->getDecl()->getName() == "kSkip"))
      Out.AssertsNothing = true;
  return true;
}

bool matchAssertion(const Stmt *S, const SourceManager &SM,
                    const LangOptions &LO, AssertionSite &Out) {
  if (!S || !S->getBeginLoc().isMacroID())
    return false;
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    const VarDecl *CondVar = If->getConditionVariable();
    if (!isAssertionResultVar(CondVar) || !CondVar->getInit())
      return matchStatementAssertion(If, SM, LO, Out);
    Out = AssertionSite();
    Out.Statement = S;
    Out.Macro = outermostMacroName(If->getIfLoc(), SM, LO);
    Out.UserCode.push_back(CondVar->getInit());
    // GoogleTest's own leave the branch empty; a project's own assertion
    // macro built the same way runs the statement under test in it.
    if (If->getThen())
      Out.UserCode.push_back(If->getThen());
    collectOperands(CondVar->getInit(), Out);
    return true;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return matchHelperAssertion(Construct, SM, LO, Out);
  return false;
}

const Expr *expectCallObject(const CXXMemberCallExpr *CE) {
  const CXXMethodDecl *M = CE ? CE->getMethodDecl() : nullptr;
  if (!M || !M->getIdentifier() || M->getName() != "InternalExpectedAt" ||
      !isTestingDecl(M->getParent(), "MockSpec"))
    return nullptr;
  const Expr *E = ignoreWrappers(CE->getImplicitObjectArgument());
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
        return nullptr;
      E = ignoreWrappers(Op->getArg(0));
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *GM = MC->getMethodDecl();
      if (GM && GM->getIdentifier() && GM->getName().starts_with("gmock_"))
        return MC->getImplicitObjectArgument();
      return nullptr;
    }
    return nullptr;
  }
  return nullptr;
}

} // namespace itdd
