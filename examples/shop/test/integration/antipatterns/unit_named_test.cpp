// ANTI-PATTERN (itdd-scenario-naming): the names describe classes and
// member functions, not what a customer achieves. When one fails, nobody
// can tell which journey broke. Name each test after its scenario, e.g.
// CustomerBuysInStockItemAndReceivesConfirmation.
#include "../shop_fixture.h"

namespace shop::testing {
namespace {

class Naming : public ShopFixture {};

TEST_F(Naming, OrderServicePlaceOrderReturnsOrderId) {
  EXPECT_EQ(order(signIn(), "book:1").Status, 201);
}

TEST_F(Naming, OrderControllerHandleReturns401WithoutToken) {
  EXPECT_EQ(order("", "book:1").Status, 401);
}

} // namespace
} // namespace shop::testing
