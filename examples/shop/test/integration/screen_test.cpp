// Feature: Checking out on the checkout screen. The tests act through the
// screen and check what the customer achieved, not how the screen looks.
#include "shop_fixture.h"

namespace shop::testing {
namespace {

using ::testing::_;

class CheckoutOnScreen : public ShopFixture {
protected:
  CheckoutScreen Screen{OrderFlow, Accounts};
};

TEST_F(CheckoutOnScreen, CustomerChecksOutCartAndOrderIsStored) {
  ASSERT_TRUE(Screen.signIn("ann@example.com", "correct horse"));
  Screen.addToCart("book", 1);
  Screen.addToCart("lamp", 1);
  EXPECT_CALL(Mail, send(_));

  EXPECT_TRUE(Screen.submitOrder());

  ASSERT_TRUE(Screen.lastOrderId().has_value());
  std::optional<Order> Stored = Orders.find(*Screen.lastOrderId());
  ASSERT_TRUE(Stored.has_value());
  EXPECT_EQ(Stored->Lines.size(), 2u);
  EXPECT_EQ(Inventory.available("lamp"), 0);
}

TEST_F(CheckoutOnScreen, SignedOutCustomerCannotSubmit) {
  Screen.addToCart("book", 1);
  EXPECT_FALSE(Screen.submitOrder());
  EXPECT_EQ(Screen.lastError(), "sign in to place an order");
  EXPECT_EQ(Inventory.available("book"), 5);
}

} // namespace
} // namespace shop::testing
