//===--- Mapper.cpp - components of one translation unit ------------------===//

#include "analysis/map/Mapper.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/map/DataTypeCollector.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
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

  std::vector<CtorParam> describeConstructor(const CXXConstructorDecl *Ctor) {
    std::vector<CtorParam> Result;
    for (const ParmVarDecl *Param : Ctor->parameters()) {
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
    const CXXConstructorDecl *Widest = nullptr;
    std::vector<const CXXConstructorDecl *> Public;
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isDeleted() ||
          Ctor->isCopyOrMoveConstructor())
        continue;
      C.UserConstructors = true;
      for (const ParmVarDecl *Param : Ctor->parameters()) {
        const CXXRecordDecl *Dep = shapeOf(Param->getType()).Target;
        if (isComponent(Dep) && Dep != RD)
          C.Dependencies.push_back(Dep->getQualifiedNameAsString());
      }
      if (Ctor->getAccess() != AS_public)
        continue;
      Public.push_back(Ctor);
      // The widest, but never a deprecated one while another is usable: a
      // factory calling it breaks -Werror builds.
      bool Wider = !Widest || Ctor->getNumParams() > Widest->getNumParams();
      if (!Widest || (Widest->isDeprecated() && !Ctor->isDeprecated()) ||
          (Wider && Widest->isDeprecated() == Ctor->isDeprecated()))
        Widest = Ctor;
    }
    // Without a public constructor of its own, only the implicit default
    // constructor builds it, and only when no constructor is declared: a
    // deleted one counts.
    C.Constructible = Widest || !RD->hasUserDeclaredConstructor();
    if (Widest)
      C.Constructor = describeConstructor(Widest);
    if (Public.size() > 1)
      for (const CXXConstructorDecl *Ctor : Public)
        C.Constructors.push_back(describeConstructor(Ctor));
    if (RD->isPolymorphic() || R.Primary == Role::ExternalBoundary) {
      llvm::SmallPtrSet<const CXXMethodDecl *, 16> Overridden;
      llvm::StringSet<> Seen;
      collectMethods(RD, RD, Overridden, Seen, C.Methods);
      llvm::SmallPtrSet<const CXXRecordDecl *, 16> Named;
      for (const CXXMethodDecl *M : MockedDecls) {
        collectRecords(M->getReturnType(), Named);
        for (const ParmVarDecl *P : M->parameters())
          collectRecords(P->getType(), Named);
      }
      BoundaryDecls = std::move(MockedDecls);
      MockedDecls.clear();
      for (const CXXRecordDecl *Used : Named)
        if (Used->getCanonicalDecl() != RD->getCanonicalDecl())
          C.MethodTypes.push_back(usedType(Used));
      llvm::sort(C.MethodTypes);
      // What a boundary takes and returns is data a test must build.
      if (R.Primary == Role::ExternalBoundary)
        for (const CXXMethodDecl *M : BoundaryDecls) {
          Data.collect(M->getReturnType());
          for (const ParmVarDecl *P : M->parameters())
            Data.collect(P->getType());
        }
      BoundaryDecls.clear();
    }
    Components.push_back(std::move(C));
  }

  /// The classes a signature names outside the standard library, through
  /// pointers, references, template and function-type arguments.
  void collectRecords(QualType T,
                      llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Out) const {
    if (T.isNull())
      return;
    T = T.getCanonicalType();
    while (T->isPointerType() || T->isReferenceType() || T->isArrayType())
      T = T->isArrayType() ? QualType(T->getPointeeOrArrayElementType(), 0)
                           : T->getPointeeType();
    if (const auto *FT = T->getAs<FunctionProtoType>()) {
      collectRecords(FT->getReturnType(), Out);
      for (QualType P : FT->getParamTypes())
        collectRecords(P, Out);
      return;
    }
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
        if (A.getKind() == TemplateArgument::Type)
          collectRecords(A.getAsType(), Out);
    if (!RD->isInStdNamespace() && !RD->isInAnonymousNamespace() &&
        RD->getIdentifier())
      Out.insert(RD->getCanonicalDecl());
  }

  /// A class with the include line of the header that defines it, when
  /// this translation unit saw its definition in a header.
  UsedType usedType(const CXXRecordDecl *RD) const {
    UsedType U;
    U.Name = Names.spell(Names.typeOf(RD));
    const CXXRecordDecl *Def = RD->getDefinition();
    // A standard class has its standard header even where this unit never
    // instantiated it (a time_point only named in a signature).
    if (!Def && !standardLibraryHeader(RD))
      return U;
    if (!Def)
      Def = RD;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Def))
      if (const ClassTemplateDecl *T = Spec->getSpecializedTemplate())
        Def = T->getTemplatedDecl();
    bool Angled = false;
    std::string Header = Names.header(Def, Angled);
    if (Header.empty())
      return U;
    U.Include = Angled ? "<" + Header + ">" : "\"" + Header + "\"";
    return U;
  }

  /// Member functions of RD and its bases a mock would override, the most
  /// derived declaration of each. Public non-virtual ones and member
  /// templates are listed with the reason they cannot be mocked.
  void collectMethods(const CXXRecordDecl *Top, const CXXRecordDecl *RD,
                      llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Overridden,
                      llvm::StringSet<> &Seen, std::vector<Method> &Out) {
    for (const Decl *D : RD->decls()) {
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
        const auto *M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
        if (M && M->getAccess() == AS_public && !M->isStatic() &&
            !isa<CXXConstructorDecl>(M)) {
          Method Out1 = describe(Top, M);
          Out1.NotMockable = "a member template: GoogleMock mocks only "
                             "non-template functions";
          addMethod(std::move(Out1), Seen, Out);
        }
        continue;
      }
      const auto *M = dyn_cast<CXXMethodDecl>(D);
      if (!M || M->isImplicit() || M->isStatic() ||
          isa<CXXConstructorDecl, CXXDestructorDecl, CXXConversionDecl>(M))
        continue;
      for (const CXXMethodDecl *O : M->overridden_methods())
        Overridden.insert(O);
      if (Overridden.count(M) || M->isDeleted())
        continue;
      if (!M->isVirtual() && M->getAccess() != AS_public)
        continue;
      if (M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator())
        continue;
      Method Out1 = describe(Top, M);
      if (M->isVirtual())
        MockedDecls.push_back(M);
      if (!M->isVirtual())
        Out1.NotMockable = "not virtual: a mock cannot override it";
      else if (M->isOverloadedOperator())
        Out1.NotMockable = "an operator: MOCK_METHOD needs a named function";
      else if (M->isVariadic())
        Out1.NotMockable = "variadic (...): MOCK_METHOD cannot declare it";
      else if (M->getMethodQualifiers().hasVolatile())
        Out1.NotMockable = "volatile: MOCK_METHOD cannot declare it";
      addMethod(std::move(Out1), Seen, Out);
    }
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        if (Base->hasDefinition())
          collectMethods(Top, Base->getDefinition(), Overridden, Seen, Out);
  }

  static void addMethod(Method M, llvm::StringSet<> &Seen,
                        std::vector<Method> &Out) {
    std::string Key = M.Name + "(";
    for (const MethodParam &P : M.Params)
      Key += P.Type + ",";
    Key += ")" + std::string(M.Const ? "c" : "") + M.RefQualifier;
    if (Seen.insert(Key).second)
      Out.push_back(std::move(M));
  }

  Method describe(const CXXRecordDecl *Top, const CXXMethodDecl *M) const {
    Method Out;
    Out.Name = M->getNameAsString();
    Out.ReturnType = Names.spell(M->getReturnType());
    Out.Returns = Data.shapeOf(M->getReturnType());
    for (const ParmVarDecl *P : M->parameters())
      Out.Params.push_back({Names.spell(P->getType()), P->getNameAsString(),
                            P->hasDefaultArg()});
    Out.Const = M->isConst();
    if (const auto *FPT = M->getType()->getAs<FunctionProtoType>())
      Out.Noexcept = FPT->isNothrow();
    switch (M->getRefQualifier()) {
    case RQ_LValue:
      Out.RefQualifier = "&";
      break;
    case RQ_RValue:
      Out.RefQualifier = "&&";
      break;
    case RQ_None:
      break;
    }
    Out.Virtual = M->isVirtual();
    if (M->getParent() != Top)
      Out.DeclaredIn = M->getParent()->getQualifiedNameAsString();
    return Out;
  }

  ASTContext &Ctx;
  ComponentClassifier Classifier;
  SourceNames Names;
  DataTypeCollector Data;
  std::vector<Component> Components;
  /// The virtual functions collectMethods met for the current class.
  std::vector<const CXXMethodDecl *> MockedDecls;
  /// The same, kept for an external boundary's data types.
  std::vector<const CXXMethodDecl *> BoundaryDecls;
};

} // namespace

DependencyMap mapTranslationUnit(ASTContext &Ctx, const HeaderSearch &Headers,
                                 const Config &Cfg, llvm::StringRef Root) {
  return Mapper(Ctx, Headers, Cfg, Root).run();
}

} // namespace itdd
