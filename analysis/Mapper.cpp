//===--- Mapper.cpp - components of one translation unit ------------------===//

#include "analysis/Mapper.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

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
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Headers(Headers),
        Classifier(Cfg, SM, mainFileIsTest(SM, Cfg, Root), Root), Root(Root),
        Policy(Ctx.getLangOpts()) {
    Policy.SuppressScope = false;
    Policy.FullyQualifiedName = true;
    Policy.SuppressUnwrittenScope = true;
    // Every name fully qualified, inside template and function-type
    // arguments too, so a type resolves from any namespace.
    Policy.SuppressElaboration = true;
  }

  std::vector<Component> run() {
    visit(Ctx.getTranslationUnitDecl());
    return std::move(Components);
  }

private:
  void visit(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      // The project's own declarations, wherever its headers are found
      // (a project header reached through -isystem is still its own).
      if (!Classifier.isProjectDecl(D))
        continue;
      if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
        visit(NS);
        continue;
      }
      if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
        visit(LS);
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
    if (!RD || !Classifier.isProjectDecl(RD) || isException(RD) ||
        RD->getDescribedClassTemplate() ||
        isa<ClassTemplateSpecializationDecl>(RD))
      return false;
    Role R = Classifier.roleOf(RD).Primary;
    return R != Role::None && R != Role::Test;
  }

  /// Exception types are thrown and caught, never wired or mocked.
  static bool isException(const CXXRecordDecl *RD) {
    RD = RD->getDefinition();
    if (!RD)
      return false;
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
      if (!Base)
        continue;
      if (Base->isInStdNamespace() && Base->getName() == "exception")
        return true;
      if (isException(Base))
        return true;
    }
    return false;
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

  std::string defaultArgument(const ParmVarDecl *Param) const {
    if (!Param->hasDefaultArg() || Param->hasUnparsedDefaultArg() ||
        Param->hasUninstantiatedDefaultArg())
      return "";
    CharSourceRange Range =
        CharSourceRange::getTokenRange(Param->getDefaultArgRange());
    llvm::StringRef Text =
        Lexer::getSourceText(Range, SM, Ctx.getLangOpts());
    // A braced default's range starts at its `=`.
    Text = Text.trim();
    Text.consume_front("=");
    // Defaults from a macro expansion have no text of their own.
    if (Text.trim().empty())
      return "...";
    // One line, whatever the source's layout: it ends up in comments.
    std::string Line;
    for (llvm::StringRef Word : llvm::split(Text, ' '))
      for (llvm::StringRef Part : llvm::split(Word, '\n'))
        if (!Part.trim().empty())
          Line += (Line.empty() || Line.back() == '(' ? "" : " ") +
                  Part.trim().str();
    return Line;
  }

  std::vector<CtorParam> describeConstructor(const CXXConstructorDecl *Ctor) {
    std::vector<CtorParam> Result;
    for (const ParmVarDecl *Param : Ctor->parameters()) {
      CtorParam CP;
      CP.Name = Param->getName().str();
      QualType T = Param->getType();
      CP.Type = spell(T);
      Shape S = shapeOf(T);
      CP.Pass = S.Pass;
      CP.Many = S.Many;
      QualType Value = T.getNonReferenceType().getUnqualifiedType();
      CP.ValueType = spell(Value);
      CP.DefaultConstructible = isValueInitializable(Value);
      if (const CXXRecordDecl *VR = Value->getAsCXXRecordDecl())
        CP.Abstract = VR->hasDefinition() && VR->getDefinition()->isAbstract();
      if (isComponent(S.Target))
        CP.Class = S.Target->getQualifiedNameAsString();
      CP.Default = defaultArgument(Param);
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
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(RD->getLocation()));
    if (P.isValid()) {
      C.File = relative(P.getFilename());
      C.Line = P.getLine();
    }
    setHeader(RD, C);
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
      if (!Widest || Ctor->getNumParams() > Widest->getNumParams())
        Widest = Ctor;
    }
    C.Constructible = !C.UserConstructors || Widest;
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
      MockedDecls.clear();
      for (const CXXRecordDecl *Used : Named)
        if (Used->getCanonicalDecl() != RD->getCanonicalDecl())
          C.MethodTypes.push_back(usedType(Used));
      llvm::sort(C.MethodTypes);
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
    U.Name = spell(QualType(RD->getTypeForDecl(), 0));
    const CXXRecordDecl *Def = RD->getDefinition();
    if (!Def)
      return U;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Def))
      if (const ClassTemplateDecl *T = Spec->getSpecializedTemplate())
        Def = T->getTemplatedDecl();
    FileID File = SM.getFileID(SM.getExpansionLoc(Def->getLocation()));
    if (File == SM.getMainFileID())
      return U;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    if (!Entry)
      return U;
    bool Angled = false;
    std::string Header =
        Headers.suggestPathToFileForDiagnostics(*Entry, "", &Angled);
    U.Include = Angled ? "<" + Header + ">" : "\"" + Header + "\"";
    return U;
  }

  std::string spell(QualType T) const {
    return TypeName::getFullyQualifiedName(T, Ctx, Policy,
                                           /*WithGlobalNsPrefix=*/false);
  }

  /// Whether `T{}` compiles: no abstract class, no class without an
  /// accessible default constructor.
  static bool isValueInitializable(QualType T) {
    if (T->isReferenceType())
      return false;
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return true;
    RD = RD->getDefinition();
    if (RD->isAbstract())
      return false;
    if (RD->needsImplicitDefaultConstructor() || RD->isAggregate())
      return true;
    return llvm::any_of(RD->ctors(), [](const CXXConstructorDecl *C) {
      return C->isDefaultConstructor() && !C->isDeleted() &&
             C->getAccess() == AS_public;
    });
  }

  /// The include spelling of the header that declares RD, as the
  /// translation unit's search paths would find it.
  void setHeader(const CXXRecordDecl *RD, Component &C) const {
    FileID File = SM.getFileID(SM.getExpansionLoc(RD->getLocation()));
    if (File == SM.getMainFileID())
      return;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    if (!Entry)
      return;
    bool Angled = false;
    C.Header = Headers.suggestPathToFileForDiagnostics(*Entry, "", &Angled);
    C.HeaderAngled = Angled;
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
    Out.ReturnType = spell(M->getReturnType());
    for (const ParmVarDecl *P : M->parameters())
      Out.Params.push_back(
          {spell(P->getType()), P->getNameAsString(), P->hasDefaultArg()});
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
  const SourceManager &SM;
  const HeaderSearch &Headers;
  ComponentClassifier Classifier;
  std::string Root;
  PrintingPolicy Policy;
  std::vector<Component> Components;
  /// The virtual functions collectMethods met for the current class.
  std::vector<const CXXMethodDecl *> MockedDecls;
};

} // namespace

std::vector<Component> mapTranslationUnit(ASTContext &Ctx,
                                          const HeaderSearch &Headers,
                                          const Config &Cfg,
                                          llvm::StringRef Root) {
  return Mapper(Ctx, Headers, Cfg, Root).run();
}

} // namespace itdd
