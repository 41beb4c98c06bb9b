#include "shop/stores.h"

#include <string>

namespace shop {

const char *toString(OrderStatus Status) {
  switch (Status) {
  case OrderStatus::Pending:
    return "pending";
  case OrderStatus::Confirmed:
    return "confirmed";
  case OrderStatus::Rejected:
    return "rejected";
  }
  return "pending";
}

static OrderStatus statusFrom(const std::string &Text) {
  if (Text == "confirmed")
    return OrderStatus::Confirmed;
  if (Text == "rejected")
    return OrderStatus::Rejected;
  return OrderStatus::Pending;
}

ProductStore::ProductStore(Database &Db) : Db(Db) {}

void ProductStore::add(const Product &P) {
  Db.execute("INSERT INTO products (sku, name, price, stock) VALUES (?1, ?2, "
             "?3, ?4)",
             {P.Sku, P.Name, std::to_string(P.Price), std::to_string(P.Stock)});
}

std::optional<Product> ProductStore::find(const std::string &Sku) const {
  auto Rows = Db.query("SELECT sku, name, price, stock FROM products WHERE "
                       "sku = ?1",
                       {Sku});
  if (Rows.empty())
    return std::nullopt;
  Row &R = Rows.front();
  return Product{R["sku"], R["name"], std::stoll(R["price"]),
                 std::stoi(R["stock"])};
}

bool ProductStore::adjustStock(const std::string &Sku, int Delta) {
  Db.execute("UPDATE products SET stock = stock + ?2 WHERE sku = ?1 AND "
             "stock + ?2 >= 0",
             {Sku, std::to_string(Delta)});
  return Db.changes() == 1;
}

OrderStore::OrderStore(Database &Db) : Db(Db) {}

long long OrderStore::save(const Order &O) {
  Db.execute("INSERT INTO orders (customer, total, status, charge_id) VALUES "
             "(?1, ?2, ?3, ?4)",
             {O.Customer, std::to_string(O.Total), toString(O.Status),
              O.ChargeId});
  long long Id = Db.lastInsertId();
  for (const OrderLine &L : O.Lines)
    Db.execute("INSERT INTO order_lines (order_id, sku, quantity) VALUES "
               "(?1, ?2, ?3)",
               {std::to_string(Id), L.Sku, std::to_string(L.Quantity)});
  return Id;
}

void OrderStore::update(const Order &O) {
  Db.execute("UPDATE orders SET status = ?2, charge_id = ?3 WHERE id = ?1",
             {std::to_string(O.Id), toString(O.Status), O.ChargeId});
}

std::optional<Order> OrderStore::find(long long Id) const {
  auto Rows = Db.query("SELECT id, customer, total, status, charge_id FROM "
                       "orders WHERE id = ?1",
                       {std::to_string(Id)});
  if (Rows.empty())
    return std::nullopt;
  Row &R = Rows.front();
  Order O;
  O.Id = std::stoll(R["id"]);
  O.Customer = R["customer"];
  O.Total = std::stoll(R["total"]);
  O.Status = statusFrom(R["status"]);
  O.ChargeId = R["charge_id"];
  for (Row &L : Db.query("SELECT sku, quantity FROM order_lines WHERE "
                         "order_id = ?1",
                         {std::to_string(Id)}))
    O.Lines.push_back({L["sku"], std::stoi(L["quantity"])});
  return O;
}

std::vector<Order> OrderStore::ordersOf(const std::string &Customer) const {
  std::vector<Order> Result;
  for (Row &R : Db.query("SELECT id FROM orders WHERE customer = ?1 ORDER BY "
                         "id",
                         {Customer}))
    if (auto O = find(std::stoll(R["id"])))
      Result.push_back(std::move(*O));
  return Result;
}

} // namespace shop
