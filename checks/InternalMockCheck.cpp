//===--- InternalMockCheck.cpp - clang-tidy -------------------------------===//

#include "InternalMockCheck.h"
#include "analysis/TestVerdicts.h"
#include "analysis/ast/Decls.h"

namespace clang::tidy::itdd {

void InternalMockCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                  ASTContext &Ctx) {
  for (const ::itdd::MockCreation &M : Analysis.mockCreations()) {
    for (const CXXRecordDecl *Mocked : ::itdd::classesMockedBy(M)) {
      ::itdd::ClassRole Role = Analysis.classifier().roleOf(Mocked);
      if (!Role.mustStayReal())
        continue;
      const char *What = Role.Primary == ::itdd::Role::EntryPoint
                             ? "entry point"
                         : Role.Primary == ::itdd::Role::Ui
                             ? "UI component"
                             : "internal component";
      std::vector<std::string> Names{::itdd::qualifiedName(Mocked)};
      if (M.Replaced)
        Names.push_back(::itdd::qualifiedName(M.Mock));
      if (!isNew(Analysis, Ctx.getSourceManager(), M.Loc, Names))
        break;
      if (M.Replaced)
        diag(M.Loc, "integration test mocks %0 '%1' through template "
                    "argument '%2'; use the real component and mock only "
                    "external boundaries")
            << What << ::itdd::qualifiedName(Mocked)
            << ::itdd::qualifiedName(M.Mock);
      else
        diag(M.Loc, "integration test mocks %0 '%1'; use the real component "
                    "and mock only external boundaries")
            << What << ::itdd::qualifiedName(Mocked);
      noteReplacedDefaults(Mocked, Analysis.classifier());
      break;
    }
  }
}

} // namespace clang::tidy::itdd
