//===--- TestWalkTest.cpp - walk/TestWalk ---------------------------------===//

#include "WalkSupport.h"

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

TEST(TestWalkTest, HelpersNestedDeeperThanTheWalkFollowsLeaveTheTestUndecided) {
  AnalysedFile File(R"cpp(
static void e(shop::OrderController &C) { C.placeOrder("o", 1); }
static void d(shop::OrderController &C) { e(C); }
static void c(shop::OrderController &C) { d(C); }
static void b(shop::OrderController &C) { c(C); }
static void a(shop::OrderController &C) { b(C); }
TEST(Checkout, CustomerGoesThroughFiveHelpers) {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  a(Controller);
}
)cpp");
  const IntegrationTest &T = File.test("CustomerGoesThroughFiveHelpers");
  EXPECT_TRUE(T.Undecided);
  EXPECT_EQ(T.UndecidedReason,
            "its helpers nest deeper than the analysis follows ('e')");
  // What it saw up to that depth still counts.
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
