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

std::string findProtectedUse(const Stmt *S,
                                    const CXXRecordDecl *Base) {
  if (!S)
    return "";
  if (const auto *ME = dyn_cast<MemberExpr>(S))
    if (isProtectedMemberOf(ME->getMemberDecl(), Base))
      return ::itdd::qualifiedName(ME->getMemberDecl());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (isProtectedMemberOf(Ref->getDecl(), Base))
      return ::itdd::qualifiedName(Ref->getDecl());
  for (const Stmt *Child : S->children()) {
    std::string Found = findProtectedUse(Child, Base);
    if (!Found.empty())
      return Found;
  }
  return "";
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
    if (M->isImplicit() || !M->hasBody(Def) || !Def)
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



} // namespace

void TestOnlyAccessCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  for (const auto &[Loc, Macro] : AccessDefines)
    if (isNew(Ctx.getSourceManager(), Loc, nullptr, {Macro}))
      diag(Loc, "'#define %0 public' opens the internals of the code under "
                "test; test through the product's public interface instead")
          << Macro;
  ::itdd::ComponentClassifier &Classifier = Analysis.classifier();
  for (const CXXRecordDecl *RD : Analysis.fileClasses()) {
    if (::itdd::isGTestFixtureOrTest(RD) || Classifier.isMock(RD))
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
