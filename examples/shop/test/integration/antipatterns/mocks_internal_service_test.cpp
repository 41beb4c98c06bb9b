// ANTI-PATTERN (itdd-internal-mock): the inventory is the shop's own code,
// yet this test replaces it with a GoogleMock double. Whatever the real
// stock reservation does, the test cannot see it; it only checks that the
// order service calls a mock. Keep InventoryService real and mock only the
// payment provider and e-mail delivery.
#include "shop/entry_points.h"
#include "../../support/mocks.h"

#include <gtest/gtest.h>

namespace shop::testing {
namespace {

using ::testing::_;
using ::testing::NiceMock;
using ::testing::Return;

class MockInventoryService : public InventoryService {
public:
  using InventoryService::InventoryService;
  MOCK_METHOD(bool, reserve, (const std::string &Sku, int Quantity), (override));
  MOCK_METHOD(void, release, (const std::string &Sku, int Quantity), (override));
};

class CheckoutWithMockedStock : public ::testing::Test {
protected:
  Database Db{":memory:"};
  ProductStore Products{Db};
  OrderStore Orders{Db};
  AuditLog Audit{Db};
  AccountService Accounts{Db, "salt"};
  PricingService Pricing{Products, PricingPolicy{}};
  NiceMock<MockInventoryService> Inventory{Products};
  NiceMock<MockPaymentGateway> Payments;
  NiceMock<MockEmailSender> Mail;
  OrderService OrderFlow{Accounts, Inventory, Pricing, Orders, Payments, Mail, Audit};
  OrderController Controller{OrderFlow, Accounts, Orders};
};

TEST_F(CheckoutWithMockedStock, CustomerBuysWhenStockIsReserved) {
  Products.add({"book", "A Book", 1500, 3});
  Accounts.registerCustomer("ann@example.com", "correct horse");
  std::string Token = *Accounts.login("ann@example.com", "correct horse");
  EXPECT_CALL(Inventory, reserve("book", 1)).WillOnce(Return(true));
  ON_CALL(Payments, charge(_, _, ::testing::A<const std::string &>()))
      .WillByDefault(Return(ChargeResult{true, "ch", ""}));

  Response R = Controller.handle(
      {"POST", "/orders", {{"Authorization", Token}}, {{"lines", "book:1"}}});

  EXPECT_EQ(R.Status, 201);
}

TEST(CheckoutWithHandMadeMocks, StockIsReleasedWhenPaymentFails) {
  Database Db(":memory:");
  ProductStore Products(Db);
  auto Inventory = std::make_unique<NiceMock<MockInventoryService>>(Products);
  OrderStore Orders(Db);
  AuditLog Audit(Db);
  AccountService Accounts(Db, "salt");
  PricingService Pricing(Products, PricingPolicy{});
  NiceMock<MockPaymentGateway> Payments;
  NiceMock<MockEmailSender> Mail;
  OrderService OrderFlow(Accounts, *Inventory, Pricing, Orders, Payments, Mail, Audit);
  OrderController Controller(OrderFlow, Accounts, Orders);
  Products.add({"book", "A Book", 1500, 3});
  Accounts.registerCustomer("ann@example.com", "correct horse");
  std::string Token = *Accounts.login("ann@example.com", "correct horse");
  ON_CALL(*Inventory, reserve(_, _)).WillByDefault(Return(true));
  EXPECT_CALL(*Inventory, release("book", 1));

  Controller.handle({"POST", "/orders", {{"Authorization", Token}}, {{"lines", "book:1"}}});
}

} // namespace
} // namespace shop::testing
