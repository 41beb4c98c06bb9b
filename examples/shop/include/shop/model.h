// The shop's plain data: requests and responses, orders, e-mails, charges
// and configuration. Nothing here has behaviour.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace shop {

using Cents = long long;

struct Request {
  std::string Method;
  std::string Path;
  std::map<std::string, std::string> Headers;
  std::map<std::string, std::string> Form;
};

struct Response {
  int Status = 0;
  std::string Body;
};

struct Product {
  std::string Sku;
  std::string Name;
  Cents Price = 0;
  int Stock = 0;
};

struct OrderLine {
  std::string Sku;
  int Quantity = 0;
};

enum class OrderStatus { Pending, Confirmed, Rejected };

struct Order {
  long long Id = 0;
  std::string Customer;
  std::vector<OrderLine> Lines;
  Cents Total = 0;
  OrderStatus Status = OrderStatus::Pending;
  std::string ChargeId;
};

struct Email {
  std::string To;
  std::string Subject;
  std::string Body;
};

struct ChargeResult {
  bool Approved = false;
  std::string ChargeId;
  std::string DeclineReason;
};

struct AuditEntry {
  std::string Action;
  std::string Subject;
};

/// How totals are computed: tax on the items, shipping below a threshold.
struct PricingPolicy {
  int TaxPercent = 20;
  Cents ShippingFee = 499;
  Cents FreeShippingFrom = 5000;
};

struct PlaceOrderResult {
  std::optional<Order> Placed;
  std::string Error;
};

const char *toString(OrderStatus Status);

} // namespace shop
