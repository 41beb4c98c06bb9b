//===--- TestVerdicts.cpp - what each check decides about a test ----------===//

#include "analysis/TestVerdicts.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/SetupAssertions.h"
#include "analysis/TestAnalysis.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace itdd {

bool drivesProgramFromOutside(const IntegrationTest &T) {
  return !T.StartsProgram.empty() && realComponentNames(T).empty();
}

Verdict missingEntryPointVerdict(const IntegrationTest &T) {
  if (T.CompileTimeOnly || T.HealthCheck || T.PendingSkeleton)
    return Verdict::Exempt;
  if (T.CallsEntryPoint)
    return Verdict::Passes;
  if (T.Undecided)
    return Verdict::NotJudged;
  // The program's own start is the way in.
  return drivesProgramFromOutside(T) ? Verdict::Passes : Verdict::Fires;
}

bool entryPointsUnconfigured(TestFileAnalysis &Analysis,
                             const ASTContext &Ctx, size_t Missing) {
  if (Missing == 0 || Analysis.classifier().config().isSet("itdd.EntryPoints"))
    return false;
  size_t Judged = 0;
  for (const IntegrationTest &T : Analysis.tests())
    Judged += !T.CompileTimeOnly && !T.HealthCheck && !T.PendingSkeleton &&
              !T.Undecided;
  return !Analysis.classifier().anyEntryPointDeclared(Ctx) ||
         Missing == Judged;
}

Verdict singleComponentVerdict(const IntegrationTest &T,
                               std::vector<std::string> &Names) {
  Names = realComponentNames(T);
  if (T.CompileTimeOnly)
    return Verdict::Exempt;
  if (Names.size() >= 2)
    return Verdict::Passes;
  // What an unseen helper or a facade function assembles cannot be
  // counted from here.
  if (T.Undecided)
    return Verdict::NotJudged;
  return T.CallsFacade || drivesProgramFromOutside(T) ? Verdict::Passes
                                                      : Verdict::Fires;
}

Verdict missingBusinessAssertionVerdict(const IntegrationTest &T,
                                        AssertionCounts &Counts) {
  Counts.Business = T.BoundaryExpectations + T.OutcomeChecksElsewhere;
  Counts.Setup = T.SetupChecksElsewhere;
  for (const ReachedAssertion &A : T.Assertions)
    ++(checksOnlySetup(A) ? Counts.Setup : Counts.Business);
  if (T.CompileTimeOnly || T.HealthCheck)
    return Verdict::Exempt;
  // Its GTEST_FAIL() marks it unwritten; it asserts nothing yet.
  if (T.PendingSkeleton)
    return Verdict::Fires;
  if (Counts.Business > 0)
    return Verdict::Passes;
  // An unseen helper may assert what the test is about.
  return T.Undecided ? Verdict::NotJudged : Verdict::Fires;
}

llvm::SmallVector<const CXXRecordDecl *, 2>
classesMockedBy(const MockCreation &M) {
  if (M.Replaced)
    return {M.Replaced};
  return mockedClasses(M.Mock);
}

std::optional<CodeUnit> CodeUnitNames::namedAfter(const IntegrationTest &T) {
  std::vector<const CXXRecordDecl *> Named;
  for (const CXXRecordDecl *RD : T.UsedClasses)
    if (RD->getIdentifier())
      Named.push_back(RD);
  if (Named.empty())
    return std::nullopt;
  std::vector<CodeUnit> Combined;
  for (const CXXRecordDecl *RD : Named) {
    const std::vector<CodeUnit> &Of = unitsOf(RD);
    Combined.insert(Combined.end(), Of.begin(), Of.end());
  }
  for (const std::string &Name : T.CalledFunctions) {
    CodeUnit Call{Name, Name, true};
    Call.CalledOnly = true;
    Combined.push_back(std::move(Call));
  }
  return findCodeUnitName(T.Name, Combined);
}

const std::vector<CodeUnit> &
CodeUnitNames::unitsOf(const CXXRecordDecl *RD) {
  // A file's tests use the same few classes: collect and split each
  // class's code units once.
  auto [It, Inserted] = Known.try_emplace(RD);
  if (!Inserted)
    return It->second;
  std::vector<CodeUnit> Units;
  Units.push_back({qualifiedName(RD), RD->getName().str(), false,
                   Classifier.roleOf(RD).EntryPoint});
  if (RD->hasDefinition()) {
    // Member function templates name code units as much as the others.
    for (const Decl *D : RD->getDefinition()->decls()) {
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        D = FT->getTemplatedDecl();
      const auto *M = dyn_cast<CXXMethodDecl>(D);
      if (M && M->getIdentifier() && !M->isImplicit() &&
          M->getAccess() == AS_public)
        Units.push_back({qualifiedName(M), M->getName().str(), true});
    }
  }
  for (CodeUnit &U : Units)
    U.Words = splitIdentifierWords(U.Name);
  return Known[RD] = std::move(Units);
}

namespace {

bool isMarkupMember(llvm::StringRef Name) {
  return Name.starts_with("render") || Name == "toHtml" || Name == "html" ||
         Name == "toMarkup" || Name == "markup" || Name == "innerHtml" ||
         Name == "outerHtml";
}

/// Finds, in an assertion's operand, a rendering member of a UI type or a
/// markup member of a project class: `screen.title()`, `view.render()`,
/// or a local variable initialised from one.
class RenderingMemberFinder {
public:
  explicit RenderingMemberFinder(ComponentClassifier &Classifier)
      : Classifier(Classifier), Cfg(Classifier.config()) {}

  std::string find(const Stmt *S, unsigned VarDepth = 0) {
    if (!S || isa<LambdaExpr>(S))
      return "";
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (M && M->getIdentifier()) {
        const CXXRecordDecl *Object =
            recordOf(MC->getImplicitObjectArgument()->getType());
        bool UiObject = rendersUi(M->getParent()) || rendersUi(Object);
        if ((UiObject && Cfg.isUiMethodName(M->getName())) ||
            (isMarkupMember(M->getName()) &&
             Classifier.isProjectDecl(M->getParent())))
          return qualifiedName(M);
      }
    } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (F->getIdentifier() &&
            rendersUi(dyn_cast<CXXRecordDecl>(F->getParent())) &&
            Cfg.isUiMethodName(F->getName()))
          return qualifiedName(F);
    } else if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      // `auto html = view.render(); EXPECT_THAT(html, ...)`.
      if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
        if (VarDepth == 0 && VD->isLocalVarDecl() && VD->getInit())
          return find(VD->getInit(), VarDepth + 1);
    }
    for (const Stmt *Child : S->children()) {
      std::string Found = find(Child, VarDepth);
      if (!Found.empty())
        return Found;
    }
    return "";
  }

private:
  bool rendersUi(const CXXRecordDecl *RD) {
    return RD && Classifier.roleOf(RD).Ui;
  }

  ComponentClassifier &Classifier;
  const Config &Cfg;
};

} // namespace

std::string renderingDetailOf(const AssertionSite &Site,
                              ComponentClassifier &Classifier) {
  RenderingMemberFinder Finder(Classifier);
  for (const Expr *Operand : Site.Operands) {
    std::string Member = Finder.find(Operand);
    if (!Member.empty())
      return Member;
  }
  return "";
}

} // namespace itdd
