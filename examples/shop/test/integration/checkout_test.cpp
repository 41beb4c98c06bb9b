// Feature: Checkout. Customers buy products over HTTP and get their order
// confirmed, charged and e-mailed; declined payments leave no trace.
#include "shop_fixture.h"

namespace shop::testing {
namespace {

using ::testing::_;
using ::testing::AllOf;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::Return;

class Checkout : public ShopFixture {};

TEST_F(Checkout, CustomerBuysInStockItemAndReceivesConfirmation) {
  std::string Token = signIn();
  EXPECT_CALL(Mail, send(AllOf(Field(&Email::To, "ann@example.com"),
                               Field(&Email::Subject, HasSubstr("confirmed")))));

  Response R = order(Token, "book:2");

  ASSERT_EQ(R.Status, 201);
  std::optional<Order> Stored = Orders.find(std::stoll(R.Body));
  ASSERT_TRUE(Stored.has_value());
  EXPECT_EQ(Stored->Status, OrderStatus::Confirmed);
  EXPECT_EQ(Stored->Total, 3000 + 600 + 499);
  EXPECT_EQ(Inventory.available("book"), 3);
}

TEST_F(Checkout, OrderIsRejectedWhenPaymentIsDeclinedAndStockIsReleased) {
  std::string Token = signIn();
  EXPECT_CALL(Payments, charge("ann@example.com", _, ::testing::A<const std::string &>()))
      .WillOnce(Return(aChargeResult()
                           .withApproved(false)
                           .withDeclineReason("card expired")
                           .build()));
  EXPECT_CALL(Mail, send(_)).Times(0);

  Response R = order(Token, "book:1,lamp:1");

  EXPECT_EQ(R.Status, 402);
  EXPECT_THAT(R.Body, HasSubstr("card expired"));
  EXPECT_EQ(Inventory.available("book"), 5);
  EXPECT_EQ(Inventory.available("lamp"), 1);
  EXPECT_EQ(Audit.entries("order.rejected").size(), 1u);
}

TEST_F(Checkout, GuestCannotPlaceOrderWithoutSigningIn) {
  Response R = order("no-such-token", "book:1");
  EXPECT_EQ(R.Status, 401);
  EXPECT_TRUE(Orders.ordersOf("ann@example.com").empty());
}

TEST_F(Checkout, CustomerIsEmailedTheOrderNumberAndTotal) {
  std::string Token = signIn();
  EXPECT_CALL(Mail, send(Field(&Email::Body, HasSubstr("total 5299 cents"))));
  order(Token, "lamp:1");
}

TEST_F(Checkout, CustomerSeesOnlyTheirOwnOrders) {
  Accounts.registerCustomer("bob@example.com", "battery staple");
  std::string AnnsOrder = order(signIn(), "book:1").Body;
  std::string BobsToken = Controller
                              .handle({"POST", "/login", {},
                                       {{"email", "bob@example.com"},
                                        {"password", "battery staple"}}})
                              .Body;

  Response R = Controller.handle(
      {"GET", "/orders/" + AnnsOrder, {{"Authorization", BobsToken}}, {}});

  EXPECT_EQ(R.Status, 404);
}

/// Scenario Outline: shipping is free from 50.00 on.
struct ShippingCase {
  std::string Lines;
  Cents Total;
};

class ShippingOutline : public ShopFixture,
                        public ::testing::WithParamInterface<ShippingCase> {};

TEST_P(ShippingOutline, CustomerPaysShippingOnlyBelowTheThreshold) {
  std::string Token = signIn();
  EXPECT_CALL(Payments, charge(_, GetParam().Total, ::testing::A<const std::string &>()))
      .WillOnce(Return(aChargeResult().build()));
  EXPECT_EQ(order(Token, GetParam().Lines).Status, 201);
}

INSTANTIATE_TEST_SUITE_P(Totals, ShippingOutline,
                         ::testing::Values(ShippingCase{"book:1", 1800 + 499},
                                           ShippingCase{"book:4", 7200},
                                           ShippingCase{"lamp:1", 4800 + 499}));

} // namespace
} // namespace shop::testing
