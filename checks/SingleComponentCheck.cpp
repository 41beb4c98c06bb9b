//===--- SingleComponentCheck.cpp - clang-tidy ----------------------------===//

#include "SingleComponentCheck.h"

namespace clang::tidy::itdd {

void SingleComponentCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                     ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.CompileTimeOnly)
      continue;
    std::vector<std::string> Names = ::itdd::realComponentNames(T);
    if (Names.size() >= 2)
      continue;
    // What a facade function or an unseen helper assembles cannot be
    // counted from here.
    if (T.CallsFacade || T.Undecided) {
      if (T.Undecided)
        Undecided.push_back(&T);
      continue;
    }
    if (!isNew(Ctx.getSourceManager(), T.Loc, &T, Names))
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
