// Feature: Reorder (demo/features/reorder.feature). Its test skeleton,
// filled in with the API the journeys need: OrderController::reorder and
// OrderController::ordersOf do not exist yet, so this file does not
// compile until `itdd gen stubs` writes them. It is copied into a scratch
// copy of the shop (scripts/demo-missing-api), never built here.
#include "../shop_fixture.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace shop::testing {
namespace {

class ReorderFeature : public ShopFixture {
protected:
  /// Ann's confirmed order of Lines; its id.
  long long confirmedOrder(const std::string &Token, const std::string &Lines) {
    return std::atoll(order(Token, Lines).Body.c_str());
  }
};

// Scenario: Customer reorders a past order
TEST_F(ReorderFeature, CustomerReordersAPastOrder) {
  // Given ann has a confirmed order of 2 "book"
  std::string Token = signIn();
  long long First = confirmedOrder(Token, "book:2");

  // When she reorders it
  Response R = Controller.reorder(Token, First);

  // Then a new order of 2 "book" is confirmed
  ASSERT_EQ(R.Status, 201);
  std::optional<Order> Again = Orders.find(std::atoll(R.Body.c_str()));
  ASSERT_TRUE(Again.has_value());
  EXPECT_NE(Again->Id, First);
  EXPECT_EQ(Again->Status, OrderStatus::Confirmed);
  ASSERT_EQ(Again->Lines.size(), 1u);
  EXPECT_EQ(Again->Lines[0].Sku, "book");
  EXPECT_EQ(Again->Lines[0].Quantity, 2);
}

// Scenario: Customer sees her past orders
TEST_F(ReorderFeature, CustomerSeesHerPastOrders) {
  // Given ann has a confirmed order of 1 "book"
  // And ann has a confirmed order of 1 "lamp"
  std::string Token = signIn();
  long long Book = confirmedOrder(Token, "book:1");
  long long Lamp = confirmedOrder(Token, "lamp:1");

  // When she asks for her orders
  std::vector<Order> Past = Controller.ordersOf(Token);

  // Then she sees both, the latest first
  ASSERT_EQ(Past.size(), 2u);
  EXPECT_EQ(Past[0].Id, Lamp);
  EXPECT_EQ(Past[1].Id, Book);
}

} // namespace
} // namespace shop::testing
