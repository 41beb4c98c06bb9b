//===--- ExpectationSites.cpp - the EXPECT_CALL a failure points at -------===//

#include "analysis/ExpectationSites.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace itdd {

namespace {

/// NiceMock<MockClock> -> MockClock: the class that declares the mocked
/// methods.
const CXXRecordDecl *declaringMock(const CXXRecordDecl *RD) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !inTopLevelNamespace(Spec, "testing"))
    return RD;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() < 1 || Args[0].getKind() != TemplateArgument::Type)
    return RD;
  const CXXRecordDecl *Inner = Args[0].getAsType()->getAsCXXRecordDecl();
  return Inner ? declaringMock(Inner) : RD;
}

/// What EXPECT_CALL and ON_CALL expand to around the mock (with the
/// matchers it holds): GoogleMock setting up, not a call on the mock.
bool isGMockSetUp(const CXXMethodDecl *M) {
  return M && M->getIdentifier() && M->getName().starts_with("gmock_");
}

/// What the statements after an expectation call: entry points, the mock
/// itself, or other code of the application.
class CallsAfter {
public:
  CallsAfter(ASTContext &Ctx, ComponentClassifier &Classifier,
             const CXXRecordDecl *Mock)
      : SM(Ctx.getSourceManager()), Classifier(Classifier), Mock(Mock),
        Helpers(SM) {}

  void scan(const Stmt *S, unsigned Depth = 0) {
    if (!S)
      return;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
      const CXXMethodDecl *M = Member->getMethodDecl();
      if (isGMockSetUp(M))
        return;
      if (const CXXRecordDecl *On =
              recordOf(Member->getImplicitObjectArgument()->getType()))
        if (declaringMock(On) == Mock) {
          MockDirect = true;
          return;
        }
    }
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = Call->getDirectCallee()) {
        if (Classifier.isEntryPointFunction(Callee)) {
          EntryPoint = true;
          return;
        }
        if (isApplicationCode(Callee)) {
          OtherApplicationCode = true;
          return;
        }
        // A helper of the test file or of a header the tests share: what
        // it calls counts.
        if (const FunctionDecl *Def = Helpers.follow(Callee, Depth))
          scan(Def->getBody(), Depth + 1);
      }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      if (isApplicationCode(Construct->getConstructor()))
        OtherApplicationCode = true;
    for (const Stmt *Child : S->children())
      scan(Child, Depth);
  }

  bool EntryPoint = false, MockDirect = false, OtherApplicationCode = false;

private:
  /// A function or constructor of a component of the application (what
  /// could call the mock on the system's behalf, outside an entry point).
  bool isApplicationCode(const FunctionDecl *FD) {
    if (!FD || SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
      return false;
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD)) {
      const CXXRecordDecl *Class = M->getParent();
      return Classifier.isApplicationClass(Class) &&
             Classifier.roleOf(Class).isApplicationComponent();
    }
    return Classifier.isProjectDecl(FD) &&
           !Classifier.isTestCodeLocation(FD->getLocation());
  }

  const SourceManager &SM;
  ComponentClassifier &Classifier;
  const CXXRecordDecl *Mock;
  HelperDefinitions Helpers;
};

/// The variable or field an expression names (`handler`, `this->handler`).
const ValueDecl *namedObject(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DR = dyn_cast<DeclRefExpr>(E))
    return DR->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return ME->getMemberDecl();
  return nullptr;
}

/// Whether code names a mock object other than to set expectations on it:
/// passes it, takes its address, stores it. Follows the functions it calls
/// that are defined outside the system headers; a member function of the
/// fixture with no body in sight leaves the answer open.
class Handover {
public:
  Handover(const SourceManager &SM, const ValueDecl *Object,
           const CXXRecordDecl *Fixture)
      : Object(Object), Fixture(Fixture), Helpers(SM) {}

  void scan(const Stmt *S, unsigned Depth = 0) {
    if (!S || Handed)
      return;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S))
      if (isGMockSetUp(Member->getMethodDecl()))
        return;
    if (const auto *E = dyn_cast<Expr>(S))
      if ((isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) &&
          namedObject(E) == Object) {
        Handed = true;
        return;
      }
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      scan(Lambda->getBody(), Depth);
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        follow(Callee, Depth);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      follow(Construct->getConstructor(), Depth);
    for (const Stmt *Child : S->children())
      scan(Child, Depth);
  }

  void follow(const FunctionDecl *Callee, unsigned Depth) {
    const FunctionDecl *Def = Callee->getDefinition();
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    // GoogleTest's own base class holds none of the test's objects.
    bool OfFixture = Method && Fixture &&
                     !inTopLevelNamespace(Method->getParent(), "testing") &&
                     (Method->getParent() == Fixture ||
                      Fixture->isDerivedFrom(Method->getParent()));
    if (!Def || !Def->getBody()) {
      // The fixture's own member may use its fields out of sight.
      Open |= OfFixture && !Callee->isImplicit() && !Callee->isDefaulted() &&
              !Callee->isDeleted();
      return;
    }
    if (!Helpers.follow(Callee, Depth))
      return;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        scan(Init->getInit(), Depth + 1);
    scan(Def->getBody(), Depth + 1);
  }

  bool Handed = false;
  /// A fixture member function whose body is not in sight was called.
  bool Open = false;

private:
  const ValueDecl *Object;
  const CXXRecordDecl *Fixture;
  HelperDefinitions Helpers;
};

/// The EXPECT_CALL whose macro starts on Line under S.
const CXXMemberCallExpr *expectCallOn(const Stmt *S, unsigned Line,
                                      const SourceManager &SM) {
  if (!S)
    return nullptr;
  if (const auto *CE = dyn_cast<CXXMemberCallExpr>(S))
    if (expectCallObject(CE) &&
        SM.getExpansionLineNumber(CE->getBeginLoc()) == Line)
      return CE;
  for (const Stmt *Child : S->children())
    if (const CXXMemberCallExpr *Found = expectCallOn(Child, Line, SM))
      return Found;
  return nullptr;
}

MockRole mockRoleOf(const ClassRole &R) {
  if (R.mustStayReal())
    return MockRole::Internal;
  if (R.Primary == Role::ExternalBoundary ||
      R.Primary == Role::Infrastructure)
    return MockRole::Boundary;
  return MockRole::Unknown;
}

/// The mock object Object, as written, when the test (Body, a TEST's body)
/// never hands it to anything: a local variable of the body or a field of
/// its fixture named nowhere but in expectations, in the body, the
/// fixture's constructors, field initializers and SetUp, and the functions
/// they call. Empty otherwise.
std::string neverHandedOver(const SourceManager &SM, const FunctionDecl *Body,
                            const Expr *Object) {
  const ValueDecl *Named = namedObject(Object);
  const auto *Method = dyn_cast<CXXMethodDecl>(Body);
  const CXXRecordDecl *Test = Method ? Method->getParent() : nullptr;
  if (!Named || !Test)
    return "";
  const auto *Field = dyn_cast<FieldDecl>(Named);
  const auto *Var = dyn_cast<VarDecl>(Named);
  const auto *Owner =
      Field ? dyn_cast<CXXRecordDecl>(Field->getParent()) : nullptr;
  if (!(Var && Var->isLocalVarDecl() && Var->getParentFunctionOrMethod() == Body) &&
      !(Owner && (Owner == Test || Test->isDerivedFrom(Owner))))
    return "";
  Handover H(SM, Named, Test);
  H.scan(Body->getBody());
  // The fixture chain's set-up: constructors, field initializers, SetUp.
  for (const CXXRecordDecl *C = Test; C && !H.Handed;) {
    for (const CXXConstructorDecl *Ctor : C->ctors())
      H.follow(Ctor, 0);
    for (const FieldDecl *F : C->fields())
      if (F->hasInClassInitializer())
        H.scan(F->getInClassInitializer());
    for (const CXXMethodDecl *M : C->methods())
      if (M->getIdentifier() && M->getName().starts_with("SetUp"))
        H.follow(M, 0);
    const CXXRecordDecl *Base = nullptr;
    for (const CXXBaseSpecifier &B : C->bases())
      if (const CXXRecordDecl *RD = baseClassOf(B))
        if (!inTopLevelNamespace(RD, "testing"))
          Base = RD;
    C = Base;
  }
  if (H.Handed || H.Open)
    return "";
  return Named->getNameAsString();
}

} // namespace

std::optional<ExpectationFacts>
describeExpectation(ASTContext &Ctx, ComponentClassifier &Classifier,
                    const FunctionDecl *Holder, unsigned Line,
                    bool InTestBody, std::optional<bool> EntryPointInTest) {
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Body = Holder ? Holder->getBody() : nullptr;
  const CXXMemberCallExpr *Expect = expectCallOn(Body, Line, SM);
  if (!Expect)
    return std::nullopt;
  ExpectationFacts E;
  const CXXRecordDecl *Object = recordOf(expectCallObject(Expect)->getType());
  const CXXRecordDecl *Mock = Object ? declaringMock(Object) : nullptr;
  if (Mock && Classifier.isMock(Mock)) {
    E.MockClass = qualifiedName(Mock);
    llvm::SmallVector<const CXXRecordDecl *, 2> Mocked = mockedClasses(Mock);
    if (!Mocked.empty()) {
      E.Mocked = qualifiedName(Mocked.front());
      E.Role = mockRoleOf(Classifier.roleOf(Mocked.front()));
    }
  }
  E.EntryPointInTest = EntryPointInTest;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Holder);
  const CXXMethodDecl *TestBody =
      Method ? testBodyOf(Method->getParent()) : nullptr;
  if (Mock && TestBody &&
      TestBody->getCanonicalDecl() == Method->getCanonicalDecl())
    E.NeverHandedOver = neverHandedOver(SM, Holder, expectCallObject(Expect));
  if (!InTestBody || !Mock)
    return E;
  // The statements after the expectation are what can call the mock.
  CallsAfter After(Ctx, Classifier, Mock);
  for (const Stmt *S : Body->children())
    if (SM.getExpansionLineNumber(S->getBeginLoc()) > Line)
      After.scan(S);
  if (After.OtherApplicationCode)
    return E;
  if (After.EntryPoint && !After.MockDirect)
    E.CallsAfterIt = CallOrder::After;
  else if (!After.EntryPoint && After.MockDirect)
    E.CallsAfterIt = CallOrder::Before;
  return E;
}

} // namespace itdd
