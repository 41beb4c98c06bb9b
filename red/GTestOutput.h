//===--- GTestOutput.h - reading what a GoogleTest binary wrote -*- C++ -*-===//
//
// The three outputs of a GoogleTest binary `itdd red` reads: the JSON report
// (--gtest_output=json), the console text (all that is left when the
// process crashed or was killed) and the test list (--gtest_list_tests).
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_GTESTOUTPUT_H
#define ITDD_RED_GTESTOUTPUT_H

#include "red/Outcome.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace itdd::red {

/// The tests of a --gtest_output=json report, in the order they ran.
llvm::Expected<std::vector<TestOutcome>> parseJsonReport(llvm::StringRef Text);

/// What the console output of a run says.
struct ConsoleReport {
  /// Tests that ran to their end ([ OK ], [ FAILED ], [ SKIPPED ]).
  std::vector<TestOutcome> Finished;
  /// The test that started and never ended, if any.
  std::string Unfinished;
  /// Failures printed while the unfinished test ran.
  std::vector<Failure> UnfinishedFailures;
  /// Suite -> the failure of its SetUpTestSuite.
  llvm::StringMap<std::string> SuiteSetupFailures;
  /// It printed GoogleTest's banner: it is a GoogleTest binary.
  bool IsGTest = false;
};
ConsoleReport parseConsoleOutput(llvm::StringRef Text);

/// "Suite.Name" of the test a console line says has ended ("[       OK ]",
/// "[  FAILED  ]" or "[  SKIPPED ]"); empty for any other line. The failed
/// tests' list at the end repeats their names.
llvm::StringRef endedTestName(llvm::StringRef Line);

/// "Suite.Name" of every test a --gtest_list_tests output lists.
std::vector<std::string> parseTestList(llvm::StringRef Text);

/// "file:line\nmessage" (JSON) or "file:line: Failure\nmessage" (console)
/// split into a Failure.
Failure parseFailure(llvm::StringRef Text);

} // namespace itdd::red

#endif // ITDD_RED_GTESTOUTPUT_H
