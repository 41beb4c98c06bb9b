//===--- InternalMockCheck.cpp - clang-tidy -------------------------------===//

#include "InternalMockCheck.h"
#include "core/GTestModel.h"

namespace clang::tidy::itdd {

void InternalMockCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                  ASTContext &Ctx) {
  for (const ::itdd::MockCreation &M : Analysis.mockCreations()) {
    for (const CXXRecordDecl *Mocked : ::itdd::mockedClasses(M.Mock)) {
      ::itdd::ClassRole Role = Analysis.classifier().roleOf(Mocked);
      if (!Role.mustStayReal())
        continue;
      const char *What = Role.Primary == ::itdd::Role::EntryPoint
                             ? "entry point"
                         : Role.Primary == ::itdd::Role::Ui
                             ? "UI component"
                             : "internal component";
      diag(M.Loc, "integration test mocks %0 '%1'; use the real component "
                  "and mock only external boundaries")
          << What << ::itdd::qualifiedName(Mocked);
      break;
    }
  }
}

} // namespace clang::tidy::itdd
