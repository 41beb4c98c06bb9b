//===--- ScenarioNamingCheck.cpp - clang-tidy -----------------------------===//

#include "ScenarioNamingCheck.h"
#include "core/Naming.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::itdd {

void ScenarioNamingCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                    ASTContext &Ctx) {
  // A file's tests use the same few classes: collect and split each class's
  // code units once.
  llvm::DenseMap<const CXXRecordDecl *, std::vector<::itdd::CodeUnit>> Known;
  auto UnitsOf = [&](const CXXRecordDecl *RD)
      -> const std::vector<::itdd::CodeUnit> & {
    auto [It, Inserted] = Known.try_emplace(RD);
    if (!Inserted)
      return It->second;
    std::vector<::itdd::CodeUnit> Units;
    Units.push_back({::itdd::qualifiedName(RD), RD->getName().str(), false,
                     Analysis.classifier().roleOf(RD).EntryPoint});
    if (RD->hasDefinition()) {
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
    for (::itdd::CodeUnit &U : Units)
      U.Words = ::itdd::splitIdentifierWords(U.Name);
    return Known[RD] = std::move(Units);
  };

  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    std::vector<const CXXRecordDecl *> Named;
    for (const CXXRecordDecl *RD : T.UsedClasses)
      if (RD->getIdentifier())
        Named.push_back(RD);
    std::vector<::itdd::CodeUnit> Combined;
    llvm::ArrayRef<::itdd::CodeUnit> Units;
    if (Named.size() == 1) {
      Units = UnitsOf(Named.front());
    } else {
      for (const CXXRecordDecl *RD : Named) {
        const std::vector<::itdd::CodeUnit> &Of = UnitsOf(RD);
        Combined.insert(Combined.end(), Of.begin(), Of.end());
      }
      Units = Combined;
    }
    std::optional<::itdd::CodeUnit> Unit =
        ::itdd::findCodeUnitName(T.Name, Units);
    if (!Unit ||
        !isNew(Ctx.getSourceManager(), T.Loc, &T, {Unit->QualifiedName}))
      continue;
    diag(T.Loc, "integration test '%0' is named after %select{class|member "
                "function}1 '%2'; name it after the user outcome it checks")
        << T.Name << Unit->IsMethod << Unit->QualifiedName;
  }
}

} // namespace clang::tidy::itdd
