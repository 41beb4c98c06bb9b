//===--- MissingBusinessAssertionCheck.cpp - clang-tidy -------------------===//
//
// The rule: an integration test must assert the business outcome, decided
// by analysis/TestVerdicts.cpp (shared with `itdd explain`). What counts
// as a set-up assertion is in analysis/SetupAssertions.cpp, shared with
// `itdd red`; analysis/walk/AssertionsReached.cpp only collects the
// assertions a test reaches.
//
//===----------------------------------------------------------------------===//

#include "MissingBusinessAssertionCheck.h"
#include "analysis/TestVerdicts.h"

namespace clang::tidy::itdd {

void MissingBusinessAssertionCheck::checkFile(
    ::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    ::itdd::AssertionCounts Counts;
    ::itdd::Verdict V = ::itdd::missingBusinessAssertionVerdict(T, Counts);
    if (V == ::itdd::Verdict::NotJudged)
      Undecided.push_back(&T);
    if (V != ::itdd::Verdict::Fires || !isNew(SM, T.Loc, &T))
      continue;
    if (T.PendingSkeleton)
      diag(T.Loc, "integration test '%0' is a pending skeleton; write "
                  "its steps and assert the business outcome of its Then")
          << T.Name;
    else if (T.InternalExpectations > 0)
      diag(T.Loc, "integration test '%0' only expects calls on mocks of the "
                  "application's own components; assert the business outcome "
                  "of the journey instead")
          << T.Name;
    else if (Counts.Setup == 0)
      diag(T.Loc, "integration test '%0' asserts nothing; check the business "
                  "outcome of the journey (the state it leaves, the answer "
                  "the user gets, or a call on an external boundary)")
          << T.Name;
    else
      diag(T.Loc, "integration test '%0' only checks that the system was set "
                  "up; assert the business outcome of the journey instead")
          << T.Name;
  }
  noteUndecided(Analysis, SM, Undecided);
}

} // namespace clang::tidy::itdd
