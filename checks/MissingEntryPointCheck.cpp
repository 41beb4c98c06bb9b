//===--- MissingEntryPointCheck.cpp - clang-tidy --------------------------===//
//
// The rule is analysis/TestVerdicts.cpp's (missingEntryPointVerdict,
// entryPointsUnconfigured), shared with `itdd explain`; this reports it.
//
//===----------------------------------------------------------------------===//

#include "MissingEntryPointCheck.h"
#include "analysis/TestVerdicts.h"

namespace clang::tidy::itdd {

void MissingEntryPointCheck::checkFile(::itdd::TestFileAnalysis &Analysis,
                                       ASTContext &Ctx) {
  std::vector<const ::itdd::IntegrationTest *> Missing, Undecided;
  for (const ::itdd::IntegrationTest &T : Analysis.tests()) {
    ::itdd::Verdict V = ::itdd::missingEntryPointVerdict(T);
    if (V == ::itdd::Verdict::Fires)
      Missing.push_back(&T);
    else if (V == ::itdd::Verdict::NotJudged)
      Undecided.push_back(&T);
  }
  noteUndecided(Analysis, Ctx.getSourceManager(), Undecided);
  if (Missing.empty())
    return;
  // Left to the default name patterns, a project whose entry points they
  // do not fit would see every test reported: the configuration is what is
  // missing, so say that once, as a remark that fails no build.
  if (::itdd::entryPointsUnconfigured(Analysis, Ctx, Missing.size())) {
    if (!isNew(Ctx.getSourceManager(), Missing.front()->Loc, nullptr))
      return;
    diag(Missing.front()->Loc,
         "none of the %0 integration test%s0 in this file reaches an entry "
         "point the default names recognise; name the classes or functions "
         "users call in 'itdd.EntryPoints' (e.g. "
         "'^myproject::(Server|Client|load)$') or annotate them with "
         "[[clang::annotate(\"itdd::entry_point\")]]",
         DiagnosticIDs::Remark)
        << static_cast<unsigned>(Missing.size());
    return;
  }
  for (const ::itdd::IntegrationTest *T : Missing)
    if (isNew(Ctx.getSourceManager(), T->Loc, T))
      diag(T->Loc, "integration test '%0' never goes through an entry point; "
                   "drive the journey through a controller, handler, command "
                   "or screen")
          << T->Name;
}

} // namespace clang::tidy::itdd
