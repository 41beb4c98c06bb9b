//===--- InternalMockCheck.cpp - clang-tidy -------------------------------===//

#include "InternalMockCheck.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"

namespace clang::tidy::itdd {

void InternalMockCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                  ASTContext &Ctx) {
  for (const ::itdd::MockCreation &M : Analysis.mockCreations()) {
    llvm::SmallVector<const CXXRecordDecl *, 2> Replaced;
    if (M.Replaced)
      Replaced.push_back(M.Replaced);
    else
      Replaced = ::itdd::mockedClasses(M.Mock);
    for (const CXXRecordDecl *Mocked : Replaced) {
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
      break;
    }
  }
}

} // namespace clang::tidy::itdd
