// GoogleMock doubles for the shop's external boundaries: the payment
// provider and e-mail delivery. Nothing of the shop's own is mocked.
#pragma once

#include "shop/boundaries.h"

#include <gmock/gmock.h>

namespace shop::testing {

class MockPaymentGateway : public PaymentGateway {
public:
  MOCK_METHOD(ChargeResult, charge,
              (const std::string &Customer, Cents Amount,
               const std::string &IdempotencyKey),
              (override));
  MOCK_METHOD(ChargeResult, charge,
              (const std::string &Customer, Cents Amount,
               (const std::map<std::string, std::string> &Metadata),
               int Attempts),
              (override));
  MOCK_METHOD(bool, refund, (const std::string &ChargeId),
              (noexcept, override));
  MOCK_METHOD(std::string, providerName, (), (const, override));
};

class MockEmailSender : public EmailSender {
public:
  MOCK_METHOD(void, send, (const Email &Message), (override));
};

} // namespace shop::testing
