//===--- NamingTest.cpp - test names versus code units --------------------===//

#include "core/Naming.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

using Words = std::vector<std::string>;

TEST(NamingTest, SplitsIdentifiers) {
  EXPECT_EQ(splitIdentifierWords("OrderServicePlaceOrder"),
            (Words{"order", "service", "place", "order"}));
  EXPECT_EQ(splitIdentifierWords("placeOrder_returns404"),
            (Words{"place", "order", "returns", "404"}));
  EXPECT_EQ(splitIdentifierWords("HTTPServerStarts"),
            (Words{"http", "server", "starts"}));
}

const std::vector<CodeUnit> &shopUnits() {
  static const std::vector<CodeUnit> Units = {
      {"shop::OrderService", "OrderService", false},
      {"shop::OrderService::placeOrder", "placeOrder", true},
      {"shop::SubscriptionContext", "SubscriptionContext", false},
      {"shop::SubscriptionContext::hasAccess", "hasAccess", true},
      {"shop::ShoppingCart", "ShoppingCart", false},
      {"shop::Cart", "Cart", false},
      {"shop::Cart::add", "add", true},
      {"shop::Scheduler", "Scheduler", false},
      {"iox::RouDi", "RouDi", false},
      {"net::Server", "Server", false, /*EntryPoint=*/true},
      {"net::Server::listen", "listen", true},
      // Functions the test calls outside the application's classes.
      {"use_count", "use_count", true, false, /*CalledOnly=*/true},
      {"GetBaseUrl", "GetBaseUrl", true, false, /*CalledOnly=*/true},
  };
  return Units;
}

std::string unitIn(llvm::StringRef TestName) {
  auto Unit = findCodeUnitName(TestName, shopUnits());
  return Unit ? Unit->QualifiedName : "";
}

TEST(NamingTest, NamesAfterCodeUnitsAreFound) {
  EXPECT_EQ(unitIn("OrderServicePlaceOrderReturnsId"), "shop::OrderService");
  EXPECT_EQ(unitIn("SubscriptionContextProvidesHasAccess"),
            "shop::SubscriptionContext");
  EXPECT_EQ(unitIn("PlaceOrderReturnsId"), "shop::OrderService::placeOrder");
  EXPECT_EQ(unitIn("ShoppingCartReturnsTotal"), "shop::ShoppingCart");
  EXPECT_EQ(unitIn("Cart_HasAccess_Returns_True"),
            "shop::SubscriptionContext::hasAccess");
  // A one-word class opening the name, then a verb its list never had.
  EXPECT_EQ(unitIn("SchedulerRejectsClosedDays"), "shop::Scheduler");
  EXPECT_EQ(unitIn("CartAddKeepsQuantity"), "shop::Cart");
  EXPECT_EQ(unitIn("OrderService"), "shop::OrderService");
}

TEST(NamingTest, AClassAndAnotherClassesMemberAreTwoCodeUnits) {
  // Cart::add, opened by the entry point: nothing about the user is left.
  EXPECT_EQ(unitIn("ServerAdd"), "net::Server");
  EXPECT_EQ(unitIn("SchedulerHasAccess"), "shop::Scheduler");
  // With more words after it, the member is one word of a sentence.
  EXPECT_EQ(unitIn("ServerAddsTheBookOnlyOnce"), "");
  EXPECT_EQ(unitIn("ServerAddFailsWithoutAnOpenCartForTheShopper"), "");
}

TEST(NamingTest, AClassAndAnyFunctionTheTestCallsAreTwoCodeUnits) {
  // std::shared_ptr<Cart>::use_count, a test server's GetBaseUrl.
  EXPECT_EQ(unitIn("CartUseCount"), "shop::Cart");
  EXPECT_EQ(unitIn("ServerGetBaseUrl"), "net::Server");
  // Only as the whole rest of the name: they are not the application's
  // code units, so they neither open a name nor count inside one.
  EXPECT_EQ(unitIn("CartUseCountStaysOne"), "");
  EXPECT_EQ(unitIn("GetBaseUrlPointsAtTheTestServer"), "");
  EXPECT_EQ(unitIn("UseCount"), "");
}

TEST(NamingTest, ClassNamesInsideOutcomeSentencesAreFine) {
  EXPECT_EQ(unitIn("CreatingNodeWithRunningRouDiWorks"), "");
  EXPECT_EQ(unitIn("OperatorSeesTheRouDiBacklogDrain"), "");
  EXPECT_EQ(unitIn("CustomerSeesOrderServiceOutageMessage"), "");
  // A method name inside a sentence is a word of the sentence.
  EXPECT_EQ(unitIn("CustomerCanPlaceOrderAndItFails"), "");
  // A unit followed by a verb and a whole clause is an outcome sentence.
  EXPECT_EQ(unitIn("PlaceOrderReservesStockBeforeTheCardIsCharged"), "");
  EXPECT_EQ(unitIn("SchedulerSkipsSundaysWhenTheShopIsClosed"), "");
}

TEST(NamingTest, WhatUsersActThroughMayOpenAnOutcome) {
  EXPECT_EQ(unitIn("ServerRejectsHandshakeWithoutToken"), "");
  EXPECT_EQ(unitIn("ServerListenFailsOnBusyPort"), "net::Server");
  EXPECT_EQ(unitIn("Server"), "net::Server");
}

TEST(NamingTest, UserOutcomesAreNotFlagged) {
  EXPECT_EQ(unitIn("UserWithSubscriptionAccessesPremiumArticle"), "");
  EXPECT_EQ(unitIn("CustomerCanPlaceOrderWhenItemIsInStock"), "");
  EXPECT_EQ(unitIn("CustomerAddsBookToShoppingCartAndChecksOut"), "");
  EXPECT_EQ(unitIn("ShopperAddsToCart"), "");
}

} // namespace
} // namespace itdd
