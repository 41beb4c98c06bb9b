//===--- TestWalkTest.cpp - walk/TestWalk ---------------------------------===//

#include "WalkSupport.h"
#include "analysis/walk/Walker.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> Helpers = {
    {"tests/support/journey_helpers.h", R"cpp(
#pragma once
#include <shop.h>
bool placeSampleOrder(shop::OrderController &Controller);
)cpp"}};

TEST(TestWalkTest, ATestThatCallsSupportDefinedElsewhereIsUndecided) {
  AnalysedFile File(R"cpp(
#include "../support/journey_helpers.h"
TEST(Checkout, CustomerPlacesASampleOrder) {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  EXPECT_TRUE(placeSampleOrder(Controller));
}
)cpp" + PlaceAnOrderTest,
                    {}, Helpers);
  const IntegrationTest &Unseen = File.test("CustomerPlacesASampleOrder");
  EXPECT_TRUE(Unseen.Undecided);
  EXPECT_EQ(Unseen.UndecidedReason,
            "calls 'placeSampleOrder', test support defined in another file");
  EXPECT_FALSE(File.test("CustomerPlacesAnOrder").Undecided);
}

/// Helpers step0 ... stepN, each calling the next, the last placing an
/// order; then the test Name, which builds the shop and calls step0.
std::string throughHelpers(unsigned N, const std::string &Name) {
  std::string Code = "static void step" + std::to_string(N) +
                     "(shop::OrderController &C) { C.placeOrder(\"o\", 1); }\n";
  for (unsigned I = N; I-- > 0;)
    Code += "static void step" + std::to_string(I) +
            "(shop::OrderController &C) { step" + std::to_string(I + 1) +
            "(C); }\n";
  return Code + "TEST(Checkout, " + Name + R"cpp() {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  step0(Controller);
}
)cpp";
}

TEST(TestWalkTest, AJourneyIsFollowedThroughHelpersHoweverDeepTheyNest) {
  AnalysedFile File(throughHelpers(6, "CustomerGoesThroughSevenHelpers"));
  const IntegrationTest &T = File.test("CustomerGoesThroughSevenHelpers");
  EXPECT_FALSE(T.Undecided) << T.UndecidedReason;
  EXPECT_TRUE(T.CallsEntryPoint);
  EXPECT_EQ(T.Followed.size(), 8u);
}

TEST(TestWalkTest,
     HelpersReachingMoreFunctionsThanTheWalkFollowsLeaveTheTestUndecided) {
  // One helper more than the walk follows after the test body.
  const unsigned Max = testwalk::MaxFollowed;
  AnalysedFile File(throughHelpers(Max, "CustomerGoesThroughTooManyHelpers"));
  const IntegrationTest &T = File.test("CustomerGoesThroughTooManyHelpers");
  EXPECT_TRUE(T.Undecided);
  EXPECT_EQ(T.UndecidedReason,
            "its helpers reach more than " + std::to_string(Max) +
                " functions of test code; the analysis stops there ('step" +
                std::to_string(Max - 1) + "')");
  EXPECT_FALSE(T.CallsEntryPoint);
  // What it saw up to there still counts.
  EXPECT_EQ(T.RealComponents.size(), 3u);
}

TEST(TestWalkTest, ATypedTestIsFollowedThroughAnInstantiation) {
  AnalysedFile File(R"cpp(
template <class T> class Typed : public ::testing::Test {};
using Kinds = ::testing::Types<int, long>;
TYPED_TEST_SUITE(Typed, Kinds);
TYPED_TEST(Typed, CustomerPlacesAnOrder) {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  EXPECT_TRUE(Controller.placeOrder("o-1", static_cast<TypeParam>(1)));
}
)cpp");
  const IntegrationTest &T = File.test("CustomerPlacesAnOrder");
  EXPECT_FALSE(T.Undecided);
  EXPECT_TRUE(T.CallsEntryPoint);
}

TEST(TestWalkTest, AFileOutsideTheIntegrationTestPatternIsNotWalked) {
  ParsedCode Code("#include <gtest/gtest.h>\nTEST(Unit, Works) {}\n", {},
                  std::string(ProjectDir) + "/src/orders_test.cpp");
  // Outside a pattern the user set: not walked.
  std::shared_ptr<const Config> Set = Config::fromOptions(
      {{"itdd.IntegrationTestFiles", "(^|/)journeys/"}});
  TestFileAnalysis Configured(Code.context(), *Set);
  EXPECT_FALSE(Configured.isIntegrationTestFile());
  EXPECT_TRUE(Configured.tests().empty());
  // Outside the default pattern: walked, to tell whether its tests look
  // like integration tests the default missed, and still not judged.
  std::shared_ptr<const Config> Cfg = Config::defaults();
  TestFileAnalysis Analysis(Code.context(), *Cfg);
  EXPECT_FALSE(Analysis.isIntegrationTestFile());
  EXPECT_EQ(Analysis.tests().size(), 1u);
}

} // namespace
} // namespace itdd::testing
