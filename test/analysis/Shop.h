//===--- Shop.h - a small application for the analysis unit tests -*- C++ -*-===//
//
// The headers of a small shop, in memory: an entry point, services, a
// repository, a boundary interface and data, as the tests' snippets use
// them.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_ANALYSIS_SHOP_H
#define ITDD_TEST_ANALYSIS_SHOP_H

#include <map>
#include <type_traits>
#include <string>

namespace itdd::testing {

inline const std::map<std::string, std::string> &shopHeaders() {
  static const std::map<std::string, std::string> Headers = {
      {"src/shop.h", R"cpp(
#pragma once
#include <memory>
#include <string>
#include <vector>
namespace shop {
struct Order {
  std::string Id;
  int Quantity = 0;
};
class PaymentGateway {
public:
  virtual ~PaymentGateway() = default;
  virtual bool charge(const std::string &Card, int Cents) = 0;
};
class OrderRepository {
public:
  void save(const Order &O) { Orders.push_back(O); }
  int count() const { return static_cast<int>(Orders.size()); }
private:
  std::vector<Order> Orders;
};
class OrderService {
public:
  OrderService(OrderRepository &Repo, PaymentGateway &Payments)
      : Repo(Repo), Payments(Payments) {}
  bool place(const Order &O) {
    if (!Payments.charge("card", O.Quantity)) return false;
    Repo.save(O);
    return true;
  }
private:
  OrderRepository &Repo;
  PaymentGateway &Payments;
};
class OrderController {
public:
  explicit OrderController(OrderService &Service) : Service(Service) {}
  bool placeOrder(const std::string &Id, int Quantity) {
    return Service.place(Order{Id, Quantity});
  }
private:
  OrderService &Service;
};
} // namespace shop
)cpp"},
      {"tests/mocks/mock_payment_gateway.h", R"cpp(
#pragma once
#include <gmock/gmock.h>
#include <shop.h>
namespace shop {
class MockPaymentGateway : public PaymentGateway {
public:
  MOCK_METHOD(bool, charge, (const std::string &, int), (override));
};
} // namespace shop
)cpp"},
  };
  return Headers;
}

} // namespace itdd::testing

#endif // ITDD_TEST_ANALYSIS_SHOP_H
