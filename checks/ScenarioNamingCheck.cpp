//===--- ScenarioNamingCheck.cpp - clang-tidy -----------------------------===//

#include "ScenarioNamingCheck.h"
#include "core/Naming.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::itdd {

void ScenarioNamingCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    std::vector<::itdd::CodeUnit> Units;
    for (const CXXRecordDecl *RD : T.UsedClasses) {
      if (!RD->getIdentifier())
        continue;
      Units.push_back({::itdd::qualifiedName(RD), RD->getName().str(), false,
                       Analysis.classifier().roleOf(RD).EntryPoint});
      if (!RD->hasDefinition())
        continue;
      // Member function templates name code units as much as the others.
      for (const Decl *D : RD->getDefinition()->decls()) {
        if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
          D = FT->getTemplatedDecl();
        const auto *M = dyn_cast<CXXMethodDecl>(D);
        if (M && M->getIdentifier() && !M->isImplicit() &&
            M->getAccess() == AS_public)
          Units.push_back(
              {::itdd::qualifiedName(M), M->getName().str(), true});
      }
    }
    std::optional<::itdd::CodeUnit> Unit =
        ::itdd::findCodeUnitName(T.Name, Units);
    if (!Unit)
      continue;
    diag(T.Loc, "integration test '%0' is named after %select{class|member "
                "function}1 '%2'; name it after the user outcome it checks")
        << T.Name << Unit->IsMethod << Unit->QualifiedName;
  }
}

} // namespace clang::tidy::itdd
