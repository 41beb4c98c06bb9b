// Drives each of the shop's entry points through the factories `itdd gen
// factory` wrote for it, with a real in-memory SQLite database and the
// mocks `itdd gen mocks` wrote. Compiled and run by gen_test.py.
#include "cli_system.h"
#include "order_controller_system.h"
#include "screen_system.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace {

using ::testing::_;
using ::testing::A;
using ::testing::Field;
using ::testing::Return;

template <typename Config> Config inMemory() {
  Config C;
  C.database_path = ":memory:";
  C.account_service_salt = "test-salt";
  return C;
}

TEST(GeneratedShopFactory, CustomerOrdersOverHttp) {
  auto System = shop::generated::makeCheckoutSystem(
      inMemory<shop::generated::CheckoutSystemConfig>());
  System->product_store.add({"book", "A Book", 1500, 5});
  ASSERT_TRUE(System->account_service.registerCustomer("ann@example.com", "correct horse"));
  EXPECT_CALL(System->payment_gateway,
              charge("ann@example.com", _, A<const std::string &>()))
      .WillOnce(Return(shop::ChargeResult{true, "ch_1", ""}));
  EXPECT_CALL(System->email_sender,
              send(Field(&shop::Email::To, "ann@example.com")));

  shop::Response Login = System->order_controller.handle(
      {"POST", "/login", {}, {{"email", "ann@example.com"}, {"password", "correct horse"}}});
  shop::Response Placed = System->order_controller.handle(
      {"POST", "/orders", {{"Authorization", Login.Body}}, {{"lines", "book:2"}}});

  ASSERT_EQ(Placed.Status, 201);
  auto Stored = System->order_store.find(std::stoll(Placed.Body));
  ASSERT_TRUE(Stored.has_value());
  EXPECT_EQ(Stored->Status, shop::OrderStatus::Confirmed);
}

// No ON_CALL, no EXPECT_CALL: the generated mocks answer like a healthy
// payment provider and mail server, so the happy path is reached.
TEST(GeneratedShopFactory, CustomerOrdersWithNoExpectationAtAll) {
  auto System = shop::generated::makeCheckoutSystem(
      inMemory<shop::generated::CheckoutSystemConfig>());
  System->product_store.add({"book", "A Book", 1500, 5});
  ASSERT_TRUE(System->account_service.registerCustomer("eve@example.com", "correct horse"));

  shop::Response Login = System->order_controller.handle(
      {"POST", "/login", {}, {{"email", "eve@example.com"}, {"password", "correct horse"}}});
  shop::Response Placed = System->order_controller.handle(
      {"POST", "/orders", {{"Authorization", Login.Body}}, {{"lines", "book:1"}}});

  ASSERT_EQ(Placed.Status, 201) << Placed.Body;
  auto Stored = System->order_store.find(std::stoll(Placed.Body));
  ASSERT_TRUE(Stored.has_value());
  EXPECT_EQ(Stored->Status, shop::OrderStatus::Confirmed);
}

TEST(GeneratedShopFactory, CustomerOrdersOnTheCommandLine) {
  auto System = shop::generated::makeCliSystem(
      inMemory<shop::generated::CliSystemConfig>());
  System->product_store.add({"lamp", "A Lamp", 4000, 1});
  ASSERT_TRUE(System->account_service.registerCustomer("bob@example.com", "correct horse"));
  ON_CALL(System->payment_gateway, charge(_, _, A<const std::string &>()))
      .WillByDefault(Return(shop::ChargeResult{true, "ch_2", ""}));
  std::ostringstream Out;

  int Rc = System->place_order_command.run(
      {"bob@example.com", "correct horse", "lamp:1"}, Out);

  EXPECT_EQ(Rc, 0) << Out.str();
  EXPECT_EQ(System->inventory_service.available("lamp"), 0);
}

TEST(GeneratedShopFactory, DeclinedCardOnTheCheckoutScreenRejectsTheOrder) {
  auto System = shop::generated::makeScreenSystem(
      inMemory<shop::generated::ScreenSystemConfig>());
  System->product_store.add({"book", "A Book", 1500, 5});
  ASSERT_TRUE(System->account_service.registerCustomer("cyd@example.com", "correct horse"));
  EXPECT_CALL(System->payment_gateway, charge(_, _, A<const std::string &>()))
      .WillOnce(Return(shop::ChargeResult{false, "", "card expired"}));

  ASSERT_TRUE(System->checkout_screen.signIn("cyd@example.com", "correct horse"));
  System->checkout_screen.addToCart("book", 1);

  EXPECT_FALSE(System->checkout_screen.submitOrder());
  std::vector<shop::Order> Orders =
      System->order_store.ordersOf("cyd@example.com");
  ASSERT_EQ(Orders.size(), 1u);
  EXPECT_EQ(Orders.front().Status, shop::OrderStatus::Rejected);
  EXPECT_EQ(System->inventory_service.available("book"), 5);
}

} // namespace
