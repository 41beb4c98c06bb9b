// ANTI-PATTERN (itdd-missing-entry-point): these tests start from the order
// service, in the middle of the system, instead of from where a customer
// comes in (the HTTP handler, the command line or the checkout screen).
// Routing, request parsing and sign-in are never exercised.
#include "../shop_fixture.h"

namespace shop::testing {
namespace {

class OrderServiceJourney : public ShopFixture {};

TEST_F(OrderServiceJourney, ConfirmedOrderIsStored) {
  std::string Token = *Accounts.login("ann@example.com", "correct horse");

  PlaceOrderResult Result = OrderFlow.placeOrder(Token, {{"book", 1}});

  ASSERT_TRUE(Result.Placed.has_value());
  EXPECT_EQ(Orders.find(Result.Placed->Id)->Status, OrderStatus::Confirmed);
}

TEST_F(OrderServiceJourney, StockGoesDownAfterReservation) {
  EXPECT_TRUE(Inventory.reserve("book", 2));
  EXPECT_EQ(Inventory.available("book"), 1);
}

} // namespace
} // namespace shop::testing
