// The system under test for the shop's integration tests: every component
// real and wired as production wires it, an in-memory SQLite database, and
// GoogleMock doubles only for the payment provider and e-mail delivery.
#pragma once

#include "shop/entry_points.h"
#include "../support/builders.h"
#include "../support/mocks.h"

#include <gtest/gtest.h>

namespace shop::testing {

class ShopFixture : public ::testing::Test {
protected:
  ShopFixture() {
    Products.add({"book", "A Book", 1500, 5});
    Products.add({"lamp", "A Lamp", 4000, 1});
    Accounts.registerCustomer("ann@example.com", "correct horse");
    ON_CALL(Payments, charge(::testing::_, ::testing::_,
                             ::testing::A<const std::string &>()))
        .WillByDefault(::testing::Return(aChargeResult().build()));
  }

  /// Signs ann in through the HTTP entry point and returns her token.
  std::string signIn() {
    Response R = Controller.handle(
        {"POST", "/login", {}, {{"email", "ann@example.com"},
                                {"password", "correct horse"}}});
    return R.Body;
  }

  Response order(const std::string &Token, const std::string &Lines) {
    return Controller.handle(
        {"POST", "/orders", {{"Authorization", Token}}, {{"lines", Lines}}});
  }

  Database Db{":memory:"};
  ProductStore Products{Db};
  OrderStore Orders{Db};
  AuditLog Audit{Db};
  AccountService Accounts{Db, "test-salt"};
  InventoryService Inventory{Products};
  PricingService Pricing{Products, PricingPolicy{}};
  ::testing::NiceMock<MockPaymentGateway> Payments;
  ::testing::NiceMock<MockEmailSender> Mail;
  OrderService OrderFlow{Accounts, Inventory, Pricing, Orders,
                         Payments, Mail,      Audit};
  OrderController Controller{OrderFlow, Accounts, Orders};
};

} // namespace shop::testing
