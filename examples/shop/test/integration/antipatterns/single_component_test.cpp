// ANTI-PATTERN (itdd-single-component): "integration" tests that build a
// single real piece, the database, or nothing of the shop at all. Nothing
// is integrated; these are unit tests in the wrong directory, and they say
// nothing about a customer's journey.
#include "shop/database.h"
#include "shop/model.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace shop::testing {
namespace {

TEST(Stock, StockNeverGoesBelowZero) {
  Database Db(":memory:");
  Db.execute("INSERT INTO products (sku, name, price, stock) VALUES ('book', 'B', 1500, 1)");

  EXPECT_THROW(Db.execute("UPDATE products SET stock = -1 WHERE sku = 'book'"),
               std::runtime_error);
}

TEST(Pricing, ShippingIsFreeFromFiftyEuros) {
  PricingPolicy Policy;
  EXPECT_EQ(Policy.FreeShippingFrom, 5000);
}

} // namespace
} // namespace shop::testing
