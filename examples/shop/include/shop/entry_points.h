// How customers reach the shop: the HTTP request handler, the command
// line, and the checkout screen with its order summary.
#pragma once

#include "shop/services.h"

#include <ostream>
#include <string>
#include <vector>

namespace shop {

/// Routes: POST /login, POST /orders, GET /orders/{id}.
class OrderController {
public:
  OrderController(OrderService &Orders, AccountService &Accounts,
                  OrderStore &Store);
  Response handle(const Request &R);

private:
  Response login(const Request &R);
  Response placeOrder(const Request &R);
  Response showOrder(const Request &R, const std::string &Id);
  OrderService &Orders;
  AccountService &Accounts;
  OrderStore &Store;
};

/// `shop order EMAIL PASSWORD SKU:QTY...`
class PlaceOrderCommand {
public:
  PlaceOrderCommand(AccountService &Accounts, OrderService &Orders);
  int run(const std::vector<std::string> &Args, std::ostream &Out);

private:
  AccountService &Accounts;
  OrderService &Orders;
};

class CheckoutScreen {
public:
  CheckoutScreen(OrderService &Orders, AccountService &Accounts);
  bool signIn(const std::string &Email, const std::string &Password);
  void addToCart(const std::string &Sku, int Quantity);
  bool submitOrder();
  std::optional<long long> lastOrderId() const { return LastOrder; }
  const std::string &lastError() const { return Error; }

  std::string title() const;
  std::string bannerColor() const;
  bool isSubmitEnabled() const;
  std::string render() const;

private:
  OrderService &Orders;
  AccountService &Accounts;
  std::string Token;
  std::vector<OrderLine> Cart;
  std::optional<long long> LastOrder;
  std::string Error;
};

class OrderSummaryView {
public:
  explicit OrderSummaryView(OrderStore &Store);
  void show(long long OrderId);
  std::string headerText() const;
  bool isVisible() const { return Shown.has_value(); }
  std::string render() const;

private:
  OrderStore &Store;
  std::optional<Order> Shown;
};

} // namespace shop
