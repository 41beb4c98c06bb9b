// A small billing system for the mock-failure test program: a controller
// (the entry point), an invoice service, tax rules the project implements
// itself (internal), and a clock, a mailer and a payment gateway at the
// external boundary.
#pragma once
#include <gmock/gmock.h>
#include <string>

namespace billing {

/// The calendar outside: the project calls it and implements it nowhere.
class Clock {
public:
  virtual ~Clock() = default;
  virtual int today() = 0;
};

class Mailer {
public:
  virtual ~Mailer() = default;
  virtual void send(const std::string &To, const std::string &Text) = 0;
};

class PaymentGateway {
public:
  virtual ~PaymentGateway() = default;
  virtual void charge(const std::string &Customer, int Cents) = 0;
};

/// The project's own tax rules: an interface it implements itself.
class TaxRules {
public:
  virtual ~TaxRules() = default;
  virtual int taxOn(int Cents) const = 0;
};

class FlatTax : public TaxRules {
public:
  int taxOn(int Cents) const override { return Cents / 5; }
};

class InvoiceService {
public:
  InvoiceService(Clock &Today, Mailer &Mail, PaymentGateway &Payments,
                 const TaxRules &Tax)
      : Today(Today), Mail(Mail), Payments(Payments), Tax(Tax) {}

  /// Not built yet: nobody is charged.
  std::string invoice(const std::string &Customer, int Cents) {
    int Day = Today.today();
    int Total = Cents + Tax.taxOn(Cents);
    Mail.send(Customer, "invoice of " + std::to_string(Total) + " dated " +
                            std::to_string(Day));
    return "INVOICED";
  }

private:
  Clock &Today;
  Mailer &Mail;
  PaymentGateway &Payments;
  const TaxRules &Tax;
};

class BillingController {
public:
  explicit BillingController(InvoiceService &Service) : Service(Service) {}
  std::string bill(const std::string &Customer, int Cents) {
    return Service.invoice(Customer, Cents);
  }

private:
  InvoiceService &Service;
};

class MockClock : public Clock {
public:
  MOCK_METHOD(int, today, (), (override));
};

class MockMailer : public Mailer {
public:
  MOCK_METHOD(void, send, (const std::string &, const std::string &),
              (override));
};

class MockPaymentGateway : public PaymentGateway {
public:
  MOCK_METHOD(void, charge, (const std::string &, int), (override));
};

class MockTaxRules : public TaxRules {
public:
  MOCK_METHOD(int, taxOn, (int), (const, override));
};

} // namespace billing
