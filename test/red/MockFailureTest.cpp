//===--- MockFailureTest.cpp - GoogleMock's failures, kind by kind --------===//
//
// On the real JSON report of fixtures/gmock/kinds_test.cpp (captured by
// fixtures/gmock/capture.sh with the GoogleMock this project builds with).
//
//===----------------------------------------------------------------------===//

#include "red/FailureMessage.h"
#include "red/GTestOutput.h"
#include "red/MockFailure.h"
#include "llvm/Support/MemoryBuffer.h"
#include <gtest/gtest.h>
#include <map>

using namespace itdd::red;

namespace {

class MockFailureTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    auto Buffer = llvm::MemoryBuffer::getFile(ITDD_RED_FIXTURES
                                              "/gmock/kinds.json");
    ASSERT_TRUE(Buffer) << "fixtures/gmock/kinds.json";
    llvm::Expected<std::vector<TestOutcome>> Parsed =
        parseJsonReport((*Buffer)->getBuffer());
    ASSERT_TRUE(static_cast<bool>(Parsed)) << toString(Parsed.takeError());
    for (TestOutcome &T : *Parsed)
      Outcomes()[T.fullName()] = std::move(T);
  }

  static std::map<std::string, TestOutcome> &Outcomes() {
    static std::map<std::string, TestOutcome> All;
    return All;
  }

  /// The I-th failure of Kinds.Name, read as a mock failure.
  static MockFailure read(const std::string &Name, size_t I = 0) {
    const TestOutcome &T = Outcomes().at(Name);
    EXPECT_LT(I, T.Failures.size()) << Name;
    std::optional<MockFailure> M = readMockFailure(T.Failures.at(I).Message);
    EXPECT_TRUE(M) << Name << ": " << T.Failures.at(I).Message;
    return M.value_or(MockFailure());
  }
};

TEST_F(MockFailureTest, OverSaturatedStubReturnsAValue) {
  MockFailure M = read("Kinds.OverSaturatedStub");
  EXPECT_EQ(M.Kind, MockFailureKind::OverSaturated);
  EXPECT_TRUE(M.atCallTime());
  EXPECT_EQ(M.Call, "today()");
  EXPECT_TRUE(M.ReturnsValue);
  EXPECT_FALSE(M.Forbidden);
  EXPECT_EQ(M.Mismatch, "expected to be called once, called twice");
  // Reported at the EXPECT_CALL, which is all the message says of it.
  EXPECT_EQ(Outcomes().at("Kinds.OverSaturatedStub").Failures[0].Line, 35u);
  EXPECT_EQ(M.Expectation, "");
}

TEST_F(MockFailureTest, OverSaturatedCommandReturnsNothing) {
  MockFailure M = read("Kinds.OverSaturatedCommand");
  EXPECT_EQ(M.Kind, MockFailureKind::OverSaturated);
  EXPECT_EQ(M.Call, "send(\"ann\", 1)") << "addresses are left out";
  EXPECT_FALSE(M.ReturnsValue);
  EXPECT_FALSE(M.Forbidden);
}

TEST_F(MockFailureTest, ForbiddenCallsAndDefaultActions) {
  MockFailure Forbidden = read("Kinds.OverSaturatedForbiddenValue");
  EXPECT_EQ(Forbidden.Kind, MockFailureKind::OverSaturated);
  EXPECT_TRUE(Forbidden.Forbidden);
  EXPECT_TRUE(Forbidden.ReturnsValue);
  EXPECT_EQ(Forbidden.Mismatch, "expected to be never called, called once");
  // "taking default action specified at:\nkinds_test.cpp:55:" comes first.
  MockFailure Default = read("Kinds.OverSaturatedWithADefaultAction");
  EXPECT_EQ(Default.Kind, MockFailureKind::OverSaturated);
  EXPECT_EQ(Default.Call, "today()");
  EXPECT_TRUE(Default.ReturnsValue);
}

TEST_F(MockFailureTest, ACallAfterTheExpectationRetiredIsOneTooMany) {
  MockFailure M = read("Kinds.RetiredExpectation");
  EXPECT_EQ(M.Kind, MockFailureKind::OverSaturated);
  EXPECT_EQ(M.Expectation, "EXPECT_CALL(C, today())");
  EXPECT_EQ(M.ExpectationFile, "kinds_test.cpp");
  EXPECT_EQ(M.ExpectationLine, 63u);
  EXPECT_TRUE(M.ReturnsValue);
}

TEST_F(MockFailureTest, NeverCalledAndTooFewCallsAreCheckedAtTheEnd) {
  MockFailure Never = read("Kinds.NeverCalled");
  EXPECT_EQ(Never.Kind, MockFailureKind::NeverCalled);
  EXPECT_FALSE(Never.atCallTime());
  EXPECT_EQ(Never.Expectation, "EXPECT_CALL(M, send(\"ann\", _))");
  EXPECT_EQ(Never.Mismatch, "expected to be called once, never called");
  MockFailure Few = read("Kinds.TooFewCalls");
  EXPECT_EQ(Few.Kind, MockFailureKind::NeverCalled);
  EXPECT_EQ(Few.Mismatch, "expected to be called twice, called once");
}

TEST_F(MockFailureTest, ArgumentMismatchNamesTheArgumentAndTheExpectation) {
  MockFailure M = read("Kinds.ArgumentMismatch");
  EXPECT_EQ(M.Kind, MockFailureKind::ArgumentMismatch);
  EXPECT_EQ(M.Call, "send(\"bob\", 2)");
  EXPECT_EQ(M.Expectation, "EXPECT_CALL(M, send(\"ann\", 1))");
  EXPECT_EQ(M.ExpectationLine, 81u);
  EXPECT_EQ(M.Mismatch, "argument #0 is equal to \"ann\", was \"bob\"");
  // The expectation it missed is never called: checked at the end.
  EXPECT_EQ(read("Kinds.ArgumentMismatch", 1).Kind,
            MockFailureKind::NeverCalled);

  MockFailure Two = read("Kinds.ArgumentMismatchOfTwoExpectations");
  EXPECT_EQ(Two.Kind, MockFailureKind::ArgumentMismatch);
  EXPECT_EQ(Two.Expectation, "EXPECT_CALL(M, send(\"ann\", _))");
  EXPECT_EQ(Two.ExpectationLine, 87u);

  MockFailure With = read("Kinds.ArgumentsMismatchTheirRelation");
  EXPECT_EQ(With.Kind, MockFailureKind::ArgumentMismatch);
  EXPECT_EQ(With.Mismatch.rfind("the arguments are a tuple", 0), 0u)
      << With.Mismatch;
}

TEST_F(MockFailureTest, OrderViolations) {
  for (const char *Name :
       {"Kinds.OrderViolationInSequence", "Kinds.OrderViolationAfter"}) {
    MockFailure M = read(Name);
    EXPECT_EQ(M.Kind, MockFailureKind::OrderViolation) << Name;
    EXPECT_EQ(M.Expectation, "EXPECT_CALL(M, send(_, _))") << Name;
  }
  // One expectation it matches but for its sequence, another whose
  // arguments it does not: out of order.
  MockFailure Mixed = read("Kinds.OrderViolationBesideAnArgumentMismatch");
  EXPECT_EQ(Mixed.Kind, MockFailureKind::OrderViolation);
  EXPECT_EQ(Mixed.Expectation, "EXPECT_CALL(M, send(\"ann\", _))");
  EXPECT_EQ(Mixed.ExpectationLine, 124u);
}

TEST_F(MockFailureTest, UninterestingCallsFailOnStrictMocksOnly) {
  MockFailure M = read("Kinds.UninterestingCallOnAStrictMock");
  EXPECT_EQ(M.Kind, MockFailureKind::UninterestingCall);
  EXPECT_EQ(M.Call, "today()");
  EXPECT_EQ(Outcomes().at("Kinds.UninterestingCallOnAStrictMock").Failures[0].File,
            "");
  EXPECT_EQ(Outcomes().at("Kinds.UninterestingCallOnANaggyMockIsOnlyAWarning").End,
            Ending::Passed);
}

TEST_F(MockFailureTest, AnAssertionInsideAnActionIsNoMockFailure) {
  const TestOutcome &T = Outcomes().at("Kinds.AssertionInsideAnAction");
  ASSERT_EQ(T.Failures.size(), 1u);
  EXPECT_FALSE(readMockFailure(T.Failures[0].Message));
  EXPECT_EQ(readFailure(T.Failures[0]).Kind, FailureKind::Assertion);
}

TEST_F(MockFailureTest, UnexpectedCallsAreLocatedAtTheirExpectation) {
  TestOutcome T = Outcomes().at("Kinds.ArgumentMismatch");
  ASSERT_EQ(T.Failures[0].File, "");
  locateUnexpectedCalls(T);
  EXPECT_EQ(T.Failures[0].File, "kinds_test.cpp");
  EXPECT_EQ(T.Failures[0].Line, 81u);
  // An uninteresting call names no expectation: it stays where it was.
  TestOutcome U = Outcomes().at("Kinds.UninterestingCallOnAStrictMock");
  locateUnexpectedCalls(U);
  EXPECT_EQ(U.Failures[0].File, "");
}

TEST_F(MockFailureTest, EveryKindHasItsName) {
  EXPECT_EQ(mockFailureKindName(MockFailureKind::NeverCalled), "never-called");
  EXPECT_EQ(mockFailureKindName(MockFailureKind::OverSaturated),
            "over-saturated");
  EXPECT_EQ(mockFailureKindName(MockFailureKind::ArgumentMismatch),
            "argument-mismatch");
  EXPECT_EQ(mockFailureKindName(MockFailureKind::OrderViolation),
            "order-violation");
  EXPECT_EQ(mockFailureKindName(MockFailureKind::UnexpectedCall),
            "unexpected-call");
  EXPECT_EQ(mockFailureKindName(MockFailureKind::UninterestingCall),
            "uninteresting-call");
}

} // namespace
