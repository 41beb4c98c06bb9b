#include "shop/services.h"

#include <functional>
#include <random>
#include <sstream>

namespace shop {

AuditLog::AuditLog(Database &Db) : Db(Db) {}

void AuditLog::record(const std::string &Action, const std::string &Subject) {
  Db.execute("INSERT INTO audit (action, subject) VALUES (?1, ?2)",
             {Action, Subject});
}

std::vector<AuditEntry> AuditLog::entries(const std::string &Action) const {
  std::vector<AuditEntry> Result;
  for (Row &R : Db.query("SELECT action, subject FROM audit WHERE ?1 = '' OR "
                         "action = ?1 ORDER BY id",
                         {Action}))
    Result.push_back({R["action"], R["subject"]});
  return Result;
}

AccountService::AccountService(Database &Db, std::string Salt)
    : Db(Db), Salt(std::move(Salt)) {}

std::string AccountService::hash(const std::string &Password) const {
  return std::to_string(std::hash<std::string>{}(Salt + ":" + Password));
}

bool AccountService::registerCustomer(const std::string &Email,
                                      const std::string &Password) {
  if (Email.find('@') == std::string::npos || Password.size() < 8)
    return false;
  if (!Db.query("SELECT email FROM accounts WHERE email = ?1", {Email}).empty())
    return false;
  Db.execute("INSERT INTO accounts (email, password_hash) VALUES (?1, ?2)",
             {Email, hash(Password)});
  return true;
}

std::optional<std::string> AccountService::login(const std::string &Email,
                                                 const std::string &Password) {
  auto Rows = Db.query("SELECT password_hash FROM accounts WHERE email = ?1",
                       {Email});
  if (Rows.empty() || Rows.front()["password_hash"] != hash(Password))
    return std::nullopt;
  std::random_device Random;
  std::ostringstream Token;
  Token << std::hex << Random() << Random();
  Db.execute("INSERT INTO sessions (token, email) VALUES (?1, ?2)",
             {Token.str(), Email});
  return Token.str();
}

std::optional<std::string>
AccountService::customerOf(const std::string &Token) const {
  auto Rows = Db.query("SELECT email FROM sessions WHERE token = ?1", {Token});
  if (Rows.empty())
    return std::nullopt;
  return Rows.front()["email"];
}

InventoryService::InventoryService(ProductStore &Products)
    : Products(Products) {}

bool InventoryService::reserve(const std::string &Sku, int Quantity) {
  return Quantity > 0 && Products.adjustStock(Sku, -Quantity);
}

void InventoryService::release(const std::string &Sku, int Quantity) {
  Products.adjustStock(Sku, Quantity);
}

int InventoryService::available(const std::string &Sku) const {
  auto P = Products.find(Sku);
  return P ? P->Stock : 0;
}

PricingService::PricingService(ProductStore &Products, PricingPolicy Policy)
    : Products(Products), Policy(Policy) {}

std::optional<Cents>
PricingService::total(const std::vector<OrderLine> &Lines) const {
  Cents Items = 0;
  for (const OrderLine &L : Lines) {
    auto P = Products.find(L.Sku);
    if (!P)
      return std::nullopt;
    Items += P->Price * L.Quantity;
  }
  Cents Tax = Items * Policy.TaxPercent / 100;
  Cents Shipping = Items >= Policy.FreeShippingFrom ? 0 : Policy.ShippingFee;
  return Items + Tax + Shipping;
}

OrderService::OrderService(AccountService &Accounts,
                           InventoryService &Inventory,
                           PricingService &Pricing, OrderStore &Orders,
                           PaymentGateway &Payments, EmailSender &Mail,
                           AuditLog &Audit)
    : Accounts(Accounts), Inventory(Inventory), Pricing(Pricing),
      Orders(Orders), Payments(Payments), Mail(Mail), Audit(Audit) {}

PlaceOrderResult OrderService::placeOrder(const std::string &Token,
                                          const std::vector<OrderLine> &Lines) {
  std::optional<std::string> Customer = Accounts.customerOf(Token);
  if (!Customer)
    return {std::nullopt, "sign in to place an order"};
  if (Lines.empty() || static_cast<int>(Lines.size()) > maxLinesPerOrder())
    return {std::nullopt, "an order has between 1 and " +
                              std::to_string(maxLinesPerOrder()) + " lines"};
  std::optional<Cents> Total = Pricing.total(Lines);
  if (!Total)
    return {std::nullopt, "unknown product"};

  std::vector<OrderLine> Reserved;
  for (const OrderLine &L : Lines) {
    if (!Inventory.reserve(L.Sku, L.Quantity)) {
      for (const OrderLine &Back : Reserved)
        Inventory.release(Back.Sku, Back.Quantity);
      return {std::nullopt, "not enough stock of " + L.Sku};
    }
    Reserved.push_back(L);
  }

  Order O;
  O.Customer = *Customer;
  O.Lines = Lines;
  O.Total = *Total;
  O.Id = Orders.save(O);
  ChargeResult Charge =
      Payments.charge(*Customer, *Total, "order-" + std::to_string(O.Id));
  if (!Charge.Approved) {
    for (const OrderLine &Back : Reserved)
      Inventory.release(Back.Sku, Back.Quantity);
    O.Status = OrderStatus::Rejected;
    Orders.update(O);
    Audit.record("order.rejected", std::to_string(O.Id));
    return {O, "payment declined: " + Charge.DeclineReason};
  }
  O.Status = OrderStatus::Confirmed;
  O.ChargeId = Charge.ChargeId;
  Orders.update(O);
  Audit.record("order.confirmed", std::to_string(O.Id));
  Mail.send({*Customer, "Order " + std::to_string(O.Id) + " confirmed",
             "Thank you. Order " + std::to_string(O.Id) + " total " +
                 std::to_string(O.Total) + " cents."});
  return {O, ""};
}

} // namespace shop
