//===--- Mapper.cpp - components of one translation unit ------------------===//

#include "map/Mapper.h"
#include "core/ComponentClassifier.h"
#include "core/GTestModel.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

namespace {

bool mainFileIsTest(const SourceManager &SM, const Config &Cfg) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main && isTestSourcePath(Main->getName(), Cfg);
}

class Mapper {
public:
  Mapper(ASTContext &Ctx, const Config &Cfg, llvm::StringRef Root)
      : Ctx(Ctx), SM(Ctx.getSourceManager()),
        Classifier(Cfg, SM, mainFileIsTest(SM, Cfg)),
        Root(Root), Policy(Ctx.getLangOpts()) {
    Policy.SuppressScope = false;
    Policy.FullyQualifiedName = true;
    Policy.SuppressUnwrittenScope = true;
  }

  std::vector<Component> run() {
    visit(Ctx.getTranslationUnitDecl());
    return std::move(Components);
  }

private:
  void visit(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
      if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
        continue;
      if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
        visit(NS);
        continue;
      }
      if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
        visit(LS);
        continue;
      }
      if (const auto *CT = dyn_cast<ClassTemplateDecl>(D))
        D = CT->getTemplatedDecl();
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      // Classes in an anonymous namespace are a file's private helpers:
      // nothing outside it can wire them.
      if (!RD || !RD->isThisDeclarationADefinition() || RD->isLambda() ||
          !RD->getIdentifier() || isa<ClassTemplateSpecializationDecl>(RD) ||
          RD->isInAnonymousNamespace())
        continue;
      addComponent(RD);
      visit(RD); // Nested classes.
    }
  }

  std::string relative(llvm::StringRef File) const {
    llvm::SmallString<256> Path(File);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    llvm::StringRef P = Path;
    if (!Root.empty() && P.starts_with(Root) && P.size() > Root.size() &&
        P[Root.size()] == '/')
      return P.substr(Root.size() + 1).str();
    return P.str();
  }

  /// A project class that is a component (not plain data, not test code).
  bool isComponent(const CXXRecordDecl *RD) {
    if (!RD || !Classifier.isProjectDecl(RD))
      return false;
    Role R = Classifier.roleOf(RD).Primary;
    return R != Role::None && R != Role::Test;
  }

  static std::string passingOf(QualType T) {
    if (T->isLValueReferenceType() || T->isRValueReferenceType())
      return "reference";
    if (T->isPointerType())
      return "pointer";
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      if (RD->getDeclContext()->isStdNamespace() && RD->getIdentifier()) {
        if (RD->getName() == "unique_ptr")
          return "unique_ptr";
        if (RD->getName() == "shared_ptr")
          return "shared_ptr";
      }
    return "value";
  }

  void addComponent(const CXXRecordDecl *RD) {
    if (!isComponent(RD))
      return;
    ClassRole R = Classifier.roleOf(RD);
    Component C;
    C.Name = RD->getQualifiedNameAsString();
    C.Role = roleName(R.Primary).str();
    C.EntryPoint = R.EntryPoint;
    C.Ui = R.Ui;
    C.Abstract = RD->isAbstract();
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(RD->getLocation()));
    if (P.isValid()) {
      C.File = relative(P.getFilename());
      C.Line = P.getLine();
    }
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
      if (isComponent(Base))
        C.Implements.push_back(Base->getQualifiedNameAsString());
    }
    const CXXConstructorDecl *Widest = nullptr;
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isDeleted() ||
          Ctor->isCopyOrMoveConstructor())
        continue;
      for (const ParmVarDecl *Param : Ctor->parameters()) {
        const CXXRecordDecl *Dep = recordOf(Param->getType());
        if (isComponent(Dep) && Dep != RD)
          C.Dependencies.push_back(Dep->getQualifiedNameAsString());
      }
      if (Ctor->getAccess() == AS_public &&
          (!Widest || Ctor->getNumParams() > Widest->getNumParams()))
        Widest = Ctor;
    }
    if (Widest)
      for (const ParmVarDecl *Param : Widest->parameters()) {
        CtorParam CP;
        CP.Name = Param->getName().str();
        QualType T = Param->getType();
        CP.Type = TypeName::getFullyQualifiedName(T, Ctx, Policy,
                                                  /*WithGlobalNsPrefix=*/false);
        CP.Passing = passingOf(T.getNonReferenceType().getCanonicalType());
        if (T->isReferenceType())
          CP.Passing = "reference";
        const CXXRecordDecl *Dep = recordOf(T);
        if (isComponent(Dep))
          CP.Class = Dep->getQualifiedNameAsString();
        C.Constructor.push_back(std::move(CP));
      }
    Components.push_back(std::move(C));
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  ComponentClassifier Classifier;
  std::string Root;
  PrintingPolicy Policy;
  std::vector<Component> Components;
};

} // namespace

std::vector<Component> mapTranslationUnit(ASTContext &Ctx, const Config &Cfg,
                                          llvm::StringRef Root) {
  return Mapper(Ctx, Cfg, Root).run();
}

} // namespace itdd
