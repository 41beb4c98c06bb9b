// One test per kind of outcome `itdd red` tells apart.
#include "orders.h"
#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <thread>

namespace {

class OrdersFeature : public orders::AssembledSystem {};

// Good red: the status is "PENDING" (the word a pending test would say).
TEST_F(OrdersFeature, CustomerPaysAndTheOrderIsConfirmed) {
  std::string Status = system->order_controller.checkout("ann");
  EXPECT_EQ(Status, "CONFIRMED");
}

// Good red: the boundary mock never gets its call.
TEST_F(OrdersFeature, CustomerGetsAConfirmationEmail) {
  EXPECT_CALL(system->email_sender, send("ann", ::testing::_));
  system->order_controller.checkout("ann");
}

// Good red from the failure alone; with -p a bad red: it fails before the
// journey reaches the entry point.
TEST_F(OrdersFeature, CustomerSeesAnEmptyHistory) {
  std::string History;
  EXPECT_EQ(History, "no orders");
  system->order_controller.checkout("ann");
}

// Pending: the skeleton `itdd gen tests` writes.
TEST_F(OrdersFeature, CustomerCancelsAnOrder) {
  // When she cancels her order
  //   (through the entry point: system->order_controller)

  // Then the order is cancelled
  GTEST_FAIL() << "itdd: pending scenario: Customer cancels an order (write "
                  "its steps as code and assert the Then outcome)";
}

// Not red: passes at once.
TEST_F(OrdersFeature, CustomerSeesTheOrderAsPending) {
  EXPECT_EQ(system->order_controller.checkout("ann"), "PENDING");
}

// Bad red: only checks that the system was assembled.
TEST_F(OrdersFeature, SystemIsThere) {
  system.reset();
  EXPECT_NE(system, nullptr);
}

// Bad red: the test body throws.
TEST_F(OrdersFeature, CustomerPaysWithAnExpiredCard) {
  system->order_controller.checkout("ann");
  throw std::runtime_error("card service unreachable");
}

// Bad red: a strict mock gets a call nobody expected.
TEST(StrictOrders, CustomerIsNotifiedTwice) {
  ::testing::StrictMock<orders::MockEmailSender> Email;
  Email.send("ann", "hello");
  FAIL() << "never reached";
}

class BrokenSetUp : public ::testing::Test {
protected:
  void SetUp() override {
    system = orders::makeOrdersSystem();
    ASSERT_EQ(system->order_controller.checkout("probe"), "READY");
  }
  std::unique_ptr<orders::OrdersSystem> system;
};

// Bad red: an assertion in SetUp fails.
TEST_F(BrokenSetUp, CustomerReordersTheLastBasket) {
  EXPECT_EQ(system->order_controller.checkout("ann"), "CONFIRMED");
}

class ThrowingSetUp : public ::testing::Test {
protected:
  void SetUp() override { throw std::runtime_error("no database"); }
};

// Bad red: SetUp throws.
TEST_F(ThrowingSetUp, CustomerSeesPastOrders) { SUCCEED(); }

class ThrowingFixture : public ::testing::Test {
protected:
  ThrowingFixture() { throw std::runtime_error("factory failed"); }
};

// Bad red: the fixture's constructor throws.
TEST_F(ThrowingFixture, CustomerSeesTheBasket) { SUCCEED(); }

class SuiteWithoutDatabase : public ::testing::Test {
protected:
  static void SetUpTestSuite() { throw std::runtime_error("no server"); }
};

// Bad red: SetUpTestSuite throws.
TEST_F(SuiteWithoutDatabase, CustomerSearchesTheCatalogue) { SUCCEED(); }

// Bad red: a crash.
TEST(Crashes, CustomerOpensAnEmptyBasket) {
  volatile int *Basket = nullptr;
  *Basket = 1;
}

// Bad red: a hang.
TEST(Hangs, CustomerWaitsForADelivery) {
  std::this_thread::sleep_for(std::chrono::hours(1));
}

// Bad red: an abort.
TEST(Aborts, CustomerLeavesDuringPayment) { std::abort(); }

// Good red after the crash and the hang: nothing is lost.
TEST(Later, CustomerEarnsLoyaltyPoints) {
  auto System = orders::makeOrdersSystem();
  System->order_controller.checkout("ann");
  int Points = 0;
  EXPECT_EQ(Points, 10);
}

} // namespace
