//===--- Outcome.h - what one test did when it ran -------------*- C++ -*-===//
//
// The plain record of a test run that `itdd red` judges: how the test
// ended and the failures GoogleTest reported, whatever output they came
// from (the JSON report, the console text, a killed process).
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_OUTCOME_H
#define ITDD_RED_OUTCOME_H

#include <string>
#include <vector>

namespace itdd::red {

/// One failure GoogleTest reported; File is empty for "unknown file"
/// (an exception, a mock's unexpected call).
struct Failure {
  std::string File;
  unsigned Line = 0;
  std::string Message;
};

/// What the call stack showed when a mock call failed, in a re-run of the
/// test under a debugger: who made the call.
struct MockCallTrace {
  /// The failure (an index into TestOutcome::Failures) the call raised.
  size_t Failure = 0;
  /// The mock's method ("billing::MockClock::today").
  std::string MockMethod;
  /// The entry-point function the call came through ("") none.
  std::string EntryPoint;
  /// Where the test's own code (the test body, its fixture, a helper) made
  /// the call that led to the mock: "file:line", or "" when unknown.
  std::string From;
  /// Every frame is on the stack (the binary has debug information, so
  /// inlined calls show): no entry point on it means none was on the way.
  bool Complete = false;
  /// The chain of calls starts in the test's own code (not another thread).
  bool FromTest = false;
};

/// What the call stack showed when an assertion outside the test body
/// failed, in a re-run of the test under a debugger: which part of the
/// test was running (a helper may be called from the fixture's set-up and
/// from the body alike).
struct PhaseTrace {
  /// The failure (an index into TestOutcome::Failures).
  size_t Failure = 0;
  enum class Phase { Unknown, SetUp, Body, TearDown };
  Phase In = Phase::Unknown;
  /// The outermost function of the test's own code on the stack
  /// ("shop::CheckoutTest::CheckoutTest", "shop::CheckoutTest_Pays_Test::TestBody").
  std::string Through;
};

enum class Ending {
  Passed,
  Failed,
  Skipped,
  /// The process died of a signal while the test ran.
  Crashed,
  /// The test ran longer than the timeout and was killed.
  TimedOut,
  /// The process exited while the test ran (exit() in the code under test).
  Exited,
  /// No run reported it at all.
  Missing,
};

struct TestOutcome {
  std::string Suite, Name;
  /// Where the TEST macro is, when the JSON report says.
  std::string File;
  unsigned Line = 0;
  Ending End = Ending::Missing;
  int Signal = 0;   ///< Crashed: the signal.
  int ExitCode = 0; ///< Exited: the code.
  unsigned TimeoutSeconds = 0;
  std::vector<Failure> Failures;
  /// GTEST_SKIP's message.
  std::string SkipMessage;
  /// The suite's SetUpTestSuite failed (GoogleTest then skips the test).
  std::string SuiteSetupFailure;
  /// Why it is Missing.
  std::string MissingReason;
  /// From a re-run under a debugger: the failing mock calls' stacks.
  std::vector<MockCallTrace> Traces;
  /// From the same re-run: the part of the test each assertion failure
  /// outside the test body happened in.
  std::vector<PhaseTrace> Phases;
  /// Why there are no traces: not asked for, no debugger, the re-run
  /// failed otherwise ("" when none was tried).
  std::string TraceNote;

  std::string fullName() const { return Suite + "." + Name; }
};

} // namespace itdd::red

#endif // ITDD_RED_OUTCOME_H
