//===--- ComponentClassifier.cpp - roles of classes in the AST ------------===//

#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

/// Who implements and who is handed each interface, over the project
/// classes the translation unit declares. Built once, when the first
/// abstract class needs it.
struct ComponentClassifier::StructureIndex {
  /// Interfaces a non-test class of the project derives from.
  llvm::DenseSet<const CXXRecordDecl *> Implemented;
  /// Classes a project constructor takes (by reference, pointer, smart
  /// pointer or value): injected dependencies, not callbacks.
  llvm::DenseSet<const CXXRecordDecl *> Injected;
  /// Classes a project function hands out (`createConnection()` returning
  /// `unique_ptr<IConnection>`): the project's own interface, implemented
  /// out of sight.
  llvm::DenseSet<const CXXRecordDecl *> Returned;
};

/// The absolute path of a file as the translation unit's own file system
/// resolves it (each unit may have its own working directory).
static std::string absolutePath(const SourceManager &SM, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Name);
  // A path the file system cannot make absolute stays as the unit names it.
  if (!Path.empty() &&
      SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path))
    return Name.str();
  return std::string(Path);
}

static std::string mainFileName(const SourceManager &SM) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main ? absolutePath(SM, Main->getName()) : std::string();
}

ComponentClassifier::ComponentClassifier(const Config &Cfg,
                                         const SourceManager &SM,
                                         bool MainFileIsTest,
                                         llvm::StringRef Root)
    : Cfg(Cfg), SM(SM), MainFileIsTest(MainFileIsTest),
      Layout(Cfg, mainFileName(SM), Root, MainFileIsTest) {}

ComponentClassifier::~ComponentClassifier() = default;

const ComponentClassifier::FileFacts &
ComponentClassifier::fileFacts(SourceLocation Loc) {
  static const FileFacts None;
  Loc = SM.getExpansionLoc(Loc);
  if (Loc.isInvalid())
    return None;
  FileID ID = SM.getFileID(Loc);
  auto [It, Inserted] = Files.try_emplace(ID);
  if (!Inserted)
    return It->second;
  FileFacts Facts;
  if (MainFileIsTest && ID == SM.getMainFileID()) {
    Facts.Project = Facts.Test = true;
  } else if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(ID)) {
    std::string Path = absolutePath(SM, Entry->getName());
    Facts.Project = Layout.isProjectFile(Path, SM.isInSystemHeader(Loc));
    Facts.Test = Facts.Project && Layout.isTestFile(Path);
  }
  return It->second = Facts;
}

bool ComponentClassifier::isTestCodeLocation(SourceLocation Loc) {
  return fileFacts(Loc).Test;
}

bool ComponentClassifier::isProjectDecl(const Decl *D) {
  // Libraries often vendored into a project's tree under their own
  // namespace are still not the project's.
  if (!D || llvm::any_of(std::initializer_list<llvm::StringRef>{
                             "std", "testing", "__gnu_cxx", "absl", "boost",
                             "fmt", "nlohmann", "google"},
                         [&](llvm::StringRef NS) {
                           return inTopLevelNamespace(D, NS);
                         }))
    return false;
  return fileFacts(D->getLocation()).Project;
}

bool ComponentClassifier::isMock(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto [It, Inserted] = Mocks.try_emplace(RD, false);
  if (Inserted)
    It->second = isMockClass(RD);
  return It->second;
}

static bool isSpecialMember(const CXXMethodDecl *M) {
  return isa<CXXConstructorDecl>(M) || isa<CXXDestructorDecl>(M) ||
         M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator();
}

/// A base from the standard library that only gives a value type its
/// representation (std::string, a container, std::array): not behaviour.
static bool isStdValueBase(const CXXRecordDecl *Base) {
  return Base && inTopLevelNamespace(Base, "std") && !Base->isPolymorphic() &&
         Base->getIdentifier() &&
         !llvm::is_contained({"enable_shared_from_this", "thread", "mutex"},
                             Base->getName());
}

/// `T name() const { return Field; }`: reads a field and does nothing else.
static bool isAccessor(const CXXMethodDecl *M) {
  if (M->isStatic() || !M->isConst() || M->getNumParams() != 0)
    return false;
  const FunctionDecl *Def = nullptr;
  if (!M->hasBody(Def) || !Def)
    return false;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return false;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  if (!Return || !Return->getRetValue())
    return false;
  // Through the copy that returning a field by value makes.
  const Expr *E = ignoreWrappers(Return->getRetValue());
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const auto *Copy = dyn_cast<CXXConstructExpr>(E);
    if (!Copy)
      break;
    if (Copy->getNumArgs() != 1)
      return false;
    E = ignoreWrappers(Copy->getArg(0));
  }
  const auto *Member = dyn_cast_or_null<MemberExpr>(E);
  return Member && isa<FieldDecl>(Member->getMemberDecl()) &&
         isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts());
}

/// Data, not a component: nothing but public data members and special
/// members (a request, a config struct, with fluent setters, const helpers
/// and named constructors over those public fields at most), or a value class whose
/// private fields are only read through getters (each returns a field,
/// nothing more) and compared. A class with behaviour beyond that is a
/// component.
/// `T &withName(...)`: a fluent setter that hands back the object it fills.
static bool isFluentSetter(const CXXMethodDecl *M, const CXXRecordDecl *RD) {
  QualType R = M->getReturnType();
  return !M->isStatic() && R->isLValueReferenceType() &&
         canonicalRecord(R.getNonReferenceType()->getAsCXXRecordDecl()) ==
             canonicalRecord(RD);
}

static bool isPlainData(const CXXRecordDecl *RD, unsigned Depth = 0) {
  if (Depth > 8 || RD->isPolymorphic() || RD->isLambda())
    return false;
  // Getters read private fields; fluent setters and const helpers
  // (`getPollTimeout() const`) only describe public ones.
  bool UserConstructor = false, Getters = false, Describers = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isImplicit())
      continue;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(M)) {
      // `explicit tag_t() = default;` gives a tag type no behaviour.
      UserConstructor |= !Ctor->isCopyOrMoveConstructor() &&
                         !(Ctor->isDefaulted() && Ctor->getNumParams() == 0);
      continue;
    }
    if (isSpecialMember(M) || M->isOverloadedOperator() ||
        isa<CXXConversionDecl>(M))
      continue;
    if (isAccessor(M)) {
      Getters = true;
      continue;
    }
    // `static Limits none()`: a named constructor of the data.
    bool NamedConstructor =
        M->isStatic() &&
        canonicalRecord(M->getReturnType()->getAsCXXRecordDecl()) ==
            canonicalRecord(RD);
    if (isFluentSetter(M, RD) || (M->isConst() && !M->isStatic()) ||
        NamedConstructor) {
      Describers = true;
      continue;
    }
    return false;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
      const auto *M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
      if (!M || isa<CXXConstructorDecl>(M))
        continue;
      if (!isFluentSetter(M, RD))
        return false;
      Describers = true;
    }
  bool HasFields = false, PrivateFields = false;
  for (const FieldDecl *F : RD->fields()) {
    HasFields = true;
    PrivateFields |= F->getAccess() != AS_public;
  }
  if (Describers && (PrivateFields || !HasFields))
    return false;
  bool StdBase = false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (isStdValueBase(Base)) {
      StdBase = true;
      continue;
    }
    if (!Base || !Base->hasDefinition() ||
        !isPlainData(Base->getDefinition(), Depth + 1))
      return false;
  }
  // Hidden state with no way to read it but behaviour is a component; a
  // constructor over no state at all is one too.
  if (PrivateFields && !Getters)
    return false;
  if (!HasFields && !StdBase && UserConstructor)
    return false;
  return true;
}

/// Nothing but static members: a namespace in a class's clothes, which no
/// one builds or wires.
static bool isStaticUtility(const CXXRecordDecl *RD) {
  if (RD->isPolymorphic() || !RD->field_empty() || RD->getNumBases() != 0)
    return false;
  bool AnyStatic = false;
  for (const Decl *D : RD->decls()) {
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      D = FT->getTemplatedDecl();
    if (const auto *M = dyn_cast<CXXMethodDecl>(D)) {
      if (M->isImplicit() || isa<CXXConstructorDecl>(M) ||
          isa<CXXDestructorDecl>(M))
        continue;
      if (!M->isStatic())
        return false;
      AnyStatic = true;
    } else if (const auto *V = dyn_cast<VarDecl>(D)) {
      AnyStatic |= V->isStaticDataMember();
    }
  }
  return AnyStatic;
}

static bool isException(const CXXRecordDecl *RD, unsigned Depth = 0) {
  if (!RD || Depth > 16)
    return false;
  if (RD->getIdentifier() && RD->getName() == "exception" &&
      inTopLevelNamespace(RD, "std"))
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (isException(B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

static std::optional<Role> annotatedRole(const CXXRecordDecl *RD) {
  std::optional<Role> Result;
  for (const Decl *Redecl : RD->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (auto R = roleFromAnnotation(A->getAnnotation()))
        Result = R;
  return Result;
}

static int inheritanceRank(std::optional<Role> R) {
  if (!R)
    return 0;
  switch (*R) {
  case Role::ExternalBoundary:
    return 4;
  case Role::Infrastructure:
    return 3;
  case Role::EntryPoint:
    return 2;
  case Role::Ui:
    return 1;
  default:
    return 0;
  }
}

ClassFacts ComponentClassifier::factsOf(const CXXRecordDecl *RD) {
  ClassFacts Facts;
  Facts.QualifiedName = RD->getQualifiedNameAsString();
  Facts.InProject = isProjectDecl(RD);
  Facts.TestCode = isMock(RD) || isGTestFixtureOrTest(RD);
  Facts.InTestFiles =
      Facts.InProject && isTestCodeLocation(RD->getLocation());
  Facts.Annotated = annotatedRole(RD);
  if (!RD->hasDefinition())
    return Facts;
  const CXXRecordDecl *Def = RD->getDefinition();
  Facts.PlainData = isPlainData(Def) || isStaticUtility(Def);
  Facts.Exception = isException(Def);
  Facts.Template = Def->getDescribedClassTemplate() != nullptr ||
                   isa<ClassTemplatePartialSpecializationDecl>(Def);
  bool OwnCode = Facts.InProject && !Facts.TestCode && !Facts.InTestFiles &&
                 !Facts.PlainData && !Facts.Template;
  if (OwnCode && Def->isAbstract())
    Facts.CallbackInterface = isCallbackInterface(Def);
  for (const CXXBaseSpecifier &B : Def->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (!Base)
      continue;
    ClassRole BaseRole = roleOf(Base);
    // Deriving from the standard library or a third-party utility says
    // nothing about who owns the class; a UI toolkit base still renders.
    std::optional<Role> R;
    if (isProjectDecl(Base))
      R = BaseRole.Primary;
    else if (BaseRole.Ui)
      R = Role::Ui;
    if (inheritanceRank(R) > inheritanceRank(Facts.InheritedRole))
      Facts.InheritedRole = R;
  }
  // Only a name can make a class of the project's own a boundary that its
  // tests drive directly; looking costs a walk over the test code, so it
  // is taken only then.
  if (OwnCode && !Def->isAbstract() && !Facts.Exception &&
      !Cfg.isSet("itdd.ExternalBoundaries") &&
      Cfg.isExternalBoundaryName(Facts.QualifiedName) &&
      Facts.InheritedRole != Role::ExternalBoundary)
    Facts.DrivenByTests = isDrivenByTests(Def);
  return Facts;
}

ClassRole ComponentClassifier::roleOf(const CXXRecordDecl *RD) {
  if (!RD)
    return {};
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto It = Roles.find(RD);
  if (It != Roles.end())
    return It->second;
  // Seed the cache first: a class hierarchy can only recurse into bases, but
  // a broken TU may still present a cycle.
  Roles[RD] = ClassRole{};
  ClassRole Result;
  if (RD->hasDefinition() && !RD->isLambda())
    Result = classify(factsOf(RD), Cfg);
  Roles[RD] = Result;
  return Result;
}

ClassRole ComponentClassifier::roleOfDeclared(const CXXRecordDecl *RD) {
  if (!RD || RD->isLambda())
    return {};
  if (RD->hasDefinition())
    return roleOf(RD);
  ClassFacts Facts;
  Facts.QualifiedName = RD->getQualifiedNameAsString();
  Facts.InProject = isProjectDecl(RD);
  Facts.InTestFiles = Facts.InProject && isTestCodeLocation(RD->getLocation());
  Facts.Annotated = annotatedRole(RD);
  return classify(Facts, Cfg);
}

void ComponentClassifier::forEachProjectDecl(
    const ASTContext &Ctx, llvm::function_ref<bool(const Decl *)> Visit) {
  // Declarations only, no bodies: the cost is a walk over the project's
  // own headers, skipping the standard library and third-party code.
  llvm::SmallVector<const DeclContext *, 64> Work;
  Work.push_back(Ctx.getTranslationUnitDecl());
  while (!Work.empty()) {
    const DeclContext *DC = Work.pop_back_val();
    for (const Decl *D : DC->decls()) {
      if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) {
        if (isa<LinkageSpecDecl>(D) || isProjectDecl(D))
          Work.push_back(cast<DeclContext>(D));
        continue;
      }
      if (const auto *CT = dyn_cast<ClassTemplateDecl>(D))
        D = CT->getTemplatedDecl();
      else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        D = FT->getTemplatedDecl();
      if (!isProjectDecl(D))
        continue;
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (RD && (!RD->isThisDeclarationADefinition() || RD->isLambda()))
        continue;
      if (!isa<CXXRecordDecl>(D) && !isa<FunctionDecl>(D))
        continue;
      if (!Visit(D))
        return;
      if (RD)
        Work.push_back(RD); // Nested classes.
    }
  }
}

const ComponentClassifier::StructureIndex &
ComponentClassifier::structure(const CXXRecordDecl *AnyDecl) {
  if (Structure)
    return *Structure;
  Structure = std::make_unique<StructureIndex>();
  StructureIndex &Index = *Structure;
  auto NoteReturned = [&](const FunctionDecl *FD) {
    if (const CXXRecordDecl *Out = recordOf(FD->getReturnType()))
      Index.Returned.insert(canonicalRecord(Out));
  };
  forEachProjectDecl(AnyDecl->getASTContext(), [&](const Decl *D) {
    if (isTestCodeLocation(D->getLocation()))
      return true;
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      // Member functions are looked at with their class, below.
      if (!isa<CXXMethodDecl>(FD))
        NoteReturned(FD);
      return true;
    }
    const auto *RD = dyn_cast<CXXRecordDecl>(D);
    if (!RD || isMock(RD))
      return true;
    // Assignment and builder-style methods hand back their own object.
    for (const CXXMethodDecl *M : RD->methods())
      if (!M->isImplicit() && !M->isCopyAssignmentOperator() &&
          !M->isMoveAssignmentOperator() &&
          canonicalRecord(recordOf(M->getReturnType())) !=
              canonicalRecord(RD))
        NoteReturned(M);
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = baseClassOf(B))
        Index.Implemented.insert(canonicalRecord(Base));
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isCopyOrMoveConstructor())
        continue;
      for (const ParmVarDecl *P : Ctor->parameters())
        if (const CXXRecordDecl *Dep = recordOf(P->getType()))
          Index.Injected.insert(canonicalRecord(Dep));
    }
    return true;
  });
  return Index;
}

bool ComponentClassifier::anyEntryPointDeclared(const ASTContext &Ctx) {
  if (EntryPointDeclared)
    return *EntryPointDeclared;
  bool Found = false;
  forEachProjectDecl(Ctx, [&](const Decl *D) {
    if (isTestCodeLocation(D->getLocation()))
      return true;
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      Found = roleOf(RD).EntryPoint;
    else if (const auto *FD = dyn_cast<FunctionDecl>(D))
      Found = !isa<CXXMethodDecl>(FD) && isEntryPointFunction(FD);
    return !Found;
  });
  EntryPointDeclared = Found;
  return Found;
}

namespace {

/// The project classes that test code constructs itself: variables and
/// fields held by value, temporaries, `new` and `make_unique`-style
/// factories. Base-class initializers of a test's own subclass construct
/// no object of their own and are left out.
class TestConstructions : public RecursiveASTVisitor<TestConstructions> {
public:
  explicit TestConstructions(llvm::DenseSet<const CXXRecordDecl *> &Out)
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

bool ComponentClassifier::isDrivenByTests(const CXXRecordDecl *RD) {
  if (!ConstructedInTests) {
    ConstructedInTests =
        std::make_unique<llvm::DenseSet<const CXXRecordDecl *>>();
    TestConstructions Visitor(*ConstructedInTests);
    for (Decl *D : RD->getASTContext().getTranslationUnitDecl()->decls())
      if (isTestCodeLocation(D->getLocation()))
        Visitor.TraverseDecl(D);
  }
  return ConstructedInTests->contains(RD->getCanonicalDecl());
}

bool ComponentClassifier::isImplementedInProject(const CXXRecordDecl *RD) {
  return structure(RD).Implemented.count(canonicalRecord(RD)) != 0;
}

bool ComponentClassifier::isCallbackInterface(const CXXRecordDecl *RD) {
  // A partial implementation of one of the project's own interfaces (an
  // abstract `NoopStorage : public Storage`) belongs with that interface.
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = baseClassOf(B);
    if (Base && isProjectDecl(Base) &&
        roleOf(Base).Primary != Role::ExternalBoundary)
      return false;
  }
  const StructureIndex &Index = structure(RD);
  const CXXRecordDecl *Canon = canonicalRecord(RD);
  return !Index.Implemented.count(Canon) && !Index.Injected.count(Canon) &&
         !Index.Returned.count(Canon);
}

/// A call that reaches a running system from outside, over the network:
/// libcurl, sockets, cpp-httplib, cpr, Boost.Beast, Poco::Net, gRPC stubs.
/// End-to-end tests drive an in-process server's entry point this way.
bool ComponentClassifier::isNetworkClientCall(const FunctionDecl *FD) {
  if (!FD || isProjectDecl(FD))
    return false;
  if (FD->getIdentifier() &&
      FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
      llvm::is_contained({"curl_easy_perform", "curl_multi_perform", "connect",
                          "send", "sendto", "sendmsg"},
                         FD->getName()))
    return true;
  std::string Name = FD->getQualifiedNameAsString();
  llvm::StringRef N(Name);
  return N.starts_with("httplib::") || N.starts_with("cpr::") ||
         N.starts_with("boost::beast::") || N.starts_with("Poco::Net::") ||
         N.contains("::Stub::") || N.contains("::StubInterface::");
}

bool ComponentClassifier::isEntryPointFunction(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  auto [It, Inserted] = EntryFunctions.try_emplace(FD, false);
  if (!Inserted)
    return It->second;
  bool Result = false;
  if (isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD)) {
    Result = false;
  } else if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    Result = roleOf(MD->getParent()).EntryPoint || isNetworkClientCall(FD);
  } else {
    for (const Decl *Redecl : FD->redecls())
      for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
        Result |= A->getAnnotation() == "itdd::entry_point";
    if (!Result && isProjectDecl(FD) && !isTestCodeLocation(FD->getLocation()))
      Result = Cfg.isEntryPointName(FD->getQualifiedNameAsString());
    Result = Result || isNetworkClientCall(FD);
  }
  EntryFunctions[FD] = Result;
  return Result;
}

} // namespace itdd
