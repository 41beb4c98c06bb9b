//===--- UiDetailAssertionCheck.cpp - clang-tidy --------------------------===//

#include "UiDetailAssertionCheck.h"

namespace clang::tidy::itdd {

void UiDetailAssertionCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                       ASTContext &Ctx) {
  for (const ::itdd::UiDetailAssertion &A : Analysis.uiDetails())
    diag(A.Loc, "assertion checks rendering detail '%0'; assert on what the "
                "user achieved or on the state of the system instead")
        << A.Member;
}

} // namespace clang::tidy::itdd
