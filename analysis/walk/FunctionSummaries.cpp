//===--- FunctionSummaries.cpp - what each function of a test file does --===//
//
// The walker's first half: the main file's declarations, and each
// function's statements walked once into what it does by itself (the calls
// it makes, what it builds and asserts, the test support it calls that is
// defined elsewhere), fed to the collectors.
//
//===----------------------------------------------------------------------===//

#include "analysis/ComponentClassifier.h"
#include "analysis/ast/Types.h"
#include "analysis/walk/Walker.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd::testwalk {

bool Walker::inMainFile(SourceLocation Loc) const {
  return Loc.isValid() && SM.isInMainFile(SM.getExpansionLoc(Loc));
}

void Walker::visitDeclContext(const DeclContext *DC) {
  for (const Decl *D : DC->decls()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      if (inMainFile(NS->getLocation()))
        visitDeclContext(NS);
      continue;
    }
    if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
      if (inMainFile(LS->getLocation()))
        visitDeclContext(LS);
      continue;
    }
    if (!inMainFile(D->getLocation()))
      continue;
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      D = FT->getTemplatedDecl();
    if (const auto *CT = dyn_cast<ClassTemplateDecl>(D))
      D = CT->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->doesThisDeclarationHaveABody()) {
        summary(FD);
        if (isSupportDefinition(FD))
          SupportDefinitions.push_back(FD);
      }
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      if (RD->isThisDeclarationADefinition() && !RD->isLambda())
        visitRecord(RD);
    } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
      FunctionSummary Scratch;
      variable(VD, Scratch, /*Written=*/true);
      if (VD->getInit())
        walk(VD->getInit(), Scratch, /*Written=*/true);
    }
  }
}

void Walker::visitRecord(const CXXRecordDecl *RD) {
  if (testBodyOf(RD))
    TestClasses.push_back(RD);
  for (const FieldDecl *F : RD->fields()) {
    FunctionSummary Scratch;
    Mocks.onValueDeclared(F->getType(), F->getLocation());
    if (F->hasInClassInitializer())
      walk(F->getInClassInitializer(), Scratch, /*Written=*/true);
  }
  Result.FileClasses.push_back(RD);
  visitDeclContext(RD);
}

const FunctionSummary &Walker::summary(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Summaries.find(FD);
  if (It != Summaries.end())
    return *It->second;
  auto &Slot = Summaries[FD];
  Slot = std::make_unique<FunctionSummary>();
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def)
    return *Slot;
  // Facts about the file (mock creations, rendering assertions) are
  // recorded once, from the code as written: not from instantiations.
  bool Written = inMainFile(Def->getLocation()) && !isInstantiated(Def);
  FunctionSummary &Sum = *Slot;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->getInit())
        walk(Init->getInit(), Sum, Written);
  walk(Def->getBody(), Sum, Written);
  return Sum;
}

bool Walker::isInstantiated(const FunctionDecl *FD) {
  if (FD->isTemplateInstantiation())
    return true;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (const auto *Spec =
            dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent()))
      return Spec->getSpecializationKind() != TSK_ExplicitSpecialization;
  return false;
}

bool Walker::isOwnFunction(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Def->isImplicit())
    return false;
  SourceLocation Loc = SM.getExpansionLoc(Def->getLocation());
  if (SM.isInMainFile(Loc))
    return true;
  if (!Classifier.isProjectDecl(Def))
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (Classifier.roleOf(MD->getParent()).Primary == Role::Test)
      return true;
  return Classifier.isTestCodeLocation(Loc);
}

bool Walker::isSupportDecl(const FunctionDecl *FD) {
  return !FD->isImplicit() && Classifier.isProjectDecl(FD) &&
         Classifier.isTestCodeLocation(FD->getLocation());
}

bool Walker::isUnseenHelper(const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  return !Callee->isDefined() && !(Method && Method->isVirtual()) &&
         isSupportDecl(Callee);
}

bool Walker::isSupportDefinition(const FunctionDecl *FD) {
  if (FD->getDescribedFunctionTemplate() || FD->isDependentContext() ||
      FD->isTemplateInstantiation() || !FD->isExternallyVisible() ||
      FD->isMain() || !isSupportDecl(FD))
    return false;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return !MD || (!testBodyOf(MD->getParent()) && !MD->getParent()->isLambda());
}

void Walker::call(const FunctionDecl *Callee, const Expr *Object,
                  FunctionSummary &Sum) {
  if (!Callee)
    return;
  const CXXRecordDecl *ObjectClass =
      Object ? recordOf(Object->getType()) : nullptr;
  bool OnMock = ObjectClass && Classifier.isMock(ObjectClass);
  bool Followed = isOwnFunction(Callee);
  // The class the caller built, before the conversion to the base that
  // defines an inherited member.
  const CXXRecordDecl *Built =
      Object ? recordOf(Object->IgnoreParenImpCasts()->getType()) : nullptr;
  EntryPoints.onCall(Callee, Built, OnMock, Sum.EntryPoints);
  Assertions.onCall(EntryPoints.isJourneyAction(Callee, OnMock, Built),
                    Sum.Assertions);
  Components.onCall(Callee, OnMock, Followed, Sum.Components);
  if (isUnseenHelper(Callee) &&
      !llvm::is_contained(Sum.Unseen, Callee->getCanonicalDecl()))
    Sum.Unseen.push_back(Callee->getCanonicalDecl());
  if (Followed)
    Sum.Callees.push_back(Callee);
}

void Walker::constructed(const CXXConstructorDecl *Ctor, SourceLocation Loc,
                         FunctionSummary &Sum) {
  if (!Ctor)
    return;
  // Reached through a factory template: what the constructor itself calls.
  if (Loc.isValid())
    Components.onProgramStart(Ctor, Loc, Sum.Components);
  if (isOwnFunction(Ctor))
    Sum.Callees.push_back(Ctor);
  else if (isUnseenHelper(Ctor) &&
           !llvm::is_contained(Sum.Unseen, Ctor->getCanonicalDecl()))
    Sum.Unseen.push_back(Ctor->getCanonicalDecl());
}

void Walker::variable(const VarDecl *VD, FunctionSummary &Sum, bool Written) {
  if (Written)
    Mocks.onValueDeclared(VD->getType(), VD->getLocation());
  Assertions.onLocalVariable(VD, Sum.Assertions);
  Components.onVariable(VD, Sum.Components);
}

void Walker::assertion(AssertionSite Site, FunctionSummary &Sum, bool Written) {
  SourceLocation Call = SM.getExpansionLoc(Site.Statement->getBeginLoc());
  if (!OpenAssertions.empty() && OpenAssertions.back() == Call) {
    // The same macro call nests a second marker statement around the
    // user's code (EXPECT_THROW and EXPECT_NO_THROW do): one assertion.
    for (const Stmt *User : Site.UserCode)
      walk(User, Sum, Written);
    return;
  }
  OpenAssertions.push_back(Call);
  AssertionsReached::Open O =
      Assertions.beginAssertion(std::move(Site), Written, Sum.Assertions);
  llvm::StringRef Macro = O.Site->Macro;
  bool Failing = (Macro.contains("THROW") && !Macro.contains("NO_THROW")) ||
                 Macro.contains("DEATH") || Macro.contains("EXIT");
  ExpectingFailure += Failing;
  for (const Stmt *User : O.Site->UserCode)
    walk(User, Sum, Written);
  ExpectingFailure -= Failing;
  Assertions.endAssertion(O, Sum.Assertions);
  OpenAssertions.pop_back();
}

void Walker::walk(const Stmt *S, FunctionSummary &Sum, bool Written) {
  if (!S)
    return;
  if (isa<IfStmt>(S) || isa<CXXConstructExpr>(S)) {
    AssertionSite Site;
    if (matchAssertion(S, SM, LO, Site)) {
      assertion(std::move(Site), Sum, Written);
      return;
    }
  }

  if (const auto *CE = dyn_cast<CallExpr>(S))
    Components.onProgramStart(CE->getDirectCallee(), CE->getBeginLoc(),
                              Sum.Components);
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    Components.onProgramStart(Construct->getConstructor(),
                              Construct->getBeginLoc(), Sum.Components);

  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    if (const Expr *MockObject = expectCallObject(MC))
      Assertions.onExpectCall(MockObject, Sum.Assertions);
    call(MC->getMethodDecl(), MC->getImplicitObjectArgument(), Sum);
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    const Expr *Object = nullptr;
    if (isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee()) &&
        OC->getNumArgs() > 0)
      Object = OC->getArg(0);
    call(OC->getDirectCallee(), Object, Sum);
  } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
    const CXXRecordDecl *Made = madeByFactoryTemplate(CE);
    if (Made) {
      Components.onBuilt(Made, Sum.Components);
      if (Written)
        Mocks.onCreated(Made, CE->getBeginLoc());
      if (!isOwnFunction(CE->getDirectCallee()))
        constructed(constructorRunBy(CE, Made), CE->getBeginLoc(), Sum);
    }
    // A factory template of the test's own is followed like any helper.
    if (!Made || isOwnFunction(CE->getDirectCallee()))
      call(CE->getDirectCallee(), nullptr, Sum);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    const CXXRecordDecl *RD = Construct->getType()->getAsCXXRecordDecl();
    Components.onBuilt(RD, Sum.Components);
    EntryPoints.onConstructed(RD, ExpectingFailure > 0, Sum.EntryPoints);
    if (Written && isa<CXXTemporaryObjectExpr>(Construct))
      Mocks.onCreated(RD, Construct->getBeginLoc());
    constructed(Construct->getConstructor(), SourceLocation(), Sum);
  } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
    const CXXRecordDecl *RD = New->getAllocatedType()->getAsCXXRecordDecl();
    Components.onBuilt(RD, Sum.Components);
    if (Written)
      Mocks.onCreated(RD, New->getBeginLoc());
  } else if (const auto *List = dyn_cast<InitListExpr>(S)) {
    Components.onBuilt(List->getType()->getAsCXXRecordDecl(), Sum.Components);
  } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        variable(VD, Sum, Written);
  }

  for (const Stmt *Child : S->children())
    walk(Child, Sum, Written);
}

} // namespace itdd::testwalk
