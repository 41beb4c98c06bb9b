//===--- GherkinFuzz.cpp - the .feature reader on any text ----------------===//
#include "FuzzInput.h"
#include "gherkin/Gherkin.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::Expected<gherkin::Feature> F =
      gherkin::parseFeature(fuzz::textOf(Data, Size), "fuzz.feature");
  if (!F) {
    std::string Message = llvm::toString(F.takeError());
    fuzz::require(llvm::StringRef(Message).starts_with("fuzz.feature:"),
                  "a Gherkin error names the file, line and column");
    return 0;
  }
  // Every located element points into the text.
  unsigned Lines = static_cast<unsigned>(fuzz::textOf(Data, Size).count('\n')) + 1;
  auto CheckSteps = [&](const std::vector<gherkin::Step> &Steps) {
    for (const gherkin::Step &S : Steps)
      fuzz::require(S.Loc.Line >= 1 && S.Loc.Line <= Lines,
                    "a step's line lies within the file");
  };
  for (const gherkin::Scenario &S : F->Scenarios)
    CheckSteps(S.Steps);
  for (const gherkin::Rule &R : F->Rules)
    for (const gherkin::Scenario &S : R.Scenarios)
      CheckSteps(S.Steps);
  return 0;
}
