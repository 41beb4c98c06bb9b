//===--- FailureSites.cpp - the source at the lines tests failed on -------===//

#include "analysis/FailureSites.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/ExpectationSites.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "analysis/SetupAssertions.h"
#include "analysis/walk/EntryPointsReached.h"
#include "core/MissingApi.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace itdd {

namespace {

/// Every function of the main file that has a body, lambdas' included.
class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  explicit FunctionCollector(const SourceManager &SM) : SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBody() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    // Defaulted members (a TEST's constructor) share the macro's line.
    if (FD->doesThisDeclarationHaveABody() && FD->getBody() &&
        !FD->isDefaulted() && !FD->isImplicit() &&
        SM.isInMainFile(SM.getExpansionLoc(FD->getBeginLoc())))
      Functions.push_back(FD);
    return true;
  }

  std::vector<const FunctionDecl *> Functions;

private:
  const SourceManager &SM;
};

class SiteReader {
public:
  SiteReader(ASTContext &Ctx, const Config &Cfg)
      : Ctx(Ctx), SM(Ctx.getSourceManager()),
        Classifier(Cfg, SM, /*MainFileIsTest=*/true) {}

  std::map<unsigned, SiteFacts> read(llvm::ArrayRef<unsigned> Lines) {
    FunctionCollector Collector(SM);
    Collector.TraverseDecl(Ctx.getTranslationUnitDecl());
    std::map<unsigned, SiteFacts> Result;
    for (unsigned Line : Lines) {
      const FunctionDecl *Holder = innermost(Collector.Functions, Line);
      if (!Holder)
        continue;
      SiteFacts S;
      S.FromAnalysis = true;
      S.Where = placeOf(Holder, S.Function);
      S.Assertion = assertionAt(Holder->getBody(), Line);
      observedOn(Holder->getBody(), Line, S.Observes);
      if (S.Where == SiteFacts::Place::TestBody)
        stubsCalled(Holder->getBody(), S.Stubs);
      // With no entry point known here, "none reached" would only say the
      // configuration does not name them.
      bool InBody = S.Where == SiteFacts::Place::TestBody;
      bool EntryPointsKnown = Classifier.anyEntryPointDeclared(Ctx);
      if (InBody && EntryPointsKnown)
        S.EntryPointBefore = entryPointBefore(Holder, Line);
      std::optional<bool> EntryPointInTest;
      if (InBody && EntryPointsKnown)
        EntryPointInTest = entryPointBefore(Holder, ~0u);
      S.Expectation = describeExpectation(Ctx, Classifier, Holder, Line,
                                          InBody && EntryPointsKnown,
                                          EntryPointInTest);
      Result.emplace(Line, std::move(S));
    }
    return Result;
  }

private:
  unsigned lineOf(SourceLocation Loc) const {
    return SM.getExpansionLineNumber(Loc);
  }

  /// The function whose body spans Line with the fewest lines; a lambda
  /// inside a test stands for the test.
  const FunctionDecl *innermost(llvm::ArrayRef<const FunctionDecl *> Functions,
                                unsigned Line) const {
    const FunctionDecl *Best = nullptr;
    unsigned BestSpan = ~0u;
    for (const FunctionDecl *FD : Functions) {
      if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
        if (M->getParent()->isLambda())
          continue;
      SourceRange R = FD->getBody()->getSourceRange();
      unsigned First = lineOf(R.getBegin()), Last = lineOf(R.getEnd());
      if (Line < First || Line > Last || Last - First >= BestSpan)
        continue;
      Best = FD;
      BestSpan = Last - First;
    }
    return Best;
  }

  static SiteFacts::Place placeOf(const FunctionDecl *FD, std::string &Name) {
    Name = FD->getNameAsString();
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    const CXXRecordDecl *Class = M ? M->getParent() : nullptr;
    // TEST defines TestBody out of its class: compare declarations.
    const CXXMethodDecl *Body = Class ? testBodyOf(Class) : nullptr;
    if (Body && Body->getCanonicalDecl() == M->getCanonicalDecl()) {
      Name = "the test body";
      return SiteFacts::Place::TestBody;
    }
    if (Class && isGTestFixtureOrTest(Class)) {
      llvm::StringRef Id = FD->getIdentifier() ? FD->getName() : "";
      if (isa<CXXConstructorDecl>(FD)) {
        Name = Class->getNameAsString() + " (constructor)";
        return SiteFacts::Place::SetUp;
      }
      if (Id.starts_with("SetUp"))
        return SiteFacts::Place::SetUp;
      if (isa<CXXDestructorDecl>(FD) || Id.starts_with("TearDown"))
        return SiteFacts::Place::TearDown;
    }
    // The SUT factory the fixture assembles the system with.
    llvm::StringRef Id = FD->getIdentifier() ? FD->getName() : "";
    if (Id.starts_with("make") && Id.ends_with("System"))
      return SiteFacts::Place::SetUp;
    return SiteFacts::Place::Helper;
  }

  SiteFacts::Check assertionAt(const Stmt *S, unsigned Line) {
    if (!S)
      return SiteFacts::Check::Unknown;
    AssertionSite Site;
    if (lineOf(S->getBeginLoc()) == Line &&
        matchAssertion(S, SM, Ctx.getLangOpts(), Site)) {
      // FAIL() says nothing of what it checks: the message decides.
      if (Site.Macro == "GTEST_FAIL" || Site.Macro == "FAIL")
        return SiteFacts::Check::Unknown;
      return isSetupAssertion(Site.Macro, Site.Operands, guardsAction(Site))
                 ? SiteFacts::Check::SetupOnly
                 : SiteFacts::Check::Business;
    }
    for (const Stmt *Child : S->children()) {
      SiteFacts::Check C = assertionAt(Child, Line);
      if (C != SiteFacts::Check::Unknown)
        return C;
    }
    return SiteFacts::Check::Unknown;
  }

  /// The code an assertion guards (EXPECT_NO_THROW's statement) calls an
  /// action of the journey, as the checks' walk decides it.
  bool guardsAction(const AssertionSite &Site) {
    EntryPointsReached Actions(Classifier);
    llvm::SmallVector<const Stmt *, 16> Work(Site.UserCode.begin(),
                                             Site.UserCode.end());
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (const auto *Call = dyn_cast<CallExpr>(S))
        if (const FunctionDecl *Callee = Call->getDirectCallee())
          if (Actions.isJourneyAction(Callee, /*OnMock=*/false))
            return true;
      Work.append(S->child_begin(), S->child_end());
    }
    return false;
  }

  /// A declaration `itdd gen stubs` wrote: its marker is the line above.
  bool isStub(const FunctionDecl *FD) const {
    SourceLocation Loc = SM.getExpansionLoc(FD->getCanonicalDecl()->getBeginLoc());
    if (Loc.isInvalid())
      return false;
    unsigned Line = SM.getSpellingLineNumber(Loc);
    if (Line < 2)
      return false;
    FileID File = SM.getFileID(Loc);
    SourceLocation Above = SM.translateLineCol(File, Line - 1, 1);
    llvm::StringRef Text =
        SM.getBufferData(File).substr(SM.getFileOffset(Above));
    return isStubMarkerLine(Text.split('\n').first);
  }

  /// The stubs the statements of S call, each once, as the report names
  /// them.
  void stubsCalled(const Stmt *S, std::vector<std::string> &Out) {
    if (!S)
      return;
    const FunctionDecl *Callee = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      Callee = Call->getDirectCallee();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      Callee = Construct->getConstructor();
    if (Callee && isStub(Callee)) {
      MissingApi Api;
      const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      Api.What = isa<CXXConstructorDecl>(Callee)
                     ? MissingApi::Kind::Constructor
                     : (M ? MissingApi::Kind::Member
                          : MissingApi::Kind::Function);
      Api.Scope = M ? M->getParent()->getQualifiedNameAsString()
                    : Callee->getDeclContext()->isNamespace()
                          ? cast<NamespaceDecl>(Callee->getDeclContext())
                                ->getQualifiedNameAsString()
                          : "";
      Api.Name = Callee->getNameAsString();
      Api.Const = M && M->isConst();
      for (const ParmVarDecl *P : Callee->parameters())
        Api.Params.push_back(P->getType().getAsString(Ctx.getPrintingPolicy()));
      std::string Name = Api.signature();
      if (!llvm::is_contained(Out, Name))
        Out.push_back(std::move(Name));
    }
    for (const Stmt *Child : S->children())
      stubsCalled(Child, Out);
  }

  /// The classes the statements starting on Line observe.
  void observedOn(const Stmt *S, unsigned Line, std::vector<std::string> &Out) {
    if (!S)
      return;
    if (isa<Expr>(S) && lineOf(S->getBeginLoc()) == Line) {
      collectObserved(S, Out);
      return;
    }
    for (const Stmt *Child : S->children())
      observedOn(Child, Line, Out);
  }

  void collectObserved(const Stmt *S, std::vector<std::string> &Out) {
    const auto *E = dyn_cast_or_null<Expr>(S);
    if (const CXXRecordDecl *RD = E ? recordOf(E->getType()) : nullptr) {
      llvm::SmallVector<const CXXRecordDecl *, 2> Classes;
      if (Classifier.isMock(RD))
        Classes = mockedClasses(RD);
      else if (Classifier.roleOf(RD).Primary != Role::None &&
               Classifier.roleOf(RD).Primary != Role::Test)
        Classes.push_back(RD);
      for (const CXXRecordDecl *C : Classes) {
        std::string Name = C->getQualifiedNameAsString();
        if (!llvm::is_contained(Out, Name))
          Out.push_back(std::move(Name));
      }
    }
    if (S)
      for (const Stmt *Child : S->children())
        collectObserved(Child, Out);
  }

  /// A call before (or on) Line reaches an entry point, directly or through
  /// a function defined outside the system headers; the fixture's set-up
  /// runs first and counts.
  bool entryPointBefore(const FunctionDecl *Body, unsigned Line) {
    HelperDefinitions Seen(SM);
    if (const auto *M = dyn_cast<CXXMethodDecl>(Body))
      for (const CXXRecordDecl *C = M->getParent(); C;) {
        for (const CXXMethodDecl *Method : C->methods())
          if (Method->getIdentifier() &&
              Method->getName().starts_with("SetUp") && Method->hasBody() &&
              callsEntryPoint(Method->getBody(), ~0u, 0, Seen))
            return true;
        const CXXRecordDecl *Base = nullptr;
        for (const CXXBaseSpecifier &B : C->bases())
          if (const CXXRecordDecl *RD = baseClassOf(B))
            if (isGTestFixtureOrTest(RD) && !inTopLevelNamespace(RD, "testing"))
              Base = RD;
        C = Base;
      }
    return callsEntryPoint(Body->getBody(), Line, 0, Seen);
  }

  bool callsEntryPoint(const Stmt *S, unsigned Line, unsigned Depth,
                       HelperDefinitions &Seen) {
    if (!S || lineOf(S->getBeginLoc()) > Line)
      return false;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = Call->getDirectCallee()) {
        if (Classifier.isEntryPointFunction(Callee))
          return true;
        // A helper of the file or of a header the tests share (a fixture's
        // helper defined beside its class), not the libraries'.
        if (const FunctionDecl *Def = Seen.follow(Callee, Depth))
          if (callsEntryPoint(Def->getBody(), ~0u, Depth + 1, Seen))
            return true;
      }
    for (const Stmt *Child : S->children())
      if (callsEntryPoint(Child, Line, Depth, Seen))
        return true;
    return false;
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  ComponentClassifier Classifier;
};

} // namespace

std::map<unsigned, SiteFacts> describeFailureLines(ASTContext &Ctx,
                                                   const Config &Cfg,
                                                   llvm::ArrayRef<unsigned> Lines) {
  return SiteReader(Ctx, Cfg).read(Lines);
}

} // namespace itdd
