//===--- SingleComponentCheck.cpp - clang-tidy ----------------------------===//

#include "SingleComponentCheck.h"

namespace clang::tidy::itdd {

void SingleComponentCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                     ASTContext &Ctx) {
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.RealComponents.size() >= 2)
      continue;
    if (T.RealComponents.empty())
      diag(T.Loc, "integration test '%0' builds no real application "
                  "component; wire at least two real components together and "
                  "mock only external boundaries")
          << T.Name;
    else
      diag(T.Loc, "integration test '%0' exercises only one real component "
                  "'%1'; wire at least two real components together and mock "
                  "only external boundaries")
          << T.Name << ::itdd::qualifiedName(T.RealComponents.front());
  }
}

} // namespace clang::tidy::itdd
