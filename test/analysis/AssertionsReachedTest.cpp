//===--- AssertionsReachedTest.cpp - walk/AssertionsReached ---------------===//

#include "WalkSupport.h"

namespace itdd::testing {
namespace {

constexpr const char *Journeys = R"cpp(
using ::testing::Return;
using ::testing::StrictMock;
class Checkout : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_NE(&Controller, nullptr); }
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service{Repo, Payments};
  shop::OrderController Controller{Service};
};
static void expectSaved(shop::OrderRepository &Repo) { EXPECT_EQ(Repo.count(), 1); }
TEST_F(Checkout, CustomerIsCharged) {
  EXPECT_CALL(Payments, charge(::testing::_, 2)).WillOnce(Return(true));
  Controller.placeOrder("o-1", 2);
}
TEST_F(Checkout, CustomerSeesTheOrderSaved) {
  ON_CALL(Payments, charge).WillByDefault(Return(true));
  Controller.placeOrder("o-1", 2);
  expectSaved(Repo);
}
TEST_F(Checkout, CustomerPlacesAnOrderWithoutAnError) {
  EXPECT_NO_THROW(Controller.placeOrder("o-1", 2));
}
TEST(Boundaries, NothingIsChargedTwice) {
  shop::OrderRepository Repo;
  StrictMock<shop::MockPaymentGateway> Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  SUCCEED();
}
)cpp";

TEST(AssertionsReachedTest, AnExpectationOnABoundaryMockIsAnOutcome) {
  AnalysedFile File(Journeys);
  const IntegrationTest &T = File.test("CustomerIsCharged");
  EXPECT_EQ(T.BoundaryExpectations, 1u);
  EXPECT_EQ(T.InternalExpectations, 0u);
}

TEST(AssertionsReachedTest, AssertionsInHelpersAndSetUpAreReached) {
  AnalysedFile File(Journeys);
  const IntegrationTest &T = File.test("CustomerSeesTheOrderSaved");
  std::vector<std::string> Macros;
  for (const ReachedAssertion &A : T.Assertions)
    Macros.push_back(A.Site->Macro);
  std::sort(Macros.begin(), Macros.end());
  EXPECT_EQ(Macros, (std::vector<std::string>{"ASSERT_NE", "EXPECT_EQ"}));
}

TEST(AssertionsReachedTest, AssertionsOfTheFixturesSetUpAreSetUpChecks) {
  AnalysedFile File(Journeys);
  const IntegrationTest &T = File.test("CustomerSeesTheOrderSaved");
  for (const ReachedAssertion &A : T.Assertions)
    EXPECT_EQ(A.InFixtureLifecycle, A.Site->Macro == "ASSERT_NE")
        << A.Site->Macro;
}

TEST(AssertionsReachedTest, AHelperOfBothSetUpAndBodyCountsForTheBody) {
  AnalysedFile File(R"cpp(
static void expectEmpty(shop::OrderRepository &Repo) { EXPECT_EQ(Repo.count(), 0); }
class Fresh : public ::testing::Test {
protected:
  Fresh() { expectEmpty(Repo); }
  void TearDown() override { EXPECT_CALL(Payments, charge).Times(0); }
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
};
TEST_F(Fresh, CustomerWithNoOrdersSeesNone) { expectEmpty(Repo); }
TEST_F(Fresh, CustomerBrowses) {}
)cpp");
  const IntegrationTest &Checked = File.test("CustomerWithNoOrdersSeesNone");
  ASSERT_EQ(Checked.Assertions.size(), 2u);
  EXPECT_NE(Checked.Assertions[0].InFixtureLifecycle,
            Checked.Assertions[1].InFixtureLifecycle);
  // An expectation set in the tear-down is every test's, not an outcome.
  const IntegrationTest &Browses = File.test("CustomerBrowses");
  EXPECT_EQ(Browses.BoundaryExpectations, 0u);
  ASSERT_EQ(Browses.Assertions.size(), 1u);
  EXPECT_TRUE(Browses.Assertions[0].InFixtureLifecycle);
}

TEST(AssertionsReachedTest, ANoThrowAroundAnActionGuardsTheAction) {
  AnalysedFile File(Journeys);
  const IntegrationTest &T = File.test("CustomerPlacesAnOrderWithoutAnError");
  bool Guarded = false;
  for (const ReachedAssertion &A : T.Assertions)
    if (A.Site->Macro == "EXPECT_NO_THROW")
      Guarded = A.GuardsAction;
  EXPECT_TRUE(Guarded);
}

TEST(AssertionsReachedTest, AStrictMockOfABoundaryExpectsNothingElse) {
  AnalysedFile File(Journeys);
  const IntegrationTest &T = File.test("NothingIsChargedTwice");
  EXPECT_EQ(T.BoundaryExpectations, 1u);
  // SUCCEED() asserts nothing.
  EXPECT_TRUE(T.Assertions.empty());
}

TEST(AssertionsReachedTest, TheFileAssertionsAreTheWrittenOnes) {
  AnalysedFile File(Journeys);
  std::vector<std::string> Macros;
  for (const AssertionSite *Site : File.analysis().fileAssertions())
    Macros.push_back(Site->Macro);
  std::sort(Macros.begin(), Macros.end());
  // Not SUCCEED(), which asserts nothing; EXPECT_NO_THROW once, though
  // GoogleTest nests a second marker statement inside it.
  EXPECT_EQ(Macros, (std::vector<std::string>{"ASSERT_NE", "EXPECT_EQ",
                                              "EXPECT_NO_THROW"}));
}

TEST(AssertionsReachedTest, AnExpectationOnAnInternalMockIsNotAnOutcome) {
  AnalysedFile File(R"cpp(
#include "../mocks/mock_ledger.h"
TEST(Orders, ServiceSavesTheOrder) {
  shop::MockOrderLedger Ledger;
  EXPECT_CALL(Ledger, save(::testing::_));
}
)cpp",
                    {}, {{"src/ledger.h", R"cpp(
#pragma once
namespace shop {
class OrderLedger {
public:
  virtual ~OrderLedger() = default;
  virtual void save(int Id) = 0;
};
class FileOrderLedger : public OrderLedger {
public:
  void save(int Id) override { Last = Id; }
private:
  int Last = 0;
};
} // namespace shop
)cpp"},
                         {"tests/mocks/mock_ledger.h", R"cpp(
#pragma once
#include <gmock/gmock.h>
#include <ledger.h>
namespace shop {
class MockOrderLedger : public OrderLedger {
public:
  MOCK_METHOD(void, save, (int), (override));
};
} // namespace shop
)cpp"}});
  const IntegrationTest &T = File.test("ServiceSavesTheOrder");
  EXPECT_EQ(T.InternalExpectations, 1u);
  EXPECT_EQ(T.BoundaryExpectations, 0u);
}

} // namespace
} // namespace itdd::testing
