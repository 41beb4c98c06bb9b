// Feature: Ordering from the command line.
#include "shop_fixture.h"

#include <sstream>

namespace shop::testing {
namespace {

using ::testing::HasSubstr;

class CommandLineOrdering : public ShopFixture {
protected:
  int run(std::vector<std::string> Args) { return Command.run(Args, Out); }
  PlaceOrderCommand Command{Accounts, OrderFlow};
  std::ostringstream Out;
};

TEST_F(CommandLineOrdering, RegisteredCustomerOrdersFromTheCommandLine) {
  int Rc = run({"ann@example.com", "correct horse", "book:1"});

  EXPECT_EQ(Rc, 0);
  EXPECT_THAT(Out.str(), HasSubstr("confirmed"));
  ASSERT_EQ(Orders.ordersOf("ann@example.com").size(), 1u);
  EXPECT_EQ(Orders.ordersOf("ann@example.com").front().Status,
            OrderStatus::Confirmed);
}

TEST_F(CommandLineOrdering, WrongPasswordPlacesNoOrder) {
  EXPECT_EQ(run({"ann@example.com", "wrong", "book:1"}), 1);
  EXPECT_TRUE(Orders.ordersOf("ann@example.com").empty());
  EXPECT_EQ(Inventory.available("book"), 5);
}

TEST_F(CommandLineOrdering, OrderBeyondStockIsRefused) {
  EXPECT_EQ(run({"ann@example.com", "correct horse", "lamp:2"}), 1);
  EXPECT_EQ(Inventory.available("lamp"), 1);
}

} // namespace
} // namespace shop::testing
