//===--- TestIdentityTest.cpp - walk/TestIdentity -------------------------===//

#include "WalkSupport.h"

namespace itdd::testing {
namespace {

TEST(TestIdentityTest, ReadsMacroSuiteAndNameAsWritten) {
  AnalysedFile File(R"cpp(
TEST(Checkout, /* the outcome */ CustomerPaysAndGetsAnOrder) {}
class Journey : public ::testing::Test {};
TEST_F(Journey,
       CustomerSeesTheOrderInTheHistory) {}
)cpp");
  ASSERT_EQ(File.analysis().tests().size(), 2u);
  const IntegrationTest &Plain = File.test("CustomerPaysAndGetsAnOrder");
  EXPECT_EQ(Plain.Macro, "TEST");
  EXPECT_EQ(Plain.Suite, "Checkout");
  const IntegrationTest &Fixture = File.test("CustomerSeesTheOrderInTheHistory");
  EXPECT_EQ(Fixture.Macro, "TEST_F");
  EXPECT_EQ(Fixture.Suite, "Journey");
  EXPECT_TRUE(Fixture.Loc.isValid());
}

TEST(TestIdentityTest, TellsCompileTimeChecksSkeletonsAndHealthChecks) {
  AnalysedFile File(R"cpp(
TEST(Traits, OrdersAreCopyable) {
  static_assert(std::is_copy_constructible_v<shop::Order>, "");
}
TEST(Checkout, CustomerPays) {
  GTEST_FAIL() << "itdd: pending scenario: Customer pays";
}
TEST(Checkout, SystemAssemblesAndReachesItsMocks) {}
TEST(Checkout, CustomerPaysTwice) { EXPECT_TRUE(true); }
)cpp");
  EXPECT_TRUE(File.test("OrdersAreCopyable").CompileTimeOnly);
  EXPECT_TRUE(File.test("CustomerPays").PendingSkeleton);
  EXPECT_TRUE(File.test("SystemAssemblesAndReachesItsMocks").HealthCheck);
  const IntegrationTest &Ordinary = File.test("CustomerPaysTwice");
  EXPECT_FALSE(Ordinary.CompileTimeOnly);
  EXPECT_FALSE(Ordinary.PendingSkeleton);
  EXPECT_FALSE(Ordinary.HealthCheck);
}

} // namespace
} // namespace itdd::testing
