//===--- SingleComponentCheck.cpp - clang-tidy ----------------------------===//
//
// The rule is analysis/TestVerdicts.cpp's (singleComponentVerdict), shared
// with `itdd explain`; this reports it.
//
//===----------------------------------------------------------------------===//

#include "SingleComponentCheck.h"
#include "analysis/TestVerdicts.h"

namespace clang::tidy::itdd {

void SingleComponentCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                     ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    std::vector<std::string> Names;
    ::itdd::Verdict V = ::itdd::singleComponentVerdict(T, Names);
    if (V == ::itdd::Verdict::NotJudged)
      Undecided.push_back(&T);
    if (V != ::itdd::Verdict::Fires ||
        !isNew(Ctx.getSourceManager(), T.Loc, &T, Names))
      continue;
    if (Names.empty())
      diag(T.Loc, "integration test '%0' builds no real application "
                  "component; wire at least two real components together and "
                  "mock only external boundaries")
          << T.Name;
    else
      diag(T.Loc, "integration test '%0' exercises only one real component "
                  "'%1'; wire at least two real components together and mock "
                  "only external boundaries")
          << T.Name << Names.front();
  }
  noteUndecided(Analysis, Ctx.getSourceManager(), Undecided);
}

} // namespace clang::tidy::itdd
