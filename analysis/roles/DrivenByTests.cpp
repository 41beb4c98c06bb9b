//===--- DrivenByTests.cpp - classes the project's tests build ------------===//

#include "analysis/roles/DrivenByTests.h"
#include "analysis/roles/ProjectFiles.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace itdd {

namespace {

/// The project classes that test code constructs itself: variables and
/// fields held by value, temporaries, `new` and `make_unique`-style
/// factories. Base-class initializers of a test's own subclass construct
/// no object of their own and are left out.
class ConstructionVisitor : public RecursiveASTVisitor<ConstructionVisitor> {
public:
  explicit ConstructionVisitor(llvm::DenseSet<const CXXRecordDecl *> &Out)
      : Out(Out) {}

  bool TraverseConstructorInitializer(CXXCtorInitializer *Init) {
    if (Init->isBaseInitializer())
      return true;
    return RecursiveASTVisitor::TraverseConstructorInitializer(Init);
  }
  bool VisitFieldDecl(FieldDecl *FD) {
    note(FD->getType());
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    note(E->getType());
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *E) {
    note(E->getAllocatedType());
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    // make_unique<T>, make_shared<T> and a project's own helper of that
    // shape construct T out of sight, inside the template.
    const FunctionDecl *Callee = E->getDirectCallee();
    const TemplateArgumentList *Args =
        Callee ? Callee->getTemplateSpecializationArgs() : nullptr;
    if (Args && Args->size() > 0 &&
        Args->get(0).getKind() == TemplateArgument::Type &&
        Callee->getName().starts_with("make"))
      note(Args->get(0).getAsType());
    return true;
  }

private:
  void note(QualType T) {
    if (T.isNull() || T->isReferenceType() || T->isPointerType())
      return;
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      Out.insert(RD->getCanonicalDecl());
  }
  llvm::DenseSet<const CXXRecordDecl *> &Out;
};

} // namespace

TestConstructions::TestConstructions(ASTContext &Ctx, ProjectFiles &Files) {
  ConstructionVisitor Collect(Constructed);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (Files.isTestCodeLocation(D->getLocation()))
      Collect.TraverseDecl(D);
}

bool TestConstructions::isDrivenByTests(const CXXRecordDecl *RD) const {
  return Constructed.contains(RD->getCanonicalDecl());
}

} // namespace itdd
