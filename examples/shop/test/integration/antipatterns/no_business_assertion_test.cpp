// ANTI-PATTERN (itdd-missing-business-assertion): one test only checks
// that the system could be put together, the other asserts nothing at all.
// Both pass whatever the order flow does. State what the customer should
// get: a stored, confirmed order; a charge; a confirmation e-mail.
#include "../shop_fixture.h"

namespace shop::testing {
namespace {

class ShopAssembly : public ShopFixture {};

TEST_F(ShopAssembly, SystemStartsUp) {
  auto Screen = std::make_unique<CheckoutScreen>(OrderFlow, Accounts);
  ASSERT_NE(Screen, nullptr);
  EXPECT_NO_THROW(OrderController Another(OrderFlow, Accounts, Orders));
}

TEST_F(ShopAssembly, CustomerOrdersABook) {
  order(signIn(), "book:1");
}

} // namespace
} // namespace shop::testing
