// A tiny order system for the red-phase test programs: a controller (the
// entry point), a service, and an e-mail sender at the external boundary.
#pragma once
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>
#include <string>

namespace orders {

class EmailSender {
public:
  virtual ~EmailSender() = default;
  virtual void send(const std::string &To, const std::string &Text) = 0;
};

class OrderService {
public:
  explicit OrderService(EmailSender &Email) : Email(Email) {}
  /// Not built yet: orders stay pending and nobody is told.
  std::string place(const std::string &) { return "PENDING"; }

private:
  EmailSender &Email;
};

class OrderController {
public:
  explicit OrderController(OrderService &Service) : Service(Service) {}
  std::string checkout(const std::string &Customer) {
    return Service.place(Customer);
  }

private:
  OrderService &Service;
};

class MockEmailSender : public EmailSender {
public:
  MOCK_METHOD(void, send, (const std::string &, const std::string &),
              (override));
};

struct OrdersSystem {
  ::testing::NiceMock<MockEmailSender> email_sender;
  OrderService order_service{email_sender};
  OrderController order_controller{order_service};
};

inline std::unique_ptr<OrdersSystem> makeOrdersSystem() {
  return std::make_unique<OrdersSystem>();
}

/// What every feature fixture of the programs does: assemble the system.
class AssembledSystem : public ::testing::Test {
protected:
  void SetUp() override { system = makeOrdersSystem(); }
  std::unique_ptr<OrdersSystem> system;
};

} // namespace orders
