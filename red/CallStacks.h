//===--- CallStacks.h - who made a failing mock call ------------*- C++ -*-===//
//
// GoogleTest prints no stack, and GoogleMock reports a failing call at the
// line of its EXPECT_CALL. To learn whether the call came through an entry
// point, `itdd red` re-runs the one test under gdb, stops where GoogleTest
// records each failure and reads the call stack: the mock's method, the
// functions between it and the test's own code, and where the test made
// the call.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_CALLSTACKS_H
#define ITDD_RED_CALLSTACKS_H

#include "red/Outcome.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace itdd::red {

/// One frame of a gdb backtrace.
struct Frame {
  /// Qualified, without parameters or return type:
  /// "billing::BillingController::bill".
  std::string Function;
  /// Where it is, when the binary has debug information for it.
  std::string File;
  unsigned Line = 0;
};

/// What a run under gdb printed: one stack, innermost frame first, per
/// failure GoogleTest recorded.
struct GdbRun {
  std::vector<std::vector<Frame>> Stacks;
  /// gdb stopped at GoogleTest's recorder at all (the test ran under it).
  bool Stopped = false;
};

/// The gdb commands of a re-run: stop where GoogleTest records a failure,
/// print the stack between the markers parseGdbRun reads, go on.
std::string gdbScript();

/// "#12 billing::MockClock::today (this=...) at billing.h:75" and the
/// like, read back.
GdbRun parseGdbRun(llvm::StringRef Output);

/// The qualified name of a frame's function as gdb prints it, parameters,
/// return type and arguments aside.
std::string functionOfFrame(llvm::StringRef Text);

/// Which function names are entry points (as the configuration names
/// them).
using EntryPointTest = llvm::function_ref<bool(llvm::StringRef Function)>;

/// The traces of T's failing mock calls from the stacks of a re-run, in the
/// order GoogleMock reported them; Note says why there are none when the
/// re-run does not match the first run.
std::vector<MockCallTrace> tracesOf(const TestOutcome &T, const GdbRun &Run,
                                    EntryPointTest IsEntryPoint,
                                    std::string &Note);

/// The part of the test each of T's assertion failures outside a mock call
/// happened in, from the stacks of a re-run: the stack whose frame is at
/// the failure's file and line, read out to GoogleTest's runner (a test
/// body on the way is the body; else a constructor or SetUp is the
/// set-up; a destructor or TearDown the tear-down).
std::vector<PhaseTrace> phasesOf(const TestOutcome &T, const GdbRun &Run);

struct ProbeRequest {
  /// gdb's path.
  std::string Gdb;
  std::string Binary;
  std::vector<std::string> Args;
  unsigned TimeoutSeconds = 60;
  /// Where the gdb script goes (a fresh directory).
  std::string WorkDir;
};

/// Re-runs T alone under gdb and gives it its Traces and Phases, or a
/// TraceNote that says why it could not.
void probeMockCalls(TestOutcome &T, const ProbeRequest &Request,
                    EntryPointTest IsEntryPoint);

} // namespace itdd::red

#endif // ITDD_RED_CALLSTACKS_H
