//===--- UnjudgedTests.cpp - tests the checks did not judge ---------------===//

#include "core/UnjudgedTests.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"

namespace itdd {

namespace {
// The wording of the remarks in checks/ItddCheck.cpp.
const char *NotFollowedRemark =
    "remark: ([0-9]+) of [0-9]+ integration tests not judged where a finding "
    "needs the whole test: (.*); set itdd\\.ShowUndecided";
// A remark, or a warning when the file looks like integration tests.
const char *OutsideRemark = "(remark|warning): ([0-9]+) GoogleTest tests? in "
                            "this file not judged: the file does not match";
const char *UncompiledRemark = "remark: integration tests in this file not "
                               "judged: the file does not compile";
const char *CountedReason = "^(.*) \\(([0-9]+) tests?\\)$";
} // namespace

void UnjudgedTests::addClangTidyOutput(llvm::StringRef Output) {
  llvm::Regex NotFollowedLine(NotFollowedRemark), OutsideLine(OutsideRemark),
      UncompiledLine(UncompiledRemark), Reason(CountedReason);
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Output.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    llvm::SmallVector<llvm::StringRef, 3> M;
    unsigned N = 0;
    if (NotFollowedLine.match(Line, &M) && !M[1].getAsInteger(10, N)) {
      NotFollowed += N;
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      M[2].split(Parts, "; ");
      for (llvm::StringRef Part : Parts) {
        llvm::SmallVector<llvm::StringRef, 3> R;
        unsigned Tests = 0;
        if (Reason.match(Part, &R) && !R[2].getAsInteger(10, Tests))
          Reasons[R[1].str()] += Tests;
      }
    } else if (OutsideLine.match(Line, &M) && !M[2].getAsInteger(10, N)) {
      OutsidePattern += N;
    } else if (UncompiledLine.match(Line)) {
      ++FilesNotCompiling;
    }
  }
}

std::vector<std::pair<std::string, unsigned>>
UnjudgedTests::commonestReasons(size_t Limit) const {
  std::vector<std::pair<std::string, unsigned>> Sorted(Reasons.begin(),
                                                       Reasons.end());
  llvm::stable_sort(Sorted, [](const auto &L, const auto &R) {
    return L.second > R.second;
  });
  if (Sorted.size() > Limit)
    Sorted.resize(Limit);
  return Sorted;
}

} // namespace itdd
