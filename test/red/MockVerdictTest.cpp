//===--- MockVerdictTest.cpp - the table of GoogleMock failures -----------===//
//
// The verdict on each kind of GoogleMock failure, for a boundary's mock or
// an internal class's, made through the entry point or by the test itself:
// on the real messages of fixtures/gmock/kinds.json.
//
//===----------------------------------------------------------------------===//

#include "red/GTestOutput.h"
#include "red/Verdict.h"
#include "llvm/Support/MemoryBuffer.h"
#include <gtest/gtest.h>

using namespace itdd::red;
using itdd::ExpectationFacts;

namespace {

TestOutcome outcome(const std::string &Name) {
  auto Buffer =
      llvm::MemoryBuffer::getFile(ITDD_RED_FIXTURES "/gmock/kinds.json");
  EXPECT_TRUE(Buffer);
  llvm::Expected<std::vector<TestOutcome>> All =
      parseJsonReport((*Buffer)->getBuffer());
  EXPECT_TRUE(static_cast<bool>(All));
  for (TestOutcome &T : *All)
    if (T.fullName() == Name) {
      locateUnexpectedCalls(T);
      return T;
    }
  ADD_FAILURE() << Name;
  return TestOutcome();
}

/// What -p says of every expectation line: a mock of Role, and who calls
/// it once set.
struct Analysis {
  explicit Analysis(MockRole Role, CallOrder CallsAfterIt = CallOrder::Unknown,
                    std::optional<bool> EntryPointInTest = std::nullopt)
      : Role(Role), CallsAfterIt(CallsAfterIt),
        EntryPointInTest(EntryPointInTest) {}
  MockRole Role;
  CallOrder CallsAfterIt;
  std::optional<bool> EntryPointInTest;

  std::optional<SiteFacts> operator()(const TestOutcome &,
                                      const Failure &) const {
    SiteFacts S;
    S.FromAnalysis = true;
    S.Where = SiteFacts::Place::TestBody;
    ExpectationFacts E;
    E.MockClass = "shop::MockMailer";
    E.Mocked = "shop::Mailer";
    E.Role = Role;
    E.CallsAfterIt = CallsAfterIt;
    E.EntryPointInTest = EntryPointInTest;
    S.Expectation = E;
    return S;
  }
};

std::optional<SiteFacts> noSource(const TestOutcome &, const Failure &) {
  return std::nullopt;
}

/// A re-run under gdb saw the first failing mock call come through Entry
/// ("" from the test's own code).
TestOutcome traced(TestOutcome T, const std::string &Entry,
                   bool Complete = true) {
  MockCallTrace Trace;
  Trace.Failure = 0;
  Trace.MockMethod = "shop::MockMailer::send";
  Trace.EntryPoint = Entry;
  Trace.From = "kinds_test.cpp:44";
  Trace.Complete = Complete;
  Trace.FromTest = true;
  T.Traces = {Trace};
  return T;
}

TEST(MockVerdictTest, AnOverSaturatedStubIsTheTestsCountWhoeverCalls) {
  TestOutcome T = outcome("Kinds.OverSaturatedStub");
  for (CallOrder Order :
       {CallOrder::After, CallOrder::Before, CallOrder::Unknown}) {
    Decision D = decide(T, Analysis(MockRole::Boundary, Order, true));
    EXPECT_EQ(D.Kind, VerdictKind::BadRed);
    EXPECT_EQ(D.Why, Cause::StubOverSaturated);
  }
  // Without -p alike: the kind alone decides, so the two runs agree.
  Decision D = decide(T, noSource);
  EXPECT_EQ(D.Why, Cause::StubOverSaturated);
  EXPECT_EQ(D.By.Fact, "mock-kind");
  EXPECT_EQ(D.By.Value, "over-saturated stub");
  EXPECT_EQ(describe(T, D).Reason,
            "over-saturated stub: today() was called more often than the "
            "expectation at kinds_test.cpp:35 allows (expected to be called "
            "once, called twice): it hands out a value, so its count is the "
            "test's mistake, not a business outcome; give the value with "
            "WillRepeatedly or ON_CALL");
}

TEST(MockVerdictTest, OneCallTooManyOnACommandDependsOnWhoMadeIt) {
  TestOutcome T = outcome("Kinds.OverSaturatedCommand");
  Decision After = decide(T, Analysis(MockRole::Boundary, CallOrder::After));
  EXPECT_EQ(After.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(After.Why, Cause::MockCallThroughEntryPoint);
  EXPECT_EQ(After.By.Fact, "order");
  EXPECT_EQ(After.By.From, Evidence::Analysis);
  Decision Before = decide(T, Analysis(MockRole::Boundary, CallOrder::Before));
  EXPECT_EQ(Before.Kind, VerdictKind::BadRed);
  EXPECT_EQ(Before.Why, Cause::MockCallBeforeEntryPoint);
  // Times(0) forbids the call: a command's count, even on a value.
  Decision Forbidden = decide(outcome("Kinds.OverSaturatedForbiddenValue"),
                              Analysis(MockRole::Boundary, CallOrder::After));
  EXPECT_EQ(Forbidden.Kind, VerdictKind::GoodRed);
}

TEST(MockVerdictTest, WhatIsNotKnownIsSaidUndecided) {
  TestOutcome T = outcome("Kinds.ArgumentMismatch");
  T.TraceNote = "gdb is not on PATH to re-run the test";
  Decision D = decide(T, noSource);
  EXPECT_EQ(D.Kind, VerdictKind::BadRed);
  EXPECT_EQ(D.Why, Cause::MockOrderUndecided);
  EXPECT_EQ(D.By.Fact, "order");
  EXPECT_EQ(D.By.Value, "unknown");
  EXPECT_EQ(describe(T, D).Reason,
            "undecided: a call with other arguments, send(\"bob\", 2), "
            "against the expectation at kinds_test.cpp:81 (argument #0 is "
            "equal to \"ann\", was \"bob\"); whether the system made it "
            "through an entry point is not known: no -p BUILD_DIR, and gdb "
            "is not on PATH to re-run the test");
}

TEST(MockVerdictTest, TheCallStackOfAReRunTellsWhoMadeTheCall) {
  TestOutcome T = outcome("Kinds.ArgumentMismatch");
  Decision Through =
      decide(traced(T, "shop::OrderController::cancel"), noSource);
  EXPECT_EQ(Through.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(Through.By.From, Evidence::CallStack);
  Verdict V = describe(traced(T, "shop::OrderController::cancel"), Through);
  EXPECT_EQ(V.Reason,
            "the system called send(\"bob\", 2) on 'shop::MockMailer' through "
            "'shop::OrderController::cancel' with other arguments than the "
            "expectation at kinds_test.cpp:81 (argument #0 is equal to "
            "\"ann\", was \"bob\")");
  EXPECT_EQ(V.Outcome, "expected EXPECT_CALL(M, send(\"ann\", 1)), argument "
                       "#0 is equal to \"ann\", was \"bob\"");
  Decision ByTest = decide(traced(T, ""), noSource);
  EXPECT_EQ(ByTest.Kind, VerdictKind::BadRed);
  EXPECT_EQ(ByTest.Why, Cause::MockCallBeforeEntryPoint);
  EXPECT_EQ(describe(traced(T, ""), ByTest).Reason,
            "before the entry point: a call with other arguments, "
            "send(\"bob\", 2) on 'shop::MockMailer', against the expectation "
            "at kinds_test.cpp:81 (argument #0 is equal to \"ann\", was "
            "\"bob\"), came from the test's own code at kinds_test.cpp:44, "
            "not from the system through an entry point");
  // Without debug information, no entry point on the stack proves nothing.
  Decision Optimized = decide(traced(T, "", /*Complete=*/false), noSource);
  EXPECT_EQ(Optimized.Why, Cause::MockOrderUndecided);
}

TEST(MockVerdictTest, TheAnalysisWinsOverTheReRunWhenItKnows) {
  TestOutcome T = traced(outcome("Kinds.OrderViolationInSequence"), "");
  Decision D = decide(T, Analysis(MockRole::Boundary, CallOrder::After));
  EXPECT_EQ(D.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(D.By.From, Evidence::Analysis);
}

TEST(MockVerdictTest, ACallThatNeverCameIsGoodUnlessTheTestNeverWentThrough) {
  TestOutcome T = outcome("Kinds.NeverCalled");
  Decision Unknown = decide(T, noSource);
  EXPECT_EQ(Unknown.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(Unknown.Why, Cause::UnmetExpectation);
  EXPECT_EQ(Unknown.By.Fact, "mock-kind");
  EXPECT_EQ(describe(T, Unknown).Reason,
            "an expected call on a boundary mock did not happen at "
            "kinds_test.cpp:70");
  Decision After =
      decide(T, Analysis(MockRole::Boundary, CallOrder::Unknown, true));
  EXPECT_EQ(After.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(After.By.Fact, "order");
  // -p adds that the test calls no entry point: the verdict changes, and
  // the fact that decided says why.
  Decision Never =
      decide(T, Analysis(MockRole::Boundary, CallOrder::Unknown, false));
  EXPECT_EQ(Never.Kind, VerdictKind::BadRed);
  EXPECT_EQ(Never.By.Fact, "order");
  EXPECT_EQ(Never.By.Value, "before");
  EXPECT_EQ(Never.By.From, Evidence::Analysis);
  EXPECT_EQ(describe(T, Never).Reason,
            "before the entry point: the expected call at kinds_test.cpp:70 "
            "never came, and the test never calls an entry point");
}

TEST(MockVerdictTest, AMockOfAnInternalClassIsABadRedOfEveryKind) {
  for (const char *Name :
       {"Kinds.NeverCalled", "Kinds.ArgumentMismatch",
        "Kinds.OverSaturatedCommand", "Kinds.OrderViolationAfter"}) {
    Decision D = decide(outcome(Name),
                        Analysis(MockRole::Internal, CallOrder::After, true));
    EXPECT_EQ(D.Kind, VerdictKind::BadRed) << Name;
    EXPECT_EQ(D.Why, Cause::MockOfInternalClass) << Name;
    EXPECT_EQ(D.By.Fact, "role") << Name;
  }
  TestOutcome T = outcome("Kinds.NeverCalled");
  EXPECT_EQ(describe(T, decide(T, Analysis(MockRole::Internal))).Reason,
            "internal mock: the expectation at kinds_test.cpp:70 is on a mock "
            "of 'shop::Mailer', the application's own class (never-called); "
            "use the real component");
}

TEST(MockVerdictTest, AStrictMockMeetingAnyCallIsMisconfigured) {
  TestOutcome T = outcome("Kinds.UninterestingCallOnAStrictMock");
  Decision D = decide(traced(T, "shop::OrderController::cancel"), noSource);
  EXPECT_EQ(D.Kind, VerdictKind::BadRed);
  EXPECT_EQ(D.Why, Cause::MockMisused);
  EXPECT_EQ(describe(T, D).Reason,
            "mock misconfigured: uninteresting mock function call today() on "
            "'shop::MockMailer': a StrictMock fails on any call no "
            "expectation names; set the expectation or use a NiceMock");
}

TEST(MockVerdictTest, AMockTheTestGotWrongDecidesWhereverItIs) {
  TestOutcome T = outcome("Kinds.OverSaturatedStub");
  T.Failures.insert(T.Failures.begin(),
                    {"kinds_test.cpp", 30,
                     "Expected equality of these values:\n  a\n    Which is: "
                     "1\n  2"});
  Decision D = decide(T, noSource);
  EXPECT_EQ(D.Why, Cause::StubOverSaturated);
  EXPECT_EQ(D.FailureIndex, std::optional<size_t>(1));
  // One whose verdict waits on what is not known does not: the business
  // assertion before it does.
  TestOutcome U = outcome("Kinds.ArgumentMismatch");
  U.Failures.insert(U.Failures.begin(),
                    {"kinds_test.cpp", 30,
                     "Expected equality of these values:\n  a\n    Which is: "
                     "1\n  2"});
  EXPECT_EQ(decide(U, noSource).Why, Cause::BusinessAssertion);
}

} // namespace
