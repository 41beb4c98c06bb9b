//===--- TestOnlyAccessCheck.cpp - clang-tidy -----------------------------===//

#include "TestOnlyAccessCheck.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::itdd {

namespace {
/// Notes `#define private public` and `#define protected public` in the
/// main file; the check reports them once the file is known to compile.
class AccessMacroCallbacks : public PPCallbacks {
public:
  AccessMacroCallbacks(TestOnlyAccessCheck &Check, const SourceManager &SM)
      : Check(Check), SM(SM) {}

  void MacroDefined(const Token &MacroNameTok,
                    const MacroDirective *MD) override {
    const IdentifierInfo *Name = MacroNameTok.getIdentifierInfo();
    if (!Name || (Name->getName() != "private" &&
                  Name->getName() != "protected"))
      return;
    SourceLocation Loc = MacroNameTok.getLocation();
    if (!SM.isInMainFile(Loc))
      return;
    const MacroInfo *Info = MD->getMacroInfo();
    if (Info->getNumTokens() == 1 &&
        Info->getReplacementToken(0).is(tok::kw_public))
      Check.noteAccessDefine(Loc, Name->getName());
  }

private:
  TestOnlyAccessCheck &Check;
  const SourceManager &SM;
};
} // namespace

void TestOnlyAccessCheck::registerPPCallbacks(const SourceManager &SM,
                                              Preprocessor *PP,
                                              Preprocessor *ModuleExpanderPP) {
  AccessDefines.clear();
  PP->addPPCallbacks(std::make_unique<AccessMacroCallbacks>(*this, SM));
}

namespace {

bool isProtectedMemberOf(const Decl *Member,
                                const CXXRecordDecl *Base) {
  if (!Member || Member->getAccess() != AS_protected)
    return false;
  const auto *Owner = dyn_cast<CXXRecordDecl>(Member->getDeclContext());
  return Owner && (::itdd::canonicalRecord(Owner) == ::itdd::canonicalRecord(Base) ||
                   (Base->hasDefinition() && Base->isDerivedFrom(Owner)));
}

/// The first member S uses (through a member expression or a name) that
/// Wanted accepts.
const Decl *findMemberUse(const Stmt *S,
                          llvm::function_ref<bool(const Decl *)> Wanted) {
  if (!S)
    return nullptr;
  const Decl *Used = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(S))
    Used = ME->getMemberDecl();
  else if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    Used = Ref->getDecl();
  if (Used && Wanted(Used))
    return Used;
  for (const Stmt *Child : S->children())
    if (const Decl *Found = findMemberUse(Child, Wanted))
      return Found;
  return nullptr;
}

std::string findProtectedUse(const Stmt *S, const CXXRecordDecl *Base) {
  const Decl *Found = findMemberUse(
      S, [&](const Decl *D) { return isProtectedMemberOf(D, Base); });
  return Found ? ::itdd::qualifiedName(cast<NamedDecl>(Found)) : "";
}

/// M overrides a virtual member function of Base (or of a class Base
/// derives from) and Base is abstract: a class made to be derived from,
/// whose protected members are what its implementations are given to
/// work with. Using them there is what every user of it does.
bool implementsExtensionPoint(const CXXMethodDecl *M,
                              const CXXRecordDecl *Base) {
  const CXXRecordDecl *Def = Base->getDefinition();
  if (!Def || !Def->isAbstract())
    return false;
  return llvm::any_of(M->overridden_methods(), [&](const CXXMethodDecl *O) {
    const CXXRecordDecl *Owner = O->getParent();
    return ::itdd::canonicalRecord(Owner) == ::itdd::canonicalRecord(Def) ||
           Def->isDerivedFrom(Owner);
  });
}

std::string protectedMemberReached(const CXXRecordDecl *RD,
                                   const CXXRecordDecl *Base) {
  for (const Decl *D : RD->decls()) {
    if (const auto *Using = dyn_cast<UsingDecl>(D))
      for (const UsingShadowDecl *Shadow : Using->shadows())
        if (isProtectedMemberOf(Shadow->getTargetDecl(), Base))
          return ::itdd::qualifiedName(Shadow->getTargetDecl());
    // `using Holder<T>::value;` in a template names a member of the
    // dependent base: look it up in the base's template.
    if (const auto *Unresolved = dyn_cast<UnresolvedUsingValueDecl>(D))
      if (Base->hasDefinition())
        for (const NamedDecl *Found :
             Base->getDefinition()->lookup(Unresolved->getDeclName()))
          if (isProtectedMemberOf(Found, Base))
            return ::itdd::qualifiedName(Found);
  }
  for (const CXXMethodDecl *M : RD->methods()) {
    const FunctionDecl *Def = nullptr;
    if (M->isImplicit() || !M->hasBody(Def) || !Def ||
        implementsExtensionPoint(M, Base))
      continue;
    std::string Found = findProtectedUse(Def->getBody(), Base);
    if (Found.empty())
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->isWritten() && Found.empty())
            Found = findProtectedUse(Init->getInit(), Base);
    if (!Found.empty())
      return Found;
  }
  return "";
}

/// Product grants RD its private members: it befriends RD, the template RD
/// specialises or defines (`template <class> friend class Peer;`), or RD
/// is one of its nested classes defined in the test.
bool befriends(const CXXRecordDecl *Product, const CXXRecordDecl *RD) {
  const CXXRecordDecl *Def = Product->getDefinition();
  if (!Def || ::itdd::canonicalRecord(Def) == ::itdd::canonicalRecord(RD))
    return false;
  for (const DeclContext *DC = RD->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *Outer = dyn_cast<CXXRecordDecl>(DC))
      if (::itdd::canonicalRecord(Outer) == ::itdd::canonicalRecord(Def))
        return true;
  const ClassTemplateDecl *Template = RD->getDescribedClassTemplate();
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    Template = Spec->getSpecializedTemplate();
  for (const FriendDecl *F : Def->friends()) {
    if (const TypeSourceInfo *T = F->getFriendType()) {
      const CXXRecordDecl *Friend = T->getType()->getAsCXXRecordDecl();
      if (Friend &&
          ::itdd::canonicalRecord(Friend) == ::itdd::canonicalRecord(RD))
        return true;
    } else if (const auto *FT =
                   dyn_cast_or_null<ClassTemplateDecl>(F->getFriendDecl())) {
      if (Template &&
          FT->getCanonicalDecl() == Template->getCanonicalDecl())
        return true;
    }
  }
  return false;
}

/// A member of a class other than Self that Self may use only because
/// that class lets it (private, or protected without deriving from it).
const CXXRecordDecl *closedOwner(const Decl *Member, const CXXRecordDecl *Self) {
  if (!Member || (Member->getAccess() != AS_private &&
                  Member->getAccess() != AS_protected))
    return nullptr;
  const auto *Owner = dyn_cast<CXXRecordDecl>(Member->getDeclContext());
  if (!Owner || ::itdd::canonicalRecord(Owner) == ::itdd::canonicalRecord(Self))
    return nullptr;
  if (Member->getAccess() == AS_protected && Self->hasDefinition() &&
      Self->isDerivedFrom(Owner))
    return nullptr;
  return Owner;
}

/// How a finding names test code: a test by its suite and name, another
/// class by its type (`ledger::Peer<ledger::Journal>`).
std::string testSideName(const CXXRecordDecl *RD,
                         const ::itdd::TestFileAnalysis &Analysis,
                         const ASTContext &Ctx) {
  for (const ::itdd::IntegrationTest &T : Analysis.tests())
    if (T.Class &&
        ::itdd::canonicalRecord(T.Class) == ::itdd::canonicalRecord(RD))
      return "test '" + T.Suite + "." + T.Name + "'";
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.PrintCanonicalTypes = true;
  return "test class '" + Ctx.getRecordType(RD).getAsString(Policy) + "'";
}

} // namespace

/// Test code the product befriends (a peer class, a specialisation of a
/// befriended template, a test named by FRIEND_TEST) that uses the
/// friendship to read the product's private members.
void TestOnlyAccessCheck::checkFriendAccess(
    const CXXRecordDecl *RD, ::itdd::TestFileAnalysis &Analysis,
    ASTContext &Ctx) {
  ::itdd::ComponentClassifier &Classifier = Analysis.classifier();
  for (const CXXMethodDecl *M : RD->methods()) {
    const FunctionDecl *Def = nullptr;
    if (M->isImplicit() || !M->hasBody(Def) || !Def)
      continue;
    // A member of an application class that lets RD in by friendship.
    const CXXRecordDecl *Owner = nullptr;
    const Decl *Member = findMemberUse(Def->getBody(), [&](const Decl *D) {
      const CXXRecordDecl *Of = closedOwner(D, RD);
      if (!Of || !Classifier.isProjectDecl(Of) ||
          Classifier.isTestCodeLocation(Of->getLocation()) ||
          !befriends(Of, RD))
        return false;
      ::itdd::Role R = Classifier.roleOf(Of).Primary;
      Owner = Of;
      return R != ::itdd::Role::None && R != ::itdd::Role::Test;
    });
    if (!Member)
      continue;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Loc = SM.getExpansionLoc(RD->getLocation());
    std::string Name = ::itdd::qualifiedName(cast<NamedDecl>(Member));
    std::string Self = testSideName(RD, Analysis, Ctx);
    if (!isNew(SM, Loc, nullptr, {Self, ::itdd::qualifiedName(Owner), Name}))
      return;
    diag(Loc, "%0 uses the friendship '%1' grants it to reach its private "
              "member '%2'; test through the product's public interface "
              "instead")
        << Self << ::itdd::qualifiedName(Owner) << Name;
    return;
  }
}

void TestOnlyAccessCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  for (const auto &[Loc, Macro] : AccessDefines)
    if (isNew(Ctx.getSourceManager(), Loc, nullptr, {Macro}))
      diag(Loc, "'#define %0 public' opens the internals of the code under "
                "test; test through the product's public interface instead")
          << Macro;
  ::itdd::ComponentClassifier &Classifier = Analysis.classifier();
  for (const CXXRecordDecl *RD : Analysis.fileClasses()) {
    if (Classifier.isMock(RD))
      continue;
    checkFriendAccess(RD, Analysis, Ctx);
    if (::itdd::isGTestFixtureOrTest(RD))
      continue;
    for (const CXXBaseSpecifier &B : RD->bases()) {
      // A dependent base (`Holder<T>`) is judged by its template.
      const CXXRecordDecl *Base = ::itdd::baseClassOf(B);
      if (!Base || !Classifier.isProjectDecl(Base) ||
          Classifier.isTestCodeLocation(Base->getLocation()))
        continue;
      bool Pattern = Base->getDescribedClassTemplate() != nullptr;
      ::itdd::Role R = Classifier.roleOf(Base).Primary;
      if (!Pattern && (R == ::itdd::Role::None || R == ::itdd::Role::Test))
        continue;
      std::string Member = protectedMemberReached(RD, Base);
      if (Member.empty())
        continue;
      if (!isNew(Ctx.getSourceManager(), RD->getLocation(), nullptr,
                 {RD->getName().str(), ::itdd::qualifiedName(Base), Member}))
        break;
      diag(RD->getLocation(), "test class '%0' subclasses '%1' to reach its "
                              "protected member '%2'; test through the "
                              "product's public interface instead")
          << RD->getName() << ::itdd::qualifiedName(Base) << Member;
      break;
    }
  }
}

} // namespace clang::tidy::itdd
