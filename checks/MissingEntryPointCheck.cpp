//===--- MissingEntryPointCheck.cpp - clang-tidy --------------------------===//

#include "MissingEntryPointCheck.h"

namespace clang::tidy::itdd {

void MissingEntryPointCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                       ASTContext &Ctx) {
  for (const ::itdd::IntegrationTest &T : Analysis.tests())
    if (!T.CallsEntryPoint)
      diag(T.Loc, "integration test '%0' never goes through an entry point; "
                  "drive the journey through a controller, handler, command "
                  "or screen")
          << T.Name;
}

} // namespace clang::tidy::itdd
