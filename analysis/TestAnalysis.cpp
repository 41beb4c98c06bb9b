//===--- TestAnalysis.cpp - what an integration test file does ------------===//

#include "analysis/TestAnalysis.h"
#include "analysis/GTestModel.h"
#include "core/Skeleton.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <algorithm>

using namespace clang;

namespace itdd {

std::string qualifiedName(const NamedDecl *D) {
  return D ? D->getQualifiedNameAsString() : std::string();
}

namespace {

/// What one function does by itself; callees are followed by the caller.
struct FunctionSummary {
  bool CallsEntryPoint = false;
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Built;
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Used;
  llvm::SmallVector<ReachedAssertion, 4> Assertions;
  unsigned BoundaryExpectations = 0;
  unsigned InternalExpectations = 0;
  bool CallsFacade = false;
  /// Calls a member function of an entry point or of another real
  /// component: an action, not assembly.
  bool CallsAction = false;
  /// Calls test support declared here but defined in another file.
  bool CallsUnseenHelper = false;
  llvm::SmallVector<const FunctionDecl *, 8> Callees;
};

/// S holds the message of a pending skeleton (`GTEST_FAIL() << "itdd:
/// pending scenario: ..."`).
bool streamsPendingMarker(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Literal = dyn_cast<StringLiteral>(S))
    return Literal->isOrdinary() &&
           Literal->getString().starts_with(std::string(PendingMarker) + ": ");
  for (const Stmt *Child : S->children())
    if (streamsPendingMarker(Child))
      return true;
  return false;
}

/// How deep a test is followed into its fixture, helpers and factories:
/// deep enough for helper -> factory -> constructor, flat in cost.
constexpr unsigned MaxCallDepth = 4;
/// How deep a built object is opened up to count the components it owns.
constexpr unsigned MaxOwnershipDepth = 3;


} // namespace

class TestFileAnalysis::Walker {
public:
  Walker(TestFileAnalysis &A, ASTContext &Ctx)
      : A(A), Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()),
        Classifier(A.Classifier) {}

  void run() {
    visitDeclContext(Ctx.getTranslationUnitDecl());
    for (const CXXRecordDecl *TestClass : TestClasses)
      A.Tests.push_back(analyzeTest(TestClass));
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
        if (FD->doesThisDeclarationHaveABody())
          summary(FD);
      } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
        if (RD->isThisDeclarationADefinition() && !RD->isLambda())
          visitRecord(RD);
      } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
        FunctionSummary Scratch;
        noteVarDecl(VD, Scratch, /*Record=*/true);
        if (VD->getInit())
          walk(VD->getInit(), Scratch, /*Record=*/true);
      }
    }
  }

  void visitRecord(const CXXRecordDecl *RD) {
    if (testBodyOf(RD))
      TestClasses.push_back(RD);
    for (const FieldDecl *F : RD->fields()) {
      FunctionSummary Scratch;
      noteValueMock(F->getType(), F->getLocation());
      if (F->hasInClassInitializer())
        walk(F->getInClassInitializer(), Scratch, /*Record=*/true);
    }
    A.FileClasses.push_back(RD);
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
    bool Record = inMainFile(Def->getLocation()) && !isInstantiated(Def);
    FunctionSummary &Sum = *Slot;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten() && Init->getInit())
          walk(Init->getInit(), Sum, Record);
    walk(Def->getBody(), Sum, Record);
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

  /// The test's own code: defined in the file under analysis or in test
  /// support code (fixtures, helpers, the generated SUT factory).
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

  void noteBuilt(const CXXRecordDecl *RD, FunctionSummary &Sum) {
    if (RD && !RD->isLambda())
      Sum.Built.insert(canonicalRecord(RD));
  }

  void recordMock(const CXXRecordDecl *RD, SourceLocation Loc) {
    if (!RD)
      return;
    if (Classifier.isMock(RD)) {
      A.Mocks.push_back({SM.getExpansionLoc(Loc), RD, nullptr});
      return;
    }
    recordTemplateArgumentMocks(RD, Loc);
  }

  /// `Publisher<MockPortUser>`: a mock that derives from nothing replaces
  /// whatever the template's parameter takes by default.
  void recordTemplateArgumentMocks(const CXXRecordDecl *RD,
                                   SourceLocation Loc) {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    if (!Spec || !Classifier.isProjectDecl(Spec) || Classifier.isMock(Spec))
      return;
    const TemplateParameterList *Params =
        Spec->getSpecializedTemplate()->getTemplateParameters();
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    for (unsigned I = 0; I < Args.size() && I < Params->size(); ++I) {
      if (Args[I].getKind() != TemplateArgument::Type)
        continue;
      const CXXRecordDecl *Arg = Args[I].getAsType()->getAsCXXRecordDecl();
      if (!Arg || !Classifier.isMock(Arg) || !mockedClasses(Arg).empty())
        continue;
      const auto *Param =
          dyn_cast<TemplateTypeParmDecl>(Params->getParam(I));
      if (!Param || !Param->hasDefaultArgument())
        continue;
      QualType Default = Param->getDefaultArgument().getArgument().getAsType();
      if (const CXXRecordDecl *Replaced = Default->getAsCXXRecordDecl())
        A.Mocks.push_back({SM.getExpansionLoc(Loc), Arg, Replaced});
    }
  }

  /// A declaration that holds a mock by value creates it.
  void noteValueMock(QualType T, SourceLocation Loc) {
    if (T->isReferenceType() || T->isPointerType() || isOwningSmartPointer(T))
      return;
    recordMock(recordOf(T, /*ThroughPointers=*/false), Loc);
  }


  void noteVarDecl(const VarDecl *VD, FunctionSummary &Sum, bool Record) {
    if (Record)
      noteValueMock(VD->getType(), VD->getLocation());
    if (VD->isLocalVarDecl() && !VD->getType()->isPointerType() &&
        isStrictBoundaryMock(VD->getType()))
      ++Sum.BoundaryExpectations;
    if (!VD->getType()->isReferenceType() && !VD->getType()->isPointerType())
      noteBuilt(recordOf(VD->getType(), /*ThroughPointers=*/false), Sum);
  }

  void noteCall(const FunctionDecl *Callee, const Expr *Object,
                FunctionSummary &Sum) {
    if (!Callee)
      return;
    const CXXRecordDecl *ObjectClass =
        Object ? recordOf(Object->getType()) : nullptr;
    bool OnMock = ObjectClass && Classifier.isMock(ObjectClass);
    if (!OnMock && Classifier.isEntryPointFunction(Callee)) {
      Sum.CallsEntryPoint = true;
      const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
      if ((!MD || MD->isStatic()) && !isOwnFunction(Callee))
        Sum.CallsFacade = true;
      if (MD && !MD->isStatic())
        Sum.CallsAction = true;
    }
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    if (!Callee->isDefined() && !(Method && Method->isVirtual()) &&
        !Callee->isImplicit() && Classifier.isProjectDecl(Callee) &&
        Classifier.isTestCodeLocation(Callee->getLocation()))
      Sum.CallsUnseenHelper = true;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee)) {
      const CXXRecordDecl *Owner = MD->getParent();
      if (!OnMock && Classifier.isProjectDecl(Owner) &&
          !Classifier.isTestCodeLocation(Owner->getLocation())) {
        ClassRole OwnerRole = Classifier.roleOf(Owner);
        bool Component = OwnerRole.isApplicationComponent();
        if (Component && !MD->isStatic() && !isa<CXXConstructorDecl>(MD))
          Sum.CallsAction = true;
        // Data types name code units as much as components do.
        if (Component || OwnerRole.Primary == Role::None)
          Sum.Used.insert(canonicalRecord(Owner));
      }
    }
    if (isOwnFunction(Callee)) {
      Sum.Callees.push_back(Callee);
      return;
    }
    // A factory or accessor the test cannot see into still hands it a real
    // object of the type it returns.
    if (isa<CXXConstructorDecl>(Callee) || OnMock)
      return;
    const CXXRecordDecl *Returned = recordOf(Callee->getReturnType());
    if (Returned && !Classifier.isMock(Returned))
      noteBuilt(Returned, Sum);
    // A free function of the product that hands back its objects (`Load`,
    // `LoadAll`) assembles them out of sight: what it built is unknown.
    if ((!Method || Method->isStatic()) && Classifier.isProjectDecl(Callee) &&
        returnsProjectObject(Callee->getReturnType()))
      Sum.CallsFacade = true;
  }

  /// A project class that is not data (a value built by a named
  /// constructor assembles nothing), or a standard container or wrapper of
  /// one.
  bool returnsProjectObject(QualType T) {
    // Of a project class: not data (incomplete ones cannot tell).
    auto NotData = [&](const CXXRecordDecl *RD) {
      return !RD->hasDefinition() ||
             Classifier.roleOf(RD).Primary != Role::None;
    };
    const CXXRecordDecl *RD = recordOf(T);
    if (!RD)
      return false;
    if (Classifier.isProjectDecl(RD))
      return NotData(RD);
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    if (!Spec || Spec->getTemplateArgs().size() == 0 ||
        Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
      return false;
    const CXXRecordDecl *Element =
        recordOf(Spec->getTemplateArgs()[0].getAsType());
    return Element && Classifier.isProjectDecl(Element) && NotData(Element);
  }

  void walk(const Stmt *S, FunctionSummary &Sum, bool Record) {
    if (!S)
      return;
    if (isa<IfStmt>(S) || isa<CXXConstructExpr>(S)) {
      AssertionSite Site;
      if (matchAssertion(S, SM, LO, Site)) {
        // The walk below may store more sites: keep the object, not the
        // vector's slot.
        const AssertionSite *Stored =
            A.Sites.emplace_back(std::make_unique<AssertionSite>(std::move(Site)))
                .get();
        if (Record && !Stored->AssertsNothing)
          A.FileAssertions.push_back(Stored);
        bool CalledAction = Sum.CallsAction;
        Sum.CallsAction = false;
        llvm::StringRef Macro = Stored->Macro;
        bool Failing = (Macro.contains("THROW") && !Macro.contains("NO_THROW")) ||
                       Macro.contains("DEATH") || Macro.contains("EXIT");
        ExpectingFailure += Failing;
        for (const Stmt *User : Stored->UserCode)
          walk(User, Sum, Record);
        ExpectingFailure -= Failing;
        if (!Stored->AssertsNothing)
          Sum.Assertions.push_back({Stored, Sum.CallsAction});
        Sum.CallsAction |= CalledAction;
        return;
      }
    }

    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
      if (const Expr *MockObject = expectCallObject(MC)) {
        const CXXRecordDecl *Mock = recordOf(MockObject->getType());
        bool OnRealComponent = false;
        for (const CXXRecordDecl *Mocked : mockedClasses(Mock))
          OnRealComponent |= Classifier.roleOf(Mocked).mustStayReal();
        // An expectation on a boundary is an assertion on the outcome: the
        // e-mail was sent, the card was charged.
        if (!OnRealComponent)
          ++Sum.BoundaryExpectations;
        else
          ++Sum.InternalExpectations;
      }
      noteCall(MC->getMethodDecl(), MC->getImplicitObjectArgument(), Sum);
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
      const Expr *Object = nullptr;
      if (isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee()) &&
          OC->getNumArgs() > 0)
        Object = OC->getArg(0);
      noteCall(OC->getDirectCallee(), Object, Sum);
    } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
      if (const CXXRecordDecl *Made = madeByStdFactory(CE)) {
        noteBuilt(Made, Sum);
        if (Record)
          recordMock(Made, CE->getBeginLoc());
      } else {
        noteCall(CE->getDirectCallee(), nullptr, Sum);
      }
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      const CXXRecordDecl *RD = Construct->getType()->getAsCXXRecordDecl();
      noteBuilt(RD, Sum);
      // Starting an entry point is the journey when the test expects that
      // start to fail (a second daemon, a client for a bad scheme).
      if (ExpectingFailure > 0 && RD && Classifier.roleOf(RD).EntryPoint)
        Sum.CallsEntryPoint = true;
      if (Record && isa<CXXTemporaryObjectExpr>(Construct))
        recordMock(RD, Construct->getBeginLoc());
      if (isOwnFunction(Construct->getConstructor()))
        Sum.Callees.push_back(Construct->getConstructor());
    } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
      const CXXRecordDecl *RD = New->getAllocatedType()->getAsCXXRecordDecl();
      noteBuilt(RD, Sum);
      if (Record)
        recordMock(RD, New->getBeginLoc());
    } else if (const auto *List = dyn_cast<InitListExpr>(S)) {
      noteBuilt(List->getType()->getAsCXXRecordDecl(), Sum);
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          noteVarDecl(VD, Sum, Record);
    }

    for (const Stmt *Child : S->children())
      walk(Child, Sum, Record);
  }

  // --- Tests ---------------------------------------------------------------

  IntegrationTest analyzeTest(const CXXRecordDecl *TestClass) {
    IntegrationTest T;
    T.Class = TestClass;
    T.Loc = SM.getExpansionLoc(TestClass->getBeginLoc());
    parseTestMacro(TestClass, T);

    // A typed test's calls are dependent in its template: follow one of its
    // instantiations instead, where every call has a callee.
    const CXXRecordDecl *Analysed = TestClass;
    if (const ClassTemplateDecl *CT = TestClass->getDescribedClassTemplate()) {
      for (const ClassTemplateSpecializationDecl *Spec : CT->specializations())
        if (Spec->hasDefinition()) {
          Analysed = Spec->getDefinition();
          break;
        }
      if (Analysed == TestClass) {
        T.Undecided = true;
        T.UndecidedReason = "a typed test with no instantiation here";
      }
    }
    if (const CXXMethodDecl *Body = testBodyOf(TestClass)) {
      T.CompileTimeOnly = isCompileTimeOnly(Body);
      T.PendingSkeleton = streamsPendingMarker(Body->getBody());
    }
    T.HealthCheck = T.Name == HealthCheckName;

    FunctionSummary Total;
    llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 16> Work;
    if (const CXXMethodDecl *Body = testBodyOf(Analysed))
      Work.push_back({Body, 0});
    for (const CXXRecordDecl *Fixture : fixtureChain(Analysed)) {
      noteBuilt(Fixture, Total);
      for (const CXXMethodDecl *M : Fixture->methods()) {
        bool Lifecycle = isa<CXXConstructorDecl>(M) ||
                         isa<CXXDestructorDecl>(M) ||
                         (M->getIdentifier() &&
                          llvm::StringRef(M->getName()).starts_with("SetUp")) ||
                         (M->getIdentifier() &&
                          llvm::StringRef(M->getName()).starts_with("TearDown"));
        if (Lifecycle && !M->isImplicit())
          Work.push_back({M, 0});
      }
      for (const FieldDecl *F : Fixture->fields()) {
        if (F->hasInClassInitializer())
          walk(F->getInClassInitializer(), Total, /*Record=*/false);
        // A StrictMock of a boundary fails the test on any call nobody
        // expected: it asserts what the system must not do.
        if (isStrictBoundaryMock(F->getType()))
          ++Total.BoundaryExpectations;
      }
    }

    llvm::SmallPtrSet<const FunctionDecl *, 32> Seen;
    while (!Work.empty()) {
      auto [FD, Depth] = Work.pop_back_val();
      if (!Seen.insert(FD->getCanonicalDecl()).second)
        continue;
      const FunctionSummary &Sum = summary(FD);
      Total.CallsEntryPoint |= Sum.CallsEntryPoint;
      Total.Assertions.append(Sum.Assertions.begin(), Sum.Assertions.end());
      Total.BoundaryExpectations += Sum.BoundaryExpectations;
      Total.InternalExpectations += Sum.InternalExpectations;
      Total.Built.insert(Sum.Built.begin(), Sum.Built.end());
      Total.Used.insert(Sum.Used.begin(), Sum.Used.end());
      Total.CallsFacade |= Sum.CallsFacade;
      if (Sum.CallsUnseenHelper && !T.Undecided) {
        T.Undecided = true;
        T.UndecidedReason = "calls test support defined in another file";
      }
      if (Depth < MaxCallDepth) {
        for (const FunctionDecl *Callee : Sum.Callees)
          Work.push_back({Callee, Depth + 1});
      } else if (!Sum.Callees.empty() && !T.Undecided) {
        T.Undecided = true;
        T.UndecidedReason = "its helpers nest deeper than the analysis follows";
      }
    }
    T.CallsFacade = Total.CallsFacade;

    T.CallsEntryPoint = Total.CallsEntryPoint;
    T.Assertions.assign(Total.Assertions.begin(), Total.Assertions.end());
    T.BoundaryExpectations = Total.BoundaryExpectations;
    T.InternalExpectations = Total.InternalExpectations;
    llvm::SmallPtrSet<const CXXRecordDecl *, 16> Opened, Components;
    for (const CXXRecordDecl *RD : Total.Built)
      collectComponents(RD, 0, Opened, Components);
    T.RealComponents.assign(Components.begin(), Components.end());
    Total.Used.insert(Components.begin(), Components.end());
    T.UsedClasses.assign(Total.Used.begin(), Total.Used.end());
    auto ByName = [](const CXXRecordDecl *L, const CXXRecordDecl *R) {
      return qualifiedName(L) < qualifiedName(R);
    };
    llvm::sort(T.RealComponents, ByName);
    llvm::sort(T.UsedClasses, ByName);
    return T;
  }

  bool isStrictBoundaryMock(QualType T) {
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        recordOf(T, /*ThroughPointers=*/true));
    if (!Spec || !Spec->getIdentifier() || Spec->getName() != "StrictMock" ||
        !inTopLevelNamespace(Spec, "testing"))
      return false;
    for (const CXXRecordDecl *Mocked : mockedClasses(Spec))
      if (Classifier.roleOf(Mocked).mustStayReal())
        return false;
    return true;
  }

  /// A test body made of static_asserts alone.
  static bool isCompileTimeOnly(const CXXMethodDecl *Body) {
    const auto *CS = dyn_cast_or_null<CompoundStmt>(Body->getBody());
    if (!CS || CS->body_empty())
      return false;
    for (const Stmt *S : CS->body()) {
      const auto *DS = dyn_cast<DeclStmt>(S);
      if (!DS || !llvm::all_of(DS->decls(), [](const Decl *D) {
            return isa<StaticAssertDecl>(D);
          }))
        return false;
    }
    return true;
  }

  /// The fixture classes a test derives from, nearest first, up to (not
  /// including) GoogleTest's own.
  llvm::SmallVector<const CXXRecordDecl *, 4>
  fixtureChain(const CXXRecordDecl *TestClass) {
    llvm::SmallVector<const CXXRecordDecl *, 4> Chain;
    const CXXRecordDecl *Current = TestClass;
    for (unsigned Depth = 0; Current && Depth < 8; ++Depth) {
      const CXXRecordDecl *Next = nullptr;
      for (const CXXBaseSpecifier &B : Current->bases()) {
        const CXXRecordDecl *Base = baseClassOf(B);
        if (Base && Base->hasDefinition() && isGTestFixtureOrTest(Base) &&
            Classifier.isProjectDecl(Base)) {
          Next = Base->getDefinition();
          break;
        }
      }
      if (Next)
        Chain.push_back(Next);
      Current = Next;
    }
    return Chain;
  }

  void collectComponents(const CXXRecordDecl *RD, unsigned Depth,
                         llvm::SmallPtrSet<const CXXRecordDecl *, 16> &Opened,
                         llvm::SmallPtrSet<const CXXRecordDecl *, 16> &Found) {
    if (!RD || Depth > MaxOwnershipDepth || !RD->hasDefinition() ||
        Classifier.isMock(RD) || !Opened.insert(canonicalRecord(RD)).second)
      return;
    ClassRole R = Classifier.roleOf(RD);
    if (R.isApplicationComponent() && Classifier.isProjectDecl(RD))
      Found.insert(canonicalRecord(RD));
    if (R.Primary == Role::ExternalBoundary)
      return;
    // Whatever a built object owns is built with it.
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      QualType T = F->getType();
      if (T->isReferenceType() || T->isPointerType())
        continue;
      bool Smart = isOwningSmartPointer(T);
      const CXXRecordDecl *Owned = recordOf(T, /*ThroughPointers=*/Smart);
      if (Owned && Smart && !Owned->hasDefinition()) {
        // A pimpl: the owner's header only declares the part it owns.
        if (isOwnImplementation(Owned, RD))
          continue;
        ClassRole Part = Classifier.roleOfDeclared(Owned);
        if (Part.isApplicationComponent() && Classifier.isProjectDecl(Owned))
          Found.insert(canonicalRecord(Owned));
        continue;
      }
      if (Owned && Smart && Owned->getDefinition()->isAbstract())
        continue;
      collectComponents(Owned, Depth + 1, Opened, Found);
    }
  }

  /// `struct Impl;` inside the owner, or `FooImpl`/`FooPrivate`: the
  /// owner's own hidden half, not a second component.
  static bool isOwnImplementation(const CXXRecordDecl *Part,
                                  const CXXRecordDecl *Owner) {
    if (canonicalRecord(dyn_cast<CXXRecordDecl>(Part->getDeclContext())) ==
        canonicalRecord(Owner))
      return true;
    llvm::StringRef Name = Part->getName();
    return Name.ends_with("Impl") || Name.ends_with("Private") ||
           Name.ends_with("Pimpl") || Name == "Data";
  }

  /// The macro, suite and name as the source writes them, read from the
  /// tokens of the macro call: comments and line breaks between the
  /// arguments do not matter.
  void parseTestMacro(const CXXRecordDecl *TestClass, IntegrationTest &T) {
    if (TestClass->getBeginLoc().isMacroID()) {
      auto [File, Offset] =
          SM.getDecomposedLoc(SM.getExpansionLoc(TestClass->getBeginLoc()));
      bool Invalid = false;
      llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
      if (!Invalid) {
        Lexer Lex(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
                  Buffer.begin() + Offset, Buffer.end());
        Token Tok;
        Lex.LexFromRawLexer(Tok);
        llvm::SmallVector<std::string, 3> Args;
        if (Tok.is(tok::raw_identifier)) {
          T.Macro = Tok.getRawIdentifier().str();
          Lex.LexFromRawLexer(Tok);
        }
        if (Tok.is(tok::l_paren)) {
          std::string Current;
          unsigned Depth = 1;
          while (Depth > 0 && !Lex.LexFromRawLexer(Tok)) {
            if (Tok.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
              ++Depth;
            else if (Tok.isOneOf(tok::r_paren, tok::r_square, tok::r_brace))
              --Depth;
            if (Depth == 0 || (Depth == 1 && Tok.is(tok::comma))) {
              Args.push_back(Current);
              Current.clear();
            } else if (Tok.is(tok::raw_identifier)) {
              Current += Tok.getRawIdentifier();
            } else if (Tok.is(tok::numeric_constant)) {
              Current += llvm::StringRef(Tok.getLiteralData(), Tok.getLength());
            }
          }
          if (Tok.is(tok::eof) && Depth > 0)
            Args.clear();
        }
        if (Args.size() >= 2) {
          T.Suite = Args[0];
          T.Name = Args[1];
        }
      }
    }
    if (T.Name.empty()) {
      // Without the macro call, fall back on GoogleTest's class naming.
      llvm::StringRef ClassName = TestClass->getName();
      ClassName.consume_back("_Test");
      auto [Suite, Name] = ClassName.rsplit('_');
      T.Suite = Suite.str();
      T.Name = Name.str();
    }
  }

  TestFileAnalysis &A;
  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  ComponentClassifier &Classifier;
  std::vector<const CXXRecordDecl *> TestClasses;
  /// Inside the statement of an EXPECT_THROW/EXPECT_DEATH-like assertion.
  unsigned ExpectingFailure = 0;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
};

TestFileAnalysis::TestFileAnalysis(ASTContext &Ctx, const Config &Cfg)
    : Classifier(Cfg, Ctx.getSourceManager(), /*MainFileIsTest=*/true) {
  const SourceManager &SM = Ctx.getSourceManager();
  FileStart = SM.getLocForStartOfFile(SM.getMainFileID());
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  IntegrationFile = Main && Cfg.isIntegrationTestFile(Main->getName());
  if (!IntegrationFile)
    return;
  Walker(*this, Ctx).run();
}

TestFileAnalysis::~TestFileAnalysis() = default;

} // namespace itdd
