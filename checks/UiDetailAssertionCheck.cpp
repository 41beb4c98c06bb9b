//===--- UiDetailAssertionCheck.cpp - clang-tidy --------------------------===//
//
// The rule: assertions check what the user achieved, not how a screen
// renders it. Here live what counts as a rendering member;
// analysis/walk/AssertionsReached.cpp only collects the file's assertions.
//
//===----------------------------------------------------------------------===//

#include "UiDetailAssertionCheck.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"

namespace clang::tidy::itdd {

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
  explicit RenderingMemberFinder(::itdd::ComponentClassifier &Classifier)
      : Classifier(Classifier), Cfg(Classifier.config()) {}

  std::string find(const Stmt *S, unsigned VarDepth = 0) {
    if (!S || isa<LambdaExpr>(S))
      return "";
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (M && M->getIdentifier()) {
        const CXXRecordDecl *Object =
            ::itdd::recordOf(MC->getImplicitObjectArgument()->getType());
        bool UiObject = rendersUi(M->getParent()) || rendersUi(Object);
        if ((UiObject && Cfg.isUiMethodName(M->getName())) ||
            (isMarkupMember(M->getName()) &&
             Classifier.isProjectDecl(M->getParent())))
          return ::itdd::qualifiedName(M);
      }
    } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (F->getIdentifier() &&
            rendersUi(dyn_cast<CXXRecordDecl>(F->getParent())) &&
            Cfg.isUiMethodName(F->getName()))
          return ::itdd::qualifiedName(F);
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

  ::itdd::ComponentClassifier &Classifier;
  const ::itdd::Config &Cfg;
};

} // namespace

void UiDetailAssertionCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                       ASTContext &Ctx) {
  RenderingMemberFinder Finder(Analysis.classifier());
  const SourceManager &SM = Ctx.getSourceManager();
  for (const ::itdd::AssertionSite *Site : Analysis.fileAssertions()) {
    for (const Expr *Operand : Site->Operands) {
      std::string Member = Finder.find(Operand);
      if (Member.empty())
        continue;
      if (!isNew(Analysis, SM, Site->Statement->getBeginLoc(), {Member}))
        break;
      diag(SM.getExpansionLoc(Site->Statement->getBeginLoc()),
           "assertion checks rendering detail '%0'; assert on what the user "
           "achieved or on the state of the system instead")
          << Member;
      break;
    }
  }
}

} // namespace clang::tidy::itdd
