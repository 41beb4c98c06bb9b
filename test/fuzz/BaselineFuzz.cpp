//===--- BaselineFuzz.cpp - the baseline file and recorded findings -------===//
//
// The input is a baseline file, then after a NUL byte the findings the
// checks recorded. A baseline read back from its own text is the same
// baseline; every recorded finding is consumed from the baseline built of
// the recorded findings.
//
//===----------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "core/Baseline.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto [File, Recorded] = fuzz::splitAtNul(fuzz::textOf(Data, Size));
  if (llvm::Expected<Baseline> B = Baseline::parse(File)) {
    std::string Text = B->toJson();
    llvm::Expected<Baseline> Again = Baseline::parse(Text);
    fuzz::require(static_cast<bool>(Again), "a written baseline reads back");
    fuzz::require(Again && Again->toJson() == Text,
                  "a baseline reads back to the same findings");
    if (!Again)
      llvm::consumeError(Again.takeError());
  } else {
    llvm::consumeError(B.takeError());
  }
  std::vector<std::string> Errors;
  std::vector<RecordedFinding> Found =
      parseRecordedFindings(Recorded, "/src/project", &Errors);
  Baseline FromRecord = Baseline::fromFindings(Found);
  fuzz::require(FromRecord.size() == Found.size(),
                "every recorded finding is counted");
  for (const RecordedFinding &F : Found)
    fuzz::require(FromRecord.consume(F.Key),
                  "every recorded finding is in its baseline");
  fuzz::require(FromRecord.size() == 0, "nothing is left once all are taken");
  return 0;
}
