//===--- TestWalk.cpp - one walk over a test file, feeding collectors -----===//

#include "analysis/walk/TestWalk.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "analysis/walk/AssertionsReached.h"
#include "analysis/walk/ComponentsBuilt.h"
#include "analysis/walk/EntryPointsReached.h"
#include "analysis/walk/Fixtures.h"
#include "analysis/walk/MockCreations.h"
#include "analysis/walk/TestIdentity.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace itdd {

namespace {

/// How deep a test is followed into its fixture, helpers and factories:
/// deep enough for helper -> factory -> constructor, flat in cost.
constexpr unsigned MaxCallDepth = 4;

/// What one function does by itself; callees are followed by the caller.
struct FunctionSummary {
  EntryPointFacts EntryPoints;
  ComponentFacts Components;
  AssertionFacts Assertions;
  /// Test support declared here but defined in another file, which it
  /// calls.
  llvm::SmallVector<const FunctionDecl *, 2> Unseen;
  /// The test's own functions it calls, followed by the test.
  llvm::SmallVector<const FunctionDecl *, 8> Callees;

  void merge(const FunctionSummary &Other, bool FromLifecycle) {
    EntryPoints.merge(Other.EntryPoints);
    Components.merge(Other.Components);
    Assertions.merge(Other.Assertions, FromLifecycle);
  }
};

/// A function the walk follows, how deep, and whether from the fixture's
/// set-up or tear-down.
struct Pending {
  const FunctionDecl *FD;
  unsigned Depth;
  bool Lifecycle;
};

/// What following a test (or a function of test support) found.
struct Followed {
  FunctionSummary Total;
  /// Test support defined in another file, and whether the set-up or
  /// tear-down calls it.
  llvm::SmallVector<std::pair<const FunctionDecl *, bool>, 4> Unseen;
  /// The first function beyond the depth the walk follows.
  const FunctionDecl *TooDeep = nullptr;
};

class Walker {
public:
  Walker(ASTContext &Ctx, ComponentClassifier &Classifier,
         const SupportIndex *Elsewhere)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()),
        Classifier(Classifier), Elsewhere(Elsewhere), EntryPoints(Classifier),
        Components(Classifier), Assertions(Classifier), Mocks(Classifier) {}

  TestFileFacts run() {
    visitDeclContext(Ctx.getTranslationUnitDecl());
    for (const CXXRecordDecl *TestClass : TestClasses)
      Result.Tests.push_back(analyzeTest(TestClass));
    Result.Mocks = Mocks.take();
    Result.FileAssertions = std::move(Assertions.FileAssertions);
    Result.Sites = std::move(Assertions.Sites);
    return std::move(Result);
  }

  FollowedSupportFile followSupport() {
    visitDeclContext(Ctx.getTranslationUnitDecl());
    FollowedSupportFile Out;
    for (const FunctionDecl *FD : SupportDefinitions) {
      Followed F;
      follow({{FD, 0, false}}, F);
      FollowedSupport S;
      S.Function = FD;
      finish(F, S.Facts);
      for (const auto &[Callee, Lifecycle] : F.Unseen)
        S.Unseen.push_back(Callee);
      Out.Functions.push_back(std::move(S));
    }
    Out.Sites = std::move(Assertions.Sites);
    return Out;
  }

private:
  bool inMainFile(SourceLocation Loc) const {
    return Loc.isValid() && SM.isInMainFile(SM.getExpansionLoc(Loc));
  }

  // --- The main file's declarations ------------------------------------

  void visitDeclContext(const DeclContext *DC) {
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

  void visitRecord(const CXXRecordDecl *RD) {
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

  // --- Function summaries ------------------------------------------------

  const FunctionSummary &summary(const FunctionDecl *FD) {
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

  static bool isInstantiated(const FunctionDecl *FD) {
    if (FD->isTemplateInstantiation())
      return true;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      if (const auto *Spec =
              dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent()))
        return Spec->getSpecializationKind() != TSK_ExplicitSpecialization;
    return false;
  }

  /// The test's own code, which the walk follows: defined in the file under
  /// analysis or in test support code (fixtures, helpers, the generated SUT
  /// factory).
  bool isOwnFunction(const FunctionDecl *FD) {
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

  /// Test support: the project's own function, declared in test code.
  bool isSupportDecl(const FunctionDecl *FD) {
    return !FD->isImplicit() && Classifier.isProjectDecl(FD) &&
           Classifier.isTestCodeLocation(FD->getLocation());
  }

  /// Test support that the translation unit declares but does not define:
  /// what it does cannot be seen from here.
  bool isUnseenHelper(const FunctionDecl *Callee) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    return !Callee->isDefined() && !(Method && Method->isVirtual()) &&
           isSupportDecl(Callee);
  }

  /// Test support this file defines that another file can call: not a
  /// test's body, not a template or a member of one, not local to the
  /// file.
  bool isSupportDefinition(const FunctionDecl *FD) {
    if (FD->getDescribedFunctionTemplate() || FD->isDependentContext() ||
        FD->isTemplateInstantiation() || !FD->isExternallyVisible() ||
        FD->isMain() || !isSupportDecl(FD))
      return false;
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    return !MD || (!testBodyOf(MD->getParent()) && !MD->getParent()->isLambda());
  }

  void call(const FunctionDecl *Callee, const Expr *Object,
            FunctionSummary &Sum) {
    if (!Callee)
      return;
    const CXXRecordDecl *ObjectClass =
        Object ? recordOf(Object->getType()) : nullptr;
    bool OnMock = ObjectClass && Classifier.isMock(ObjectClass);
    bool Followed = isOwnFunction(Callee);
    EntryPoints.onCall(Callee, OnMock, Sum.EntryPoints);
    Assertions.onCall(EntryPoints.isJourneyAction(Callee, OnMock),
                      Sum.Assertions);
    Components.onCall(Callee, OnMock, Followed, Sum.Components);
    if (isUnseenHelper(Callee) &&
        !llvm::is_contained(Sum.Unseen, Callee->getCanonicalDecl()))
      Sum.Unseen.push_back(Callee->getCanonicalDecl());
    if (Followed)
      Sum.Callees.push_back(Callee);
  }

  void variable(const VarDecl *VD, FunctionSummary &Sum, bool Written) {
    if (Written)
      Mocks.onValueDeclared(VD->getType(), VD->getLocation());
    Assertions.onLocalVariable(VD, Sum.Assertions);
    Components.onVariable(VD, Sum.Components);
  }

  /// An assertion macro's statement: only the user's code inside it is
  /// walked, not GoogleTest's machinery.
  void assertion(AssertionSite Site, FunctionSummary &Sum, bool Written) {
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

  void walk(const Stmt *S, FunctionSummary &Sum, bool Written) {
    if (!S)
      return;
    if (isa<IfStmt>(S) || isa<CXXConstructExpr>(S)) {
      AssertionSite Site;
      if (matchAssertion(S, SM, LO, Site)) {
        assertion(std::move(Site), Sum, Written);
        return;
      }
    }

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
      if (isOwnFunction(Construct->getConstructor()))
        Sum.Callees.push_back(Construct->getConstructor());
    } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
      const CXXRecordDecl *RD = New->getAllocatedType()->getAsCXXRecordDecl();
      Components.onBuilt(RD, Sum.Components);
      if (Written)
        Mocks.onCreated(RD, New->getBeginLoc());
    } else if (const auto *List = dyn_cast<InitListExpr>(S)) {
      Components.onBuilt(List->getType()->getAsCXXRecordDecl(),
                         Sum.Components);
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          variable(VD, Sum, Written);
    }

    for (const Stmt *Child : S->children())
      walk(Child, Sum, Written);
  }

  // --- Tests ---------------------------------------------------------------

  static void undecided(IntegrationTest &T, const llvm::Twine &Reason) {
    if (T.Undecided)
      return;
    T.Undecided = true;
    T.UndecidedReason = Reason.str();
  }

  static std::string named(const FunctionDecl *FD) {
    return "'" + FD->getQualifiedNameAsString() + "'";
  }

  IntegrationTest analyzeTest(const CXXRecordDecl *TestClass) {
    IntegrationTest T;
    identifyTest(TestClass, SM, LO, T);
    const CXXRecordDecl *Analysed = analysedClass(TestClass);
    if (TestClass->getDescribedClassTemplate() && Analysed == TestClass)
      undecided(T, "a typed test with no instantiation here");

    // The test body, and the fixture's lifecycle methods, whose assertions
    // check the set-up every test shares.
    Followed F;
    llvm::SmallVector<Pending, 16> Work;
    if (const CXXMethodDecl *Body = testBodyOf(Analysed))
      Work.push_back({Body, 0, false});
    for (const CXXRecordDecl *Fixture : fixtureChain(Analysed, Classifier)) {
      Components.onBuilt(Fixture, F.Total.Components);
      for (const CXXMethodDecl *M : Fixture->methods())
        if (isLifecycleMethod(M))
          Work.push_back({M, 0, true});
      for (const FieldDecl *Field : Fixture->fields()) {
        if (Field->hasInClassInitializer())
          walk(Field->getInClassInitializer(), F.Total, /*Written=*/false);
        Assertions.onFixtureField(Field, F.Total.Assertions);
      }
    }
    follow(std::move(Work), F);

    SupportEffects Effects;
    for (const auto &[Callee, Lifecycle] : F.Unseen) {
      std::string Reason = "test support defined in another file";
      std::optional<SupportEffects> Known;
      if (Elsewhere)
        Known = Elsewhere->effectsOf(supportKey(Callee), Reason);
      if (Known)
        Effects.merge(*Known, Lifecycle);
      else
        undecided(T, "calls " + named(Callee) + ", " + Reason);
    }
    finish(F, T);
    T.CallsEntryPoint |= Effects.CallsEntryPoint;
    T.CallsFacade |= Effects.CallsFacade;
    T.ComponentsElsewhere = std::move(Effects.Components);
    T.OutcomeChecksElsewhere = Effects.OutcomeChecks;
    T.SetupChecksElsewhere = Effects.SetupChecks;
    T.BoundaryExpectations += Effects.BoundaryExpectations;
    T.InternalExpectations += Effects.InternalExpectations;
    return T;
  }

  /// Follows the functions of Work and the test's own functions they call
  /// (a helper both the set-up and the body call, from each).
  void follow(llvm::SmallVector<Pending, 16> Work, Followed &F) {
    llvm::DenseSet<std::pair<const FunctionDecl *, unsigned>> Seen;
    auto AddUnseen = [&](const FunctionDecl *FD, bool Lifecycle) {
      if (!llvm::is_contained(F.Unseen, std::make_pair(FD, Lifecycle)))
        F.Unseen.push_back({FD, Lifecycle});
    };
    while (!Work.empty()) {
      Pending P = Work.pop_back_val();
      if (!Seen.insert({P.FD->getCanonicalDecl(), unsigned(P.Lifecycle)})
               .second)
        continue;
      // A fixture's set-up defined in another file.
      if (!P.FD->isDefined() && isSupportDecl(P.FD)) {
        AddUnseen(P.FD->getCanonicalDecl(), P.Lifecycle);
        continue;
      }
      const FunctionSummary &Sum = summary(P.FD);
      F.Total.merge(Sum, P.Lifecycle);
      for (const FunctionDecl *Callee : Sum.Unseen)
        AddUnseen(Callee, P.Lifecycle);
      if (P.Depth < MaxCallDepth) {
        for (const FunctionDecl *Callee : Sum.Callees)
          Work.push_back({Callee, P.Depth + 1, P.Lifecycle});
      } else if (!Sum.Callees.empty() && !F.TooDeep) {
        F.TooDeep = Sum.Callees.front();
      }
    }
  }

  void finish(const Followed &F, IntegrationTest &T) {
    if (F.TooDeep)
      undecided(T, "its helpers nest deeper than the analysis follows (" +
                       named(F.TooDeep) + ")");
    EntryPoints.finish(F.Total.EntryPoints, T);
    Components.finish(F.Total.Components, T);
    Assertions.finish(F.Total.Assertions, T);
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  ComponentClassifier &Classifier;
  const SupportIndex *Elsewhere;
  EntryPointsReached EntryPoints;
  ComponentsBuilt Components;
  AssertionsReached Assertions;
  MockCreations Mocks;
  TestFileFacts Result;
  std::vector<const CXXRecordDecl *> TestClasses;
  /// The test support the main file defines for other files to call.
  std::vector<const FunctionDecl *> SupportDefinitions;
  /// Inside the statement of an EXPECT_THROW/EXPECT_DEATH-like assertion.
  unsigned ExpectingFailure = 0;
  /// The macro calls of the assertions being walked, innermost last.
  llvm::SmallVector<SourceLocation, 4> OpenAssertions;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
};

} // namespace

TestFileFacts walkTestFile(ASTContext &Ctx, ComponentClassifier &Classifier,
                           const SupportIndex *Elsewhere) {
  return Walker(Ctx, Classifier, Elsewhere).run();
}

FollowedSupportFile followTestSupport(ASTContext &Ctx,
                                      ComponentClassifier &Classifier) {
  return Walker(Ctx, Classifier, nullptr).followSupport();
}

} // namespace itdd
