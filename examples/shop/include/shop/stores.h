// Persistence of products and orders on top of the Database.
#pragma once

#include "shop/database.h"
#include "shop/model.h"

#include <optional>

namespace shop {

class ProductStore {
public:
  explicit ProductStore(Database &Db);
  void add(const Product &P);
  std::optional<Product> find(const std::string &Sku) const;
  /// Changes the stock by Delta unless it would go below zero.
  bool adjustStock(const std::string &Sku, int Delta);

private:
  Database &Db;
};

class OrderStore {
public:
  explicit OrderStore(Database &Db);
  long long save(const Order &O);
  void update(const Order &O);
  std::optional<Order> find(long long Id) const;
  std::vector<Order> ordersOf(const std::string &Customer) const;

private:
  Database &Db;
};

} // namespace shop
