// The systems the shop does not own: the payment provider and e-mail
// delivery, behind interfaces, with production implementations.
#pragma once

#include "shop/model.h"

#include <map>
#include <ostream>
#include <string>

namespace shop {

class PaymentGateway {
public:
  virtual ~PaymentGateway() = default;
  virtual ChargeResult charge(const std::string &Customer, Cents Amount,
                              const std::string &IdempotencyKey) = 0;
  /// Charges with provider metadata, retrying up to Attempts times.
  virtual ChargeResult charge(const std::string &Customer, Cents Amount,
                              const std::map<std::string, std::string> &Metadata,
                              int Attempts = 1) = 0;
  virtual bool refund(const std::string &ChargeId) noexcept = 0;
  virtual std::string providerName() const = 0;
};

class EmailSender {
public:
  virtual ~EmailSender() = default;
  virtual void send(const Email &Message) = 0;
};

/// Records charges in a log instead of calling a provider: the payment
/// set-up of a development installation.
class LoggingPaymentGateway : public PaymentGateway {
public:
  explicit LoggingPaymentGateway(std::ostream &Log);
  ChargeResult charge(const std::string &Customer, Cents Amount,
                      const std::string &IdempotencyKey) override;
  ChargeResult charge(const std::string &Customer, Cents Amount,
                      const std::map<std::string, std::string> &Metadata,
                      int Attempts = 1) override;
  bool refund(const std::string &ChargeId) noexcept override;
  std::string providerName() const override;

private:
  std::ostream &Log;
  int NextCharge = 1;
};

/// Writes messages in SMTP DATA form to a stream (a relay's spool).
class SmtpEmailSender : public EmailSender {
public:
  SmtpEmailSender(std::ostream &Spool, std::string From);
  void send(const Email &Message) override;

private:
  std::ostream &Spool;
  std::string From;
};

} // namespace shop
