//===--- MissingBusinessAssertionCheck.cpp - clang-tidy -------------------===//

#include "MissingBusinessAssertionCheck.h"

namespace clang::tidy::itdd {

void MissingBusinessAssertionCheck::checkFile(
    ::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.BusinessAssertions > 0 || T.CompileTimeOnly)
      continue;
    // An unseen helper may assert what the test is about.
    if (T.Undecided) {
      Undecided.push_back(&T);
      continue;
    }
    if (T.InternalExpectations > 0)
      diag(T.Loc, "integration test '%0' only expects calls on mocks of the "
                  "application's own components; assert the business outcome "
                  "of the journey instead")
          << T.Name;
    else if (T.SetupAssertions == 0)
      diag(T.Loc, "integration test '%0' asserts nothing; check the business "
                  "outcome of the journey (the state it leaves, the answer "
                  "the user gets, or a call on an external boundary)")
          << T.Name;
    else
      diag(T.Loc, "integration test '%0' only checks that the system was set "
                  "up; assert the business outcome of the journey instead")
          << T.Name;
  }
  noteUndecided(Analysis, Undecided);
}

} // namespace clang::tidy::itdd
