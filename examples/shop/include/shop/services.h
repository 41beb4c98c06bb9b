// The shop's business logic: accounts and sessions, stock, prices, orders
// and the audit trail.
#pragma once

#include "shop/boundaries.h"
#include "shop/stores.h"

#include <optional>
#include <string>

namespace shop {

class AuditLog {
public:
  explicit AuditLog(Database &Db);
  void record(const std::string &Action, const std::string &Subject);
  std::vector<AuditEntry> entries(const std::string &Action = "") const;

private:
  Database &Db;
};

class AccountService {
public:
  AccountService(Database &Db, std::string Salt);
  bool registerCustomer(const std::string &Email, const std::string &Password);
  /// A session token, or nothing when the e-mail or password is wrong.
  std::optional<std::string> login(const std::string &Email,
                                   const std::string &Password);
  std::optional<std::string> customerOf(const std::string &Token) const;

private:
  std::string hash(const std::string &Password) const;
  Database &Db;
  std::string Salt;
};

class InventoryService {
public:
  explicit InventoryService(ProductStore &Products);
  virtual ~InventoryService() = default;
  virtual bool reserve(const std::string &Sku, int Quantity);
  virtual void release(const std::string &Sku, int Quantity);
  virtual int available(const std::string &Sku) const;

private:
  ProductStore &Products;
};

class PricingService {
public:
  PricingService(ProductStore &Products, PricingPolicy Policy);
  /// Items plus tax plus shipping; nothing for an unknown product.
  std::optional<Cents> total(const std::vector<OrderLine> &Lines) const;

private:
  ProductStore &Products;
  PricingPolicy Policy;
};

class OrderService {
public:
  OrderService(AccountService &Accounts, InventoryService &Inventory,
               PricingService &Pricing, OrderStore &Orders,
               PaymentGateway &Payments, EmailSender &Mail, AuditLog &Audit);
  virtual ~OrderService() = default;
  /// Reserves stock, charges the customer, stores the order and confirms it
  /// by e-mail; a declined charge releases the stock again.
  virtual PlaceOrderResult placeOrder(const std::string &Token,
                                      const std::vector<OrderLine> &Lines);

protected:
  int maxLinesPerOrder() const { return MaxLines; }
  int MaxLines = 20;

private:
  AccountService &Accounts;
  InventoryService &Inventory;
  PricingService &Pricing;
  OrderStore &Orders;
  PaymentGateway &Payments;
  EmailSender &Mail;
  AuditLog &Audit;
};

} // namespace shop
