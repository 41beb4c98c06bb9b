//===--- ScenarioNamingCheck.cpp - clang-tidy -----------------------------===//

#include "ScenarioNamingCheck.h"
#include "core/Naming.h"

namespace clang::tidy::itdd {

void ScenarioNamingCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    std::vector<::itdd::CodeUnit> Units;
    for (const CXXRecordDecl *RD : T.UsedClasses) {
      if (!RD->getIdentifier())
        continue;
      Units.push_back({::itdd::qualifiedName(RD), RD->getName().str(), false});
      if (!RD->hasDefinition())
        continue;
      for (const CXXMethodDecl *M : RD->getDefinition()->methods())
        if (M->getIdentifier() && !M->isImplicit() &&
            M->getAccess() == AS_public)
          Units.push_back(
              {::itdd::qualifiedName(M), M->getName().str(), true});
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
