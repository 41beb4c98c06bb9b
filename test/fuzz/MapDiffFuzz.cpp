//===--- MapDiffFuzz.cpp - the diff of two maps read from JSON ------------===//
//
// The input is two JSON maps separated by a NUL byte (an absent or broken
// one is the empty map). The diff is written as JSON and Markdown, and a
// map compared with itself must show no change.
//
//===----------------------------------------------------------------------===//
#include "MapInput.h"
#include "core/MapDiff.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto [OldText, NewText] = fuzz::splitAtNul(fuzz::textOf(Data, Size));
  DependencyMap Old = fuzz::decodeMap(OldText).value_or(DependencyMap());
  DependencyMap New = fuzz::decodeMap(NewText).value_or(DependencyMap());
  MapDiff Diff = diffMaps(Old, New);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << toJSON(Diff);
  writeMapDiffMarkdown(Diff, OS);
  for (DiffFailOn On :
       {DiffFailOn::NewBoundary, DiffFailOn::RoleChange, DiffFailOn::Any})
    fuzz::require(!diffFails(Diff, On) || !Diff.empty(),
                  "an empty diff fails no condition");
  fuzz::require(diffMaps(Old, Old).empty() && diffMaps(New, New).empty(),
                "a map compared with itself shows no change");
  return 0;
}
