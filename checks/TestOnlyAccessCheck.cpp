//===--- TestOnlyAccessCheck.cpp - clang-tidy -----------------------------===//

#include "TestOnlyAccessCheck.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

namespace clang::tidy::itdd {

namespace {
/// Reports `#define private public` and `#define protected public` in the
/// main file of an integration test.
class AccessMacroCallbacks : public PPCallbacks {
public:
  AccessMacroCallbacks(TestOnlyAccessCheck &Check, const SourceManager &SM,
                       const ::itdd::Config &Cfg)
      : Check(Check), SM(SM), Cfg(Cfg) {}

  void MacroDefined(const Token &MacroNameTok,
                    const MacroDirective *MD) override {
    const IdentifierInfo *Name = MacroNameTok.getIdentifierInfo();
    if (!Name || (Name->getName() != "private" &&
                  Name->getName() != "protected"))
      return;
    SourceLocation Loc = MacroNameTok.getLocation();
    if (!SM.isInMainFile(Loc) || !isIntegrationTestMainFile())
      return;
    const MacroInfo *Info = MD->getMacroInfo();
    if (Info->getNumTokens() != 1 ||
        !Info->getReplacementToken(0).is(tok::kw_public))
      return;
    Check.diag(Loc, "'#define %0 public' opens the internals of the code "
                    "under test; test through the product's public "
                    "interface instead")
        << Name->getName();
  }

private:
  bool isIntegrationTestMainFile() {
    if (!Known) {
      OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
      Integration = Main && Cfg.isIntegrationTestFile(Main->getName());
      Known = true;
    }
    return Integration;
  }

  TestOnlyAccessCheck &Check;
  const SourceManager &SM;
  const ::itdd::Config &Cfg;
  bool Known = false;
  bool Integration = false;
};
} // namespace

void TestOnlyAccessCheck::registerPPCallbacks(const SourceManager &SM,
                                              Preprocessor *PP,
                                              Preprocessor *ModuleExpanderPP) {
  PP->addPPCallbacks(std::make_unique<AccessMacroCallbacks>(*this, SM,
                                                            config()));
}

void TestOnlyAccessCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  for (const ::itdd::ProtectedAccess &A : Analysis.protectedAccesses())
    diag(A.Subclass->getLocation(),
         "test class '%0' subclasses '%1' to reach its protected member '%2'; "
         "test through the product's public interface instead")
        << A.Subclass->getName() << ::itdd::qualifiedName(A.Base) << A.Member;
}

} // namespace clang::tidy::itdd
