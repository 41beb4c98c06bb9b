// RUN: %check_itdd %s itdd-internal-mock %t -- --itdd-defaults \
// RUN:   -config="{CheckOptions: {itdd.TestCode: '/test/checks/checkers/'}}"
// Left to the default itdd.IntegrationTestFiles, a file the pattern does
// not match whose tests make two or more of the project's components work
// together looks like integration tests the default missed: one warning
// for the file, naming the key to set, instead of the remark a file of
// unit tests gets. Its tests are still not judged: no finding on the
// internal mock.
// CHECK-MESSAGES: :[[@LINE-8]]:1: warning: 3 GoogleTest tests in this file not judged: the file does not match the default itdd.IntegrationTestFiles, yet 2 of them make two or more of the project's components work together, as integration tests do ('Checkout.CustomerBuysOnTheCheckoutScreen' builds 'app::AuditLog' and 'app::CheckoutScreen' and more); set itdd.IntegrationTestFiles to where your integration tests are, or run 'itdd init' [itdd-internal-mock]
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;

TEST(Checkout, CustomerBuysOnTheCheckoutScreen) {
  NiceMock<MockEmailSender> Email;
  NiceMock<MockPaymentGateway> Payments;
  app::Shop Shop;
  app::OrderService Orders(Shop.Store, Shop.Inventory, Payments, Email, Shop.Audit);
  app::CheckoutScreen(Orders).submitOrder("ann", "book");
  EXPECT_TRUE(Shop.Audit.entries().empty());
}

TEST(Checkout, StockIsKeptAside) {
  app::Database Db(":memory:");
  app::OrderStore Store(Db);
  NiceMock<MockInventoryService> Inventory;
  EXPECT_TRUE(Db.isOpen());
}

TEST(Checkout, NoKitesInStock) {
  app::InventoryService Inventory;
  EXPECT_EQ(Inventory.stockOf("kite"), 0);
}
