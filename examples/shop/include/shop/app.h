// Production wiring: every component built in dependency order, as the
// command-line program runs the shop.
#pragma once

#include "shop/entry_points.h"

#include <memory>
#include <string>

namespace shop {

struct ShopConfig {
  std::string DatabasePath = "shop.db";
  std::string PasswordSalt = "shop";
  PricingPolicy Pricing;
};

class Shop {
public:
  Shop(const ShopConfig &Config, PaymentGateway &Payments, EmailSender &Mail);
  OrderController &controller() { return Controller; }
  PlaceOrderCommand &command() { return Command; }
  AccountService &accounts() { return Accounts; }
  ProductStore &products() { return Products; }

private:
  Database Db;
  ProductStore Products;
  OrderStore Orders;
  AuditLog Audit;
  AccountService Accounts;
  InventoryService Inventory;
  PricingService Pricing;
  OrderService OrderFlow;
  OrderController Controller;
  PlaceOrderCommand Command;
};

} // namespace shop
