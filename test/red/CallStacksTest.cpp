//===--- CallStacksTest.cpp - who made a failing mock call ----------------===//
//
// On the real output of gdb over fixtures/gmock/kinds_test.cpp's Stacks
// tests, built for debugging and optimized (fixtures/gmock/capture.sh).
//
//===----------------------------------------------------------------------===//

#include "red/CallStacks.h"
#include "red/GTestOutput.h"
#include "llvm/Support/MemoryBuffer.h"
#include <gtest/gtest.h>

using namespace itdd::red;

namespace {

std::string fixture(llvm::StringRef Name) {
  auto Buffer =
      llvm::MemoryBuffer::getFile(ITDD_RED_FIXTURES "/gmock/" + Name);
  EXPECT_TRUE(Buffer) << Name.str();
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

/// A test as the JSON report Report (a fixture) gives it.
TestOutcome outcomeIn(llvm::StringRef Report, const std::string &Name) {
  llvm::Expected<std::vector<TestOutcome>> All =
      parseJsonReport(fixture(Report));
  EXPECT_TRUE(static_cast<bool>(All));
  if (All)
    for (TestOutcome &T : *All)
      if (T.fullName() == Name)
        return T;
  ADD_FAILURE() << Name;
  return TestOutcome();
}

/// The Stacks tests as the JSON report of the same program gives them.
TestOutcome outcome(const std::string &Name) {
  return outcomeIn("kinds.json", Name);
}

bool isController(llvm::StringRef Function) {
  return Function.ends_with("Controller::remind");
}

TEST(CallStacksTest, TheScriptIsTheOneTheFixturesWereCapturedWith) {
  EXPECT_EQ(gdbScript(), fixture("capture.gdb"));
}

TEST(CallStacksTest, FramesAsGdbPrintsThem) {
  EXPECT_EQ(functionOfFrame("(anonymous namespace)::MockMailer::send "
                            "(this=..., gmock_a0=..., gmock_a1=...) at "
                            "kinds_test.cpp:24"),
            "(anonymous namespace)::MockMailer::send");
  EXPECT_EQ(functionOfFrame("void testing::internal::"
                            "HandleExceptionsInMethodIfSupported<testing::"
                            "Test, void>(testing::Test*, void "
                            "(testing::Test::*)(), char const*) ()"),
            "testing::internal::HandleExceptionsInMethodIfSupported<testing::"
            "Test, void>");
  EXPECT_EQ(functionOfFrame("std::function<void ()>::operator()() const "
                            "(this=...) at /usr/include/c++/12/bits/"
                            "std_function.h:591"),
            "std::function<void ()>::operator()");
  EXPECT_EQ(functionOfFrame("main ()"), "main");
}

TEST(CallStacksTest, DebugInformationShowsTheEntryPointOnTheWay) {
  GdbRun Run = parseGdbRun(fixture("gdb-debug.txt"));
  ASSERT_TRUE(Run.Stopped);
  // The call through the controller, its expectation never met at the end,
  // then the test's own call.
  ASSERT_EQ(Run.Stacks.size(), 3u);

  TestOutcome Through = outcome("Stacks.ThroughTheEntryPoint");
  std::string Note;
  // The re-run of one test stops at that test's failures only.
  GdbRun First;
  First.Stopped = true;
  First.Stacks = {Run.Stacks[0], Run.Stacks[1]};
  std::vector<MockCallTrace> Traces = tracesOf(Through, First, isController, Note);
  ASSERT_EQ(Traces.size(), 1u) << Note;
  EXPECT_EQ(Traces[0].Failure, 0u);
  EXPECT_EQ(Traces[0].MockMethod, "(anonymous namespace)::MockMailer::send");
  EXPECT_EQ(Traces[0].EntryPoint,
            "(anonymous namespace)::ReminderController::remind");
  EXPECT_EQ(Traces[0].From, "kinds_test.cpp:152");
  EXPECT_TRUE(Traces[0].Complete);
  EXPECT_TRUE(Traces[0].FromTest);

  TestOutcome ByTest = outcome("Stacks.ByTheTestItself");
  GdbRun Second;
  Second.Stopped = true;
  Second.Stacks = {Run.Stacks[2]};
  Traces = tracesOf(ByTest, Second, isController, Note);
  ASSERT_EQ(Traces.size(), 1u) << Note;
  EXPECT_EQ(Traces[0].EntryPoint, "");
  EXPECT_EQ(Traces[0].From, "kinds_test.cpp:158");
  EXPECT_TRUE(Traces[0].Complete);
}

TEST(CallStacksTest, WithoutDebugInformationAMissingEntryPointProvesNothing) {
  GdbRun Run = parseGdbRun(fixture("gdb-optimized.txt"));
  ASSERT_EQ(Run.Stacks.size(), 3u);
  TestOutcome Through = outcome("Stacks.ThroughTheEntryPoint");
  GdbRun First;
  First.Stopped = true;
  First.Stacks = {Run.Stacks[0], Run.Stacks[1]};
  std::string Note;
  std::vector<MockCallTrace> Traces = tracesOf(Through, First, isController, Note);
  ASSERT_EQ(Traces.size(), 1u) << Note;
  // The mock's method and the controller are inlined into the test.
  EXPECT_EQ(Traces[0].MockMethod, "");
  EXPECT_EQ(Traces[0].EntryPoint, "");
  EXPECT_FALSE(Traces[0].Complete);
  EXPECT_TRUE(Traces[0].FromTest);
}

TEST(CallStacksTest, ARunThatFailsOtherwiseGivesNoTraces) {
  GdbRun Run = parseGdbRun(fixture("gdb-debug.txt"));
  // Two failing mock calls where the first run had one.
  TestOutcome Through = outcome("Stacks.ThroughTheEntryPoint");
  std::string Note;
  EXPECT_TRUE(tracesOf(Through, Run, isController, Note).empty());
  EXPECT_EQ(Note, "the re-run under gdb did not fail at the same mock calls");
}

} // namespace

namespace {

/// The tests of programs/setup_helpers_test.cpp as the JSON report of the
/// same program gives them.
TestOutcome helperOutcome(const std::string &Name) {
  return outcomeIn("setup-helpers.json", Name);
}

/// The stacks of one test, as a re-run of that test alone prints them:
/// the capture ran the four tests in order, one failure each.
GdbRun helperRun(const std::string &Name) {
  static const char *const Order[] = {
      "JournalFeature.OpensTheLockedJournal",
      "JournalFeature.ReopenedJournalKeepsItsEntries",
      "SharedJournalFeature.StartsWithTwoCoffees",
      "SharedJournalFeature.CountsEveryCoffee"};
  GdbRun All = parseGdbRun(fixture("gdb-setup-helpers.txt"));
  EXPECT_EQ(All.Stacks.size(), 4u);
  GdbRun One;
  One.Stopped = All.Stopped;
  for (size_t I = 0; I < 4 && I < All.Stacks.size(); ++I)
    if (Name == Order[I])
      One.Stacks.push_back(All.Stacks[I]);
  return One;
}

TEST(CallStacksTest, AHelperFailingInTheFixturesConstructorIsSetUp) {
  GdbRun Run = helperRun("JournalFeature.OpensTheLockedJournal");
  TestOutcome T = helperOutcome("JournalFeature.OpensTheLockedJournal");
  std::vector<PhaseTrace> Phases = phasesOf(T, Run);
  ASSERT_EQ(Phases.size(), 1u);
  EXPECT_EQ(Phases[0].Failure, 0u);
  EXPECT_EQ(Phases[0].In, PhaseTrace::Phase::SetUp);
  EXPECT_EQ(Phases[0].Through,
            "(anonymous namespace)::JournalFeature::JournalFeature");
}

TEST(CallStacksTest, AHelperFailingInSetUpIsSetUp) {
  GdbRun Run = helperRun("SharedJournalFeature.StartsWithTwoCoffees");
  TestOutcome T = helperOutcome("SharedJournalFeature.StartsWithTwoCoffees");
  std::vector<PhaseTrace> Phases = phasesOf(T, Run);
  ASSERT_EQ(Phases.size(), 1u);
  EXPECT_EQ(Phases[0].In, PhaseTrace::Phase::SetUp);
  EXPECT_EQ(Phases[0].Through,
            "(anonymous namespace)::SharedJournalFeature::SetUp");
}

TEST(CallStacksTest, TheSameHelperFailingInTheBodyIsTheBody) {
  for (const char *Name : {"JournalFeature.ReopenedJournalKeepsItsEntries",
                           "SharedJournalFeature.CountsEveryCoffee"}) {
    GdbRun Run = helperRun(Name);
    TestOutcome T = helperOutcome(Name);
    std::vector<PhaseTrace> Phases = phasesOf(T, Run);
    ASSERT_EQ(Phases.size(), 1u) << Name;
    EXPECT_EQ(Phases[0].In, PhaseTrace::Phase::Body) << Name;
    EXPECT_TRUE(llvm::StringRef(Phases[0].Through).ends_with("_Test::TestBody"))
        << Phases[0].Through;
  }
}

TEST(CallStacksTest, AStackWithoutTheFailingLineTellsNoPhase) {
  GdbRun Run = helperRun("JournalFeature.OpensTheLockedJournal");
  TestOutcome T = helperOutcome("JournalFeature.OpensTheLockedJournal");
  T.Failures[0].Line += 1000;
  EXPECT_TRUE(phasesOf(T, Run).empty());
}

} // namespace
