//===--- Mapper.cpp - components of one translation unit ------------------===//

#include "analysis/map/Mapper.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/map/DataTypeCollector.h"
#include "analysis/map/MemberFunctions.h"
#include "analysis/map/SourceNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace itdd {

namespace {

bool mainFileIsTest(const SourceManager &SM, const Config &Cfg,
                    llvm::StringRef Root) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main && isTestSourcePath(Main->getName(), Cfg, Root);
}

class Mapper {
public:
  Mapper(ASTContext &Ctx, const HeaderSearch &Headers, const Config &Cfg,
         llvm::StringRef Root)
      : Ctx(Ctx),
        Classifier(Cfg, Ctx.getSourceManager(),
                   mainFileIsTest(Ctx.getSourceManager(), Cfg, Root), Root),
        Names(Ctx, Headers, Root), Data(Names) {}

  DependencyMap run() {
    visit(Ctx.getTranslationUnitDecl());
    DependencyMap Result;
    Result.Components = std::move(Components);
    Result.DataTypes = Data.take();
    return Result;
  }

private:
  void visit(const DeclContext *DC) {
    const SourceManager &SM = Ctx.getSourceManager();
    for (const Decl *D : DC->decls()) {
      // The project's own declarations, wherever its headers are found
      // (a project header reached through -isystem is still its own),
      // and the classes the configuration names, wherever theirs are.
      bool Own = Classifier.isProjectDecl(D);
      if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) {
        if (Own || !SM.isInSystemHeader(D->getLocation()))
          visit(cast<DeclContext>(D));
        continue;
      }
      // A class template is not a component: nothing can wire it without
      // its arguments, and a factory cannot name it without them.
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      // Classes in an anonymous namespace are a file's private helpers:
      // nothing outside it can wire them.
      if (!RD || !RD->isThisDeclarationADefinition() || RD->isLambda() ||
          !RD->getIdentifier() || isa<ClassTemplateSpecializationDecl>(RD) ||
          RD->getDescribedClassTemplate() || RD->isInAnonymousNamespace())
        continue;
      if (!Own && !Classifier.isNamedByConfiguration(RD))
        continue;
      addComponent(RD);
      if (!Own)
        continue;
      // The project's plain data, for builders of the named classes.
      Role R = Classifier.roleOf(RD).Primary;
      if (R == Role::None && !isException(RD)) {
        bool Angled = false;
        if (!Names.header(RD, Angled).empty())
          Data.addRecord(RD);
      }
      visit(RD); // Nested classes.
    }
  }

  /// An application class (the project's, or named by the configuration)
  /// that is a component (not plain data, not test code).
  bool isComponent(const CXXRecordDecl *RD) {
    if (!RD || !Classifier.isApplicationClass(RD) || isException(RD) ||
        RD->getDescribedClassTemplate() ||
        isa<ClassTemplateSpecializationDecl>(RD))
      return false;
    Role R = Classifier.roleOf(RD).Primary;
    return R != Role::None && R != Role::Test;
  }

  /// What a constructor parameter hands over: how, which class, and
  /// whether a container of them.
  struct Shape {
    Passing Pass = Passing::Value;
    const CXXRecordDecl *Target = nullptr;
    bool Many = false;
  };

  static QualType firstTypeArgument(const ClassTemplateSpecializationDecl *S) {
    const TemplateArgumentList &Args = S->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return {};
    return Args[0].getAsType();
  }

  static Shape shapeOf(QualType T) {
    Shape S;
    QualType V = T.getNonReferenceType();
    if (V->isPointerType()) {
      S.Pass = Passing::Pointer;
      S.Target = V->getPointeeType()->getAsCXXRecordDecl();
      return S;
    }
    if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
            V->getAsCXXRecordDecl())) {
      // Any library's unique_ptr and shared_ptr: a project's own
      // (`nostd::shared_ptr<T>`) hands over T just as std's does.
      llvm::StringRef Name = Spec->getName();
      if (Name == "unique_ptr" || Name == "shared_ptr") {
        S.Pass = Name == "unique_ptr" ? Passing::UniquePtr : Passing::SharedPtr;
        QualType Arg = firstTypeArgument(Spec);
        S.Target = Arg.isNull() ? nullptr : Arg->getAsCXXRecordDecl();
        return S;
      }
      static const llvm::StringSet<> Sequences = {"vector", "list", "deque",
                                                  "forward_list"};
      if (Spec->isInStdNamespace() && Sequences.contains(Name)) {
        QualType Arg = firstTypeArgument(Spec);
        if (!Arg.isNull()) {
          Shape Inner = shapeOf(Arg);
          if (Inner.Target && Inner.Pass != Passing::Value) {
            Inner.Many = true;
            return Inner;
          }
        }
      }
    }
    S.Pass = T->isReferenceType() ? Passing::Reference : Passing::Value;
    S.Target = V->getAsCXXRecordDecl();
    return S;
  }

  std::vector<CtorParam> describeParameters(const FunctionDecl *F) {
    std::vector<CtorParam> Result;
    for (const ParmVarDecl *Param : F->parameters()) {
      CtorParam CP;
      CP.Name = Param->getName().str();
      QualType T = Param->getType();
      CP.Type = Names.spell(T);
      Shape S = shapeOf(T);
      CP.Pass = S.Pass;
      CP.Many = S.Many;
      QualType Value = T.getNonReferenceType().getUnqualifiedType();
      CP.ValueType = Names.spell(Value);
      CP.DefaultConstructible = isValueInitializable(Value);
      if (const CXXRecordDecl *VR = Value->getAsCXXRecordDecl())
        CP.Abstract = VR->hasDefinition() && VR->getDefinition()->isAbstract();
      if (isComponent(S.Target))
        CP.Class = S.Target->getQualifiedNameAsString();
      CP.Default = Names.defaultArgument(Param);
      Result.push_back(std::move(CP));
    }
    return Result;
  }

  void addComponent(const CXXRecordDecl *RD) {
    if (!isComponent(RD))
      return;
    ClassRole R = Classifier.roleOf(RD);
    Component C;
    C.Name = RD->getQualifiedNameAsString();
    C.Kind = R.Primary;
    C.EntryPoint = R.EntryPoint;
    C.Ui = R.Ui;
    C.DrivenByTests = R.DrivenByTests;
    C.Abstract = RD->isAbstract();
    C.ImplementedInProject =
        C.Abstract && Classifier.isImplementedInProject(RD);
    Names.locate(RD, C.File, C.Line);
    C.Header = Names.header(RD, C.HeaderAngled);
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
      if (isComponent(Base))
        C.Implements.push_back(Base->getQualifiedNameAsString());
    }
    describeConstructors(RD, C);
    if (RD->isPolymorphic() || R.Primary == Role::ExternalBoundary) {
      std::vector<const CXXMethodDecl *> Virtual =
          describeMemberFunctions(RD, Names, Data, C);
      // What a boundary takes and returns is data a test must build.
      if (R.Primary == Role::ExternalBoundary)
        for (const CXXMethodDecl *M : Virtual) {
          Data.collect(M->getReturnType());
          for (const ParmVarDecl *P : M->parameters())
            Data.collect(P->getType());
        }
    }
    Components.push_back(std::move(C));
  }

  /// The widest of two functions, but never a deprecated one while another
  /// is usable: a factory calling it breaks -Werror builds.
  static bool wider(const FunctionDecl *Candidate, const FunctionDecl *Best) {
    if (!Best || (Best->isDeprecated() && !Candidate->isDeprecated()))
      return true;
    return Candidate->getNumParams() > Best->getNumParams() &&
           Best->isDeprecated() == Candidate->isDeprecated();
  }

  void addDependencies(const FunctionDecl *F, const CXXRecordDecl *RD,
                       Component &C) {
    for (const ParmVarDecl *Param : F->parameters()) {
      const CXXRecordDecl *Dep = shapeOf(Param->getType()).Target;
      if (isComponent(Dep) && Dep != RD)
        C.Dependencies.push_back(Dep->getQualifiedNameAsString());
    }
  }

  /// Its constructors, and for a class others cannot construct (or an
  /// abstract one) the factory function that builds it.
  void describeConstructors(const CXXRecordDecl *RD, Component &C) {
    const CXXConstructorDecl *Widest = nullptr, *WidestProtected = nullptr;
    std::vector<const CXXConstructorDecl *> Public;
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isDeleted() ||
          Ctor->isCopyOrMoveConstructor())
        continue;
      C.UserConstructors = true;
      addDependencies(Ctor, RD, C);
      if (Ctor->getAccess() == AS_protected && wider(Ctor, WidestProtected))
        WidestProtected = Ctor;
      if (Ctor->getAccess() != AS_public)
        continue;
      Public.push_back(Ctor);
      if (wider(Ctor, Widest))
        Widest = Ctor;
    }
    // Without a public constructor of its own, only the implicit default
    // constructor builds it, and only when no constructor is declared: a
    // deleted one counts.
    C.Constructible = Widest || !RD->hasUserDeclaredConstructor();
    if (const CXXConstructorDecl *Described = Widest ? Widest : WidestProtected)
      C.Constructor = describeParameters(Described);
    if (Public.size() > 1)
      for (const CXXConstructorDecl *Ctor : Public)
        C.Constructors.push_back(describeParameters(Ctor));
    // An interface can be built by its own factory function too.
    if (C.Constructible && !RD->isAbstract())
      return;
    const CXXMethodDecl *Factory = nullptr;
    for (const CXXMethodDecl *M : RD->methods()) {
      if (!M->isStatic() || M->getAccess() != AS_public || M->isDeleted())
        continue;
      Shape S = shapeOf(M->getReturnType());
      bool Builds = S.Target && !S.Many && S.Pass != Passing::Reference &&
                    S.Target->getCanonicalDecl() == RD->getCanonicalDecl();
      if (Builds && wider(M, Factory))
        Factory = M;
    }
    if (!Factory)
      return;
    addDependencies(Factory, RD, C);
    C.Factory = FactoryFunction{
        Factory->getNameAsString(), shapeOf(Factory->getReturnType()).Pass,
        Names.spell(Factory->getReturnType()), describeParameters(Factory)};
  }

  ASTContext &Ctx;
  ComponentClassifier Classifier;
  SourceNames Names;
  DataTypeCollector Data;
  std::vector<Component> Components;
};

} // namespace

DependencyMap mapTranslationUnit(ASTContext &Ctx, const HeaderSearch &Headers,
                                 const Config &Cfg, llvm::StringRef Root) {
  return Mapper(Ctx, Headers, Cfg, Root).run();
}

} // namespace itdd
