//===--- ScenarioNamingCheck.cpp - clang-tidy -----------------------------===//
//
// The rule is core/Naming.cpp's over the code units analysis/TestVerdicts
// collects (CodeUnitNames), shared with `itdd explain`; this reports it.
//
//===----------------------------------------------------------------------===//

#include "ScenarioNamingCheck.h"
#include "analysis/TestVerdicts.h"

namespace clang::tidy::itdd {

void ScenarioNamingCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  ::itdd::CodeUnitNames Units(Analysis.classifier());
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    std::optional<::itdd::CodeUnit> Unit = Units.namedAfter(T);
    if (!Unit ||
        !isNew(Ctx.getSourceManager(), T.Loc, &T, {Unit->QualifiedName}))
      continue;
    diag(T.Loc, "integration test '%0' is named after %select{class|member "
                "function}1 '%2'; name it after the user outcome it checks")
        << T.Name << Unit->IsMethod << Unit->QualifiedName;
  }
}

} // namespace clang::tidy::itdd
