//===--- EvidenceCollector.cpp - one unit's evidence for itdd init --------===//

#include "analysis/map/EvidenceCollector.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "analysis/map/SourceNames.h"
#include "analysis/walk/TestWalk.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <map>
#include <set>

using namespace clang;

namespace itdd {

namespace {

/// What one function's body builds and calls: the classes whose objects it
/// declares, builds or calls members of, and the free functions it calls.
class BodyUses : public RecursiveASTVisitor<BodyUses> {
public:
  std::set<const CXXRecordDecl *> Classes;
  std::set<const FunctionDecl *> Functions;

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitVarDecl(VarDecl *VD) {
    add(recordOf(VD->getType(), /*ThroughPointers=*/true));
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    add(E->getConstructor() ? E->getConstructor()->getParent() : nullptr);
    return true;
  }
  bool VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *E) {
    add(recordOf(E->getTypeAsWritten(), false));
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *E) {
    add(recordOf(E->getAllocatedType(), false));
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee)
      return true;
    if (const auto *M = dyn_cast<CXXMethodDecl>(Callee))
      add(M->getParent());
    else
      Functions.insert(Callee);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *M = dyn_cast<CXXMethodDecl>(E->getMemberDecl()))
      add(M->getParent());
    return true;
  }
  /// A call whose arguments depend on a template parameter (a function
  /// template forwarding its arguments): the functions of that name its
  /// definition sees, any of which it may call.
  bool VisitUnresolvedLookupExpr(UnresolvedLookupExpr *E) {
    for (const NamedDecl *D : E->decls()) {
      D = D->getUnderlyingDecl();
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        D = FT->getTemplatedDecl();
      if (const auto *FD = dyn_cast<FunctionDecl>(D);
          FD && !isa<CXXMethodDecl>(FD))
        Functions.insert(FD);
    }
    return true;
  }

private:
  void add(const CXXRecordDecl *RD) {
    if (RD)
      Classes.insert(RD);
  }
};

class Collector {
public:
  Collector(ASTContext &Ctx, const HeaderSearch &Headers, const Config &Cfg,
            llvm::StringRef Root, bool MainIsTest)
      : Ctx(Ctx), SM(Ctx.getSourceManager()),
        Classifier(Cfg, SM, MainIsTest, Root), Names(Ctx, Headers, Root),
        MainIsTest(MainIsTest) {}

  ProjectEvidence run(llvm::ArrayRef<IncludeDirective> Includes) {
    collectIncludes(Includes);
    visit(Ctx.getTranslationUnitDecl());
    for (auto &[File, Classes] : ClassesOfFile) {
      auto It = IncludesOf.find(File);
      if (It == IncludesOf.end())
        continue;
      FileEvidence F;
      F.File = Names.relative(File);
      F.Classes.assign(Classes.begin(), Classes.end());
      F.Includes.assign(It->second.begin(), It->second.end());
      Result.Files.push_back(std::move(F));
    }
    if (MainIsTest)
      collectTests();
    Result.normalize();
    return std::move(Result);
  }

private:
  /// The project's own file, not test code, or code vendored into it
  /// (outside the project but not a system header): where the classes
  /// whose includes count are.
  bool isProductFile(llvm::StringRef Path, bool System) {
    const ProjectLayout &Layout = Classifier.layout();
    if (Layout.isProjectFile(Path, System))
      return !Layout.isTestFile(Path);
    return !System;
  }

  void collectIncludes(llvm::ArrayRef<IncludeDirective> Includes) {
    const ProjectLayout &Layout = Classifier.layout();
    for (const IncludeDirective &I : Includes) {
      // The C++ standard library (and the compiler's own headers) sit in
      // system directories that are not extern "C": a container or a
      // string says nothing about a boundary.
      if (I.System && !I.ExternC)
        continue;
      if (Layout.isProjectFile(I.Header, I.System) ||
          !isProductFile(I.Includer, /*System=*/false))
        continue;
      // Vendored code including its own headers says nothing more than
      // where it sits.
      if (!I.ExternC && !Layout.isProjectFile(I.Includer, false))
        continue;
      IncludesOf[I.Includer].insert({I.Spelled, I.ExternC});
    }
  }

  std::string fileOf(const Decl *D) {
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
    if (!Entry)
      return "";
    llvm::SmallString<256> Path(Entry->getName());
    SM.getFileManager().makeAbsolutePath(Path);
    return normalizePath(Path);
  }

  bool isComponent(const CXXRecordDecl *RD) {
    if (!RD || !RD->hasDefinition() || !Classifier.isApplicationClass(RD))
      return false;
    Role R = Classifier.roleOf(RD->getDefinition()).Primary;
    return R != Role::None && R != Role::Test;
  }

  void visit(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      bool System = SM.isInSystemHeader(D->getLocation());
      if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) {
        if (!System || Classifier.isProjectDecl(D))
          visit(cast<DeclContext>(D));
        continue;
      }
      if (System && !Classifier.isProjectDecl(D))
        continue;
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        onFunction(FD);
      else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        onFunction(FT->getTemplatedDecl());
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (!RD || !RD->isThisDeclarationADefinition() || RD->isLambda() ||
          isa<ClassTemplateSpecializationDecl>(RD))
        continue;
      onClass(RD);
      visit(RD);
    }
  }

  void onFunction(const FunctionDecl *FD) {
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    // An out-of-line member function: its file implements the class.
    if (M && M->isOutOfLine()) {
      ClassesOfFile[fileOf(M)].insert(qualifiedName(M->getParent()));
      return;
    }
    if (M || FD->isMain() || !Classifier.isProjectDecl(FD) ||
        Classifier.isTestCodeLocation(FD->getLocation()) ||
        FD->isInAnonymousNamespace() || !FD->isExternallyVisible())
      return;
    std::string Name = qualifiedName(FD);
    QualType Returned = FD->getReturnType();
    // One object, or a collection of them (`LoadAll` hands back each
    // document it parsed).
    const CXXRecordDecl *Built = nullptr;
    if (!Returned->isReferenceType()) {
      Built = recordOf(Returned);
      if (const CXXRecordDecl *Element = elementRecordOf(Returned))
        Built = Element;
    }
    if (isComponent(Built))
      Result.FreeFactories.push_back(
          {Name, qualifiedName(Built->getDefinition())});
    // What its signature hands it or hands back; its body, where the unit
    // parses it (a test's unit parses the project's free functions, so a
    // header's templates and inline functions are read there).
    std::vector<const CXXRecordDecl *> Signature = {recordOf(Returned)};
    for (const ParmVarDecl *P : FD->parameters())
      Signature.push_back(recordOf(P->getType()));
    for (const CXXRecordDecl *RD : Signature)
      if (isComponent(RD))
        Result.FunctionDrives.push_back(
            {Name, qualifiedName(RD->getDefinition())});
    if (!FD->doesThisDeclarationHaveABody() || !FD->getBody())
      return;
    BodyUses Uses;
    Uses.TraverseStmt(FD->getBody());
    for (const CXXRecordDecl *RD : Uses.Classes)
      if (isComponent(RD))
        Result.FunctionDrives.push_back(
            {Name, qualifiedName(RD->getDefinition())});
    for (const FunctionDecl *Callee : Uses.Functions)
      if (isProductFunction(Callee))
        Result.FunctionCalls.push_back({Name, qualifiedName(Callee)});
  }

  /// A static member function of RD that hands out a new RD through an
  /// out-parameter (`static Status Open(const Options &, DB **)`): the
  /// class's factory, which the map's (by the returned type) misses.
  void noteStaticFactory(const CXXMethodDecl *M, const CXXRecordDecl *RD) {
    for (const ParmVarDecl *P : M->parameters())
      if (canonicalRecord(handedOutThrough(P->getType())) ==
          canonicalRecord(RD)) {
        Result.FreeFactories.push_back({qualifiedName(M), qualifiedName(RD)});
        return;
      }
  }

  /// A free function of the project's product code that others may call:
  /// not a member, an operator, main, test code or internal to one file.
  bool isProductFunction(const FunctionDecl *FD) {
    if (const FunctionTemplateDecl *T = FD->getPrimaryTemplate())
      FD = T->getTemplatedDecl();
    return !isa<CXXMethodDecl>(FD) && !FD->isOverloadedOperator() &&
           !FD->isMain() && Classifier.isProjectDecl(FD) &&
           !Classifier.isTestCodeLocation(FD->getLocation()) &&
           !FD->isInAnonymousNamespace() && FD->isExternallyVisible();
  }

  void onClass(const CXXRecordDecl *RD) {
    std::string File = fileOf(RD);
    bool Product = isProductFile(File, SM.isInSystemHeader(RD->getLocation()));
    if (!Product || Classifier.isTestCodeLocation(RD->getLocation()))
      return;
    std::string Name = qualifiedName(RD);
    ClassesOfFile[File].insert(Name);
    bool Own = Classifier.isProjectDecl(RD);
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *Base = baseClassOf(B);
      if (!Own && Base && Classifier.isProjectDecl(Base))
        Result.OutsideImplementations.push_back(
            {Name, qualifiedName(Base), Names.relative(File)});
    }
    if (!Own || !isComponent(RD))
      return;
    // A part the owner hands out (`OrderController &controller()`) is
    // still there for its users to drive: only hidden parts are taken.
    llvm::SmallPtrSet<const CXXRecordDecl *, 8> HandedOut;
    for (const CXXMethodDecl *M : RD->methods()) {
      QualType T = M->getReturnType();
      if (M->getAccess() != AS_public || M->isImplicit())
        continue;
      if (T->isReferenceType() || T->isPointerType()) {
        if (const CXXRecordDecl *Out = recordOf(T))
          HandedOut.insert(canonicalRecord(Out));
        continue;
      }
      // A new object of another class (`MethodCall createCall()`,
      // `std::unique_ptr<Cursor> open()`).
      const CXXRecordDecl *Made = recordOf(T, isOwningSmartPointer(T));
      if (M->isStatic())
        noteStaticFactory(M, RD);
      if (!M->isStatic() && Made &&
          canonicalRecord(Made) != canonicalRecord(RD) && isComponent(Made))
        Result.Makes.push_back({Name, qualifiedName(Made->getDefinition())});
    }
    for (const FieldDecl *F : RD->fields()) {
      QualType T = F->getType();
      if (T->isReferenceType() || T->isPointerType()) {
        const CXXRecordDecl *Held = recordOf(T);
        if (Held && Held != RD && isComponent(Held) &&
            !HandedOut.count(canonicalRecord(Held)))
          Result.Holds.push_back({Name, qualifiedName(Held->getDefinition())});
        continue;
      }
      bool Smart = isOwningSmartPointer(T);
      const CXXRecordDecl *Owned = recordOf(T, /*ThroughPointers=*/Smart);
      if (Owned && Owned != RD && isComponent(Owned) &&
          !HandedOut.count(canonicalRecord(Owned)))
        Result.Owns.push_back({Name, qualifiedName(Owned->getDefinition())});
    }
  }

  /// The project classes a mock class stands in for: its project bases.
  void mockedBy(const CXXRecordDecl *Mock, std::set<std::string> &Out) {
    for (const CXXBaseSpecifier &B : Mock->bases()) {
      const CXXRecordDecl *Base = baseClassOf(B);
      if (!Base || Classifier.isMock(Base)) {
        if (Base && Base->hasDefinition())
          mockedBy(Base->getDefinition(), Out);
        continue;
      }
      if (Classifier.isApplicationClass(Base))
        Out.insert(qualifiedName(Base));
    }
  }

  void collectTests() {
    TestFileFacts Facts = walkTestFile(Ctx, Classifier);
    TestFileEvidence F;
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    if (!Main)
      return;
    llvm::SmallString<256> MainPath(Main->getName());
    SM.getFileManager().makeAbsolutePath(MainPath);
    F.File = Names.relative(normalizePath(MainPath));
    for (const IntegrationTest &T : Facts.Tests) {
      TestEvidence E;
      E.Name = T.Suite + "." + T.Name;
      E.Components = realComponentNames(T);
      for (const CXXRecordDecl *RD : T.UsedClasses)
        if (isComponent(RD))
          E.Used.push_back(qualifiedName(RD));
      E.SupportCalls = T.SupportCalls;
      std::set<std::string> Called;
      for (const FunctionDecl *Followed : T.Followed) {
        const std::set<std::string> &Calls = productCallsOf(Followed);
        Called.insert(Calls.begin(), Calls.end());
      }
      E.Functions.assign(Called.begin(), Called.end());
      F.Tests.push_back(std::move(E));
    }
    std::set<std::string> Mocked;
    Classifier.files().forEachProjectDecl(Ctx, [&](const Decl *D) {
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (RD && Classifier.isTestCodeLocation(RD->getLocation()) &&
          Classifier.isMock(RD))
        mockedBy(RD, Mocked);
      return true;
    });
    for (const MockCreation &C : Facts.Mocks)
      if (C.Replaced && Classifier.isApplicationClass(C.Replaced))
        Mocked.insert(qualifiedName(C.Replaced));
    F.Mocked.assign(Mocked.begin(), Mocked.end());
    if (!F.Tests.empty() || !F.Mocked.empty())
      Result.TestFiles.push_back(std::move(F));
  }

  /// The product's free functions a function of test code calls; once per
  /// function, however many tests follow it.
  const std::set<std::string> &productCallsOf(const FunctionDecl *FD) {
    auto [It, New] = ProductCalls.try_emplace(FD);
    if (!New || !FD->hasBody() ||
        !Classifier.isTestCodeLocation(FD->getLocation()))
      return It->second;
    BodyUses Uses;
    Uses.TraverseStmt(FD->getBody());
    for (const FunctionDecl *Callee : Uses.Functions)
      if (isProductFunction(Callee))
        It->second.insert(qualifiedName(Callee));
    return It->second;
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  ComponentClassifier Classifier;
  SourceNames Names;
  bool MainIsTest;
  ProjectEvidence Result;
  /// By absolute path: what each product file includes from outside, and
  /// the classes it defines or implements.
  std::map<std::string, std::set<OutsideInclude>> IncludesOf;
  std::map<std::string, std::set<std::string>> ClassesOfFile;
  std::map<const FunctionDecl *, std::set<std::string>> ProductCalls;
};

} // namespace

ProjectEvidence collectEvidence(ASTContext &Ctx, const HeaderSearch &Headers,
                                const Config &Cfg, llvm::StringRef Root,
                                bool MainIsTest,
                                llvm::ArrayRef<IncludeDirective> Includes) {
  return Collector(Ctx, Headers, Cfg, Root, MainIsTest).run(Includes);
}

} // namespace itdd
