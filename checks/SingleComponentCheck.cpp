//===--- SingleComponentCheck.cpp - clang-tidy ----------------------------===//

#include "SingleComponentCheck.h"

namespace clang::tidy::itdd {

void SingleComponentCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                     ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    if (T.RealComponents.size() >= 2 || T.CompileTimeOnly)
      continue;
    // What a facade function or an unseen helper assembles cannot be
    // counted from here.
    if (T.CallsFacade || T.Undecided) {
      if (T.Undecided)
        Undecided.push_back(&T);
      continue;
    }
    std::vector<std::string> Names;
    if (!T.RealComponents.empty())
      Names.push_back(::itdd::qualifiedName(T.RealComponents.front()));
    if (!isNew(Ctx.getSourceManager(), T.Loc, &T, Names))
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
  noteUndecided(Analysis, Ctx.getSourceManager(), Undecided);
}

} // namespace clang::tidy::itdd
