// ANTI-PATTERN (itdd-test-only-access): the test breaks into the order
// service, once by turning `private` into `public` for everything it
// includes, once by subclassing it to read a protected limit. Tests written
// this way pin internals the product is free to change; drive the journey
// through an entry point and observe its outcome instead.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#define private public
#include "shop/entry_points.h"
#undef private
#include "../../support/mocks.h"

namespace shop::testing {
namespace {

class OrderServiceWithOpenLimits : public OrderService {
public:
  using OrderService::OrderService;
  int limit() const { return maxLinesPerOrder(); }
};

TEST(OrderLimits, CustomerCannotOrderMoreThanTwentyLines) {
  Database Db(":memory:");
  ProductStore Products(Db);
  OrderStore Orders(Db);
  AuditLog Audit(Db);
  AccountService Accounts(Db, "salt");
  InventoryService Inventory(Products);
  PricingService Pricing(Products, PricingPolicy{});
  ::testing::NiceMock<MockPaymentGateway> Payments;
  ::testing::NiceMock<MockEmailSender> Mail;
  OrderServiceWithOpenLimits OrderFlow(Accounts, Inventory, Pricing, Orders,
                                       Payments, Mail, Audit);
  OrderController Controller(OrderFlow, Accounts, Orders);

  EXPECT_EQ(OrderFlow.limit(), 20);
  EXPECT_EQ(Accounts.Salt, "salt");
  EXPECT_EQ(Controller.handle({"POST", "/orders", {}, {}}).Status, 401);
}

} // namespace
} // namespace shop::testing
