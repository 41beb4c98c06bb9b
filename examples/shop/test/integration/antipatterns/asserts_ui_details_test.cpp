// ANTI-PATTERN (itdd-ui-detail-assertion): these tests check how the
// checkout screen looks (its title, banner colour, whether a button is
// enabled, the markup) instead of what the customer achieved. A restyled
// screen breaks them while a broken order flow may not. Assert on the
// stored order, the stock and the e-mail instead.
#include "../shop_fixture.h"

namespace shop::testing {
namespace {

using ::testing::HasSubstr;

class CheckoutScreenLooks : public ShopFixture {
protected:
  CheckoutScreen Screen{OrderFlow, Accounts};
  OrderSummaryView Summary{Orders};
};

TEST_F(CheckoutScreenLooks, CustomerSeesCheckoutReadyToSubmit) {
  Screen.signIn("ann@example.com", "correct horse");
  Screen.addToCart("book", 1);

  EXPECT_EQ(Screen.title(), "Checkout");
  EXPECT_TRUE(Screen.isSubmitEnabled());
  EXPECT_THAT(Screen.render(), HasSubstr("<li>book x 1</li>"));
}

TEST_F(CheckoutScreenLooks, CustomerSeesGreenBannerAndSummaryAfterOrdering) {
  Screen.signIn("ann@example.com", "correct horse");
  Screen.addToCart("book", 1);
  Screen.submitOrder();
  Summary.show(*Screen.lastOrderId());

  EXPECT_EQ(Screen.bannerColor(), "green");
  EXPECT_EQ(Summary.headerText(), "Order 1");
  EXPECT_TRUE(Summary.isVisible());
}

} // namespace
} // namespace shop::testing
