//===--- DecisionTest.cpp - the fact that decides a verdict ---------------===//

#include "red/Verdict.h"
#include <gtest/gtest.h>

using namespace itdd::red;

namespace {

std::optional<SiteFacts> noSource(const TestOutcome &, const Failure &) {
  return std::nullopt;
}

TestOutcome failed(std::string Message) {
  TestOutcome T;
  T.Suite = "Checkout";
  T.Name = "CustomerPays";
  T.File = "t.cpp";
  T.Line = 5;
  T.End = Ending::Failed;
  T.Failures.push_back({"t.cpp", 7, std::move(Message)});
  return T;
}

TEST(DecisionTest, AnExceptionDecidesAtTheTestsLine) {
  TestOutcome T = failed("Value of: paid\n  Actual: false\nExpected: true");
  T.Failures.push_back({"", 0, "Unknown C++ exception thrown in SetUp()."});
  Decision D = decide(T, noSource);
  EXPECT_EQ(D.Kind, VerdictKind::BadRed);
  EXPECT_EQ(D.Why, Cause::SetUpThrew);
  EXPECT_EQ(D.FailureIndex, std::optional<size_t>(1));
  EXPECT_EQ(D.Detail, "SetUp() threw an unknown exception");
  EXPECT_EQ(D.File, "t.cpp");
  EXPECT_EQ(D.Line, 5u);
  EXPECT_EQ(describe(T, D).Reason,
            "set-up failed: SetUp() threw an unknown exception");
}

TEST(DecisionTest, ThePendingMarkerDecidesAndIsWorded) {
  TestOutcome T = failed("Failed\nitdd: pending scenario: Pays (write it)");
  Decision D = decide(T, noSource);
  EXPECT_EQ(D.Why, Cause::PendingFailure);
  EXPECT_EQ(D.Line, 7u);
  EXPECT_EQ(describe(T, D).Reason,
            "pending: the skeleton is not filled in yet");
}

TEST(DecisionTest, TheSiteOfTheFirstFailureDecides) {
  TestOutcome T = failed("Value of: label.text()\n  Actual: \"Paid\"\n"
                         "Expected: \"PAID\"");
  auto UiDetail = [](const TestOutcome &, const Failure &) {
    SiteFacts S;
    S.Assertion = SiteFacts::Check::UiDetail;
    S.LineText = "EXPECT_EQ(label.text(), \"PAID\");";
    return std::optional<SiteFacts>(S);
  };
  Decision D = decide(T, UiDetail);
  EXPECT_EQ(D.Kind, VerdictKind::BadRed);
  EXPECT_EQ(D.Why, Cause::UiDetailAssertion);
  ASSERT_TRUE(D.Site);
  Verdict V = describe(T, D);
  EXPECT_EQ(V.Reason, "ui detail: the failing assertion at t.cpp:7 checks a "
                      "rendering detail, not a business outcome");
  EXPECT_EQ(V.LineText, "EXPECT_EQ(label.text(), \"PAID\");");
}

TEST(DecisionTest, EveryCauseIsWorded) {
  TestOutcome T = failed("Expected equality of these values:\n  a\n  b");
  for (int C = static_cast<int>(Cause::SuiteSetUpFailed);
       C <= static_cast<int>(Cause::BusinessAssertion); ++C) {
    Decision D;
    D.Why = static_cast<Cause>(C);
    // From the technical failures on, a failure decides; a mock's,
    // with what is known of the mock.
    if (D.Why >= Cause::SetUpThrew) {
      D.FailureIndex = 0;
      D.Site = SiteFacts();
    }
    if (D.Why == Cause::MockMisused || D.Why == Cause::MockOfInternalClass ||
        D.Why == Cause::ExpectationOnUnusedMock ||
        D.Why == Cause::StubOverSaturated ||
        D.Why == Cause::MockCallBeforeEntryPoint ||
        D.Why == Cause::UnmetExpectation ||
        D.Why == Cause::MockCallThroughEntryPoint ||
        D.Why == Cause::MockOrderUndecided)
      D.Mock = MockFacts();
    EXPECT_FALSE(describe(T, D).Reason.empty()) << "cause " << C;
  }
}

} // namespace
