//===--- UnjudgedTests.h - tests the checks did not judge ------*- C++ -*-===//
//
// The checks say once per file which tests they did not judge and why
// (remarks; a warning for a file that looks like integration tests the
// default pattern missed). A run over many files (itdd baseline) sums
// them, so that silence on an unjudged test never reads as a pass.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_UNJUDGEDTESTS_H
#define ITDD_CORE_UNJUDGEDTESTS_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace itdd {

/// Tests not judged over a run, summed from the checks' remarks.
struct UnjudgedTests {
  /// Integration tests the analysis could not follow to the end.
  unsigned NotFollowed = 0;
  /// GoogleTest tests in files outside the default integration-test pattern.
  unsigned OutsidePattern = 0;
  /// Integration test files that do not compile.
  unsigned FilesNotCompiling = 0;
  /// Why tests were not followed, as the remarks name it (the function or
  /// class involved), with how many tests; a remark lists its commonest
  /// reasons only, so these may sum to less than NotFollowed.
  std::map<std::string, unsigned> Reasons;

  /// Adds the remarks of one clang-tidy run's output.
  void addClangTidyOutput(llvm::StringRef Output);
  bool empty() const {
    return NotFollowed == 0 && OutsidePattern == 0 && FilesNotCompiling == 0;
  }
  /// The reasons, commonest first, at most Limit of them.
  std::vector<std::pair<std::string, unsigned>>
  commonestReasons(size_t Limit) const;
};

} // namespace itdd

#endif // ITDD_CORE_UNJUDGEDTESTS_H
