#include "shop/boundaries.h"

namespace shop {

LoggingPaymentGateway::LoggingPaymentGateway(std::ostream &Log) : Log(Log) {}

ChargeResult LoggingPaymentGateway::charge(const std::string &Customer,
                                           Cents Amount,
                                           const std::string &IdempotencyKey) {
  std::string Id = "ch_" + std::to_string(NextCharge++);
  Log << "charge " << Id << " " << Customer << " " << Amount << " "
      << IdempotencyKey << "\n";
  return {true, Id, ""};
}

ChargeResult LoggingPaymentGateway::charge(
    const std::string &Customer, Cents Amount,
    const std::map<std::string, std::string> &Metadata, int Attempts) {
  auto Key = Metadata.find("idempotency_key");
  return charge(Customer, Amount,
                Key == Metadata.end() ? std::to_string(Attempts) : Key->second);
}

bool LoggingPaymentGateway::refund(const std::string &ChargeId) noexcept {
  Log << "refund " << ChargeId << "\n";
  return true;
}

std::string LoggingPaymentGateway::providerName() const { return "log"; }

SmtpEmailSender::SmtpEmailSender(std::ostream &Spool, std::string From)
    : Spool(Spool), From(std::move(From)) {}

void SmtpEmailSender::send(const Email &Message) {
  Spool << "MAIL FROM:<" << From << ">\r\nRCPT TO:<" << Message.To
        << ">\r\nDATA\r\nSubject: " << Message.Subject << "\r\n\r\n"
        << Message.Body << "\r\n.\r\n";
}

} // namespace shop
