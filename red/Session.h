//===--- Session.h - every selected test gets an outcome -------*- C++ -*-===//
//
// Runs a GoogleTest binary once for all its tests (in --jobs shards) with
// the JSON report, then re-runs, a process at a time, the tests a crash or
// a hang kept from reporting, so that no test is lost.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_SESSION_H
#define ITDD_RED_SESSION_H

#include "red/Outcome.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <string>
#include <vector>

namespace itdd::red {

struct SessionOptions {
  std::string Binary;
  std::vector<std::string> Args;
  /// --gtest_filter pattern; empty: every test.
  std::string Filter;
  unsigned TimeoutSeconds = 60;
  unsigned Jobs = 1;
  /// Where the JSON reports go (a fresh directory).
  std::string WorkDir;
  /// Called as each test ends, one call at a time, with the number of tests
  /// ended so far and of those selected; null: none. With it, the tests are
  /// listed (one more process) before they run, to count them.
  std::function<void(size_t Done, size_t Total, llvm::StringRef Test)>
      OnTestDone;
};

struct SessionResult {
  std::vector<TestOutcome> Outcomes;
  /// Processes started, the first run's included.
  unsigned Processes = 0;
  /// The filter selected none of the binary's tests: nothing was judged,
  /// which is no green run.
  bool NoneSelected = false;
};

/// Whether GoogleTest's --gtest_filter=Filter selects the test FullName
/// ("Suite.Name"): ':'-separated patterns with '*' and '?', the negative
/// ones after a '-'; an empty filter selects every test.
bool selectedByFilter(llvm::StringRef Filter, llvm::StringRef FullName);

/// The outcome of every selected test, or an error when the binary cannot
/// run or is not a GoogleTest binary.
llvm::Expected<SessionResult> runSession(const SessionOptions &Options);

} // namespace itdd::red

#endif // ITDD_RED_SESSION_H
