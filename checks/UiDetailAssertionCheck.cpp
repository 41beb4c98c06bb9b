//===--- UiDetailAssertionCheck.cpp - clang-tidy --------------------------===//
//
// The rule: assertions check what the user achieved, not how a screen
// renders it. What counts as a rendering member is analysis/TestVerdicts'
// (renderingDetailOf), shared with `itdd explain`;
// analysis/walk/AssertionsReached.cpp only collects the file's assertions.
//
//===----------------------------------------------------------------------===//

#include "UiDetailAssertionCheck.h"
#include "analysis/TestVerdicts.h"

namespace clang::tidy::itdd {

void UiDetailAssertionCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                       ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const ::itdd::AssertionSite *Site : Analysis.fileAssertions()) {
    std::string Member =
        ::itdd::renderingDetailOf(*Site, Analysis.classifier());
    if (Member.empty() ||
        !isNew(Analysis, SM, Site->Statement->getBeginLoc(), {Member}))
      continue;
    diag(SM.getExpansionLoc(Site->Statement->getBeginLoc()),
         "assertion checks rendering detail '%0'; assert on what the user "
         "achieved or on the state of the system instead")
        << Member;
  }
}

} // namespace clang::tidy::itdd
