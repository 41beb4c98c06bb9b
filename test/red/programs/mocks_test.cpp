// One test per kind of GoogleMock failure `itdd red` tells apart, on mocks
// of boundaries and of an internal class, called by the system through the
// entry point or by the test itself.
#include "billing.h"
#include <gtest/gtest.h>

namespace {

using ::testing::_;
using ::testing::HasSubstr;
using ::testing::NiceMock;
using ::testing::Return;
using ::testing::StrictMock;

/// The billing system, with the clock and the tax rules a feature picks.
template <class TheClock, class TheTaxRules>
class Billing : public ::testing::Test {
protected:
  TheClock clock;
  NiceMock<billing::MockMailer> mailer;
  NiceMock<billing::MockPaymentGateway> gateway;
  TheTaxRules tax;
  billing::InvoiceService service{clock, mailer, gateway, tax};
  billing::BillingController controller{service};
};

class BillingFeature
    : public Billing<NiceMock<billing::MockClock>, billing::FlatTax> {};
class StrictBillingFeature
    : public Billing<StrictMock<billing::MockClock>, billing::FlatTax> {};
class TaxMockedFeature : public Billing<NiceMock<billing::MockClock>,
                                        NiceMock<billing::MockTaxRules>> {};

// Over-saturated, through the entry point, on a value the system asks for:
// the clock gives one date (WillOnce) and the journey bills twice. A bad
// red: the test's count is wrong, the business outcome is not what fails.
TEST_F(BillingFeature, CustomerIsBilledTwiceOnTheSameDay) {
  EXPECT_CALL(clock, today()).WillOnce(Return(20240501));
  controller.bill("ann", 100);
  EXPECT_EQ(controller.bill("ann", 250), "PAID");
}

// Over-saturated, through the entry point, on a command: one invoice a day
// is the business outcome, the system sends one per order. A good red.
TEST_F(BillingFeature, CustomerGetsOneInvoiceForTheDay) {
  EXPECT_CALL(mailer, send("ann", _)).Times(1);
  controller.bill("ann", 100);
  controller.bill("ann", 250);
}

// Over-saturated by the test itself, before the journey: a bad red.
TEST_F(BillingFeature, CustomerWithAnEmptyBasketGetsNoInvoice) {
  EXPECT_CALL(mailer, send(_, _)).Times(0);
  mailer.send("ann", "warming up the mailer");
  controller.bill("ann", 0);
}

// Never called after the journey went through the entry point: billing
// charges nobody yet. A good red.
TEST_F(BillingFeature, CustomerIsChargedForTheOrder) {
  EXPECT_CALL(gateway, charge("ann", 120));
  controller.bill("ann", 100);
}

// Never called, and the test calls the service, never an entry point: a
// good red from the failure alone, a bad red once -p shows it.
TEST_F(BillingFeature, CustomerIsChargedByTheService) {
  EXPECT_CALL(gateway, charge("ann", 120));
  service.invoice("ann", 100);
}

// Argument mismatch through the entry point: books are tax-free, the
// invoice still adds tax. A good red (a wrong business value).
TEST_F(BillingFeature, CustomerPaysNoTaxOnBooks) {
  EXPECT_CALL(mailer, send("ann", HasSubstr("invoice of 100 ")));
  controller.bill("ann", 100);
}

// Argument mismatch made by the test itself, before the journey: a bad red.
TEST_F(BillingFeature, CustomerIsMailedInHerOwnName) {
  EXPECT_CALL(mailer, send("ann", _));
  mailer.send("bob", "hello");
  controller.bill("ann", 100);
}

// Order violation through the entry point: the invoice should follow the
// payment, billing mails without charging. A good red.
TEST_F(BillingFeature, CustomerIsInvoicedAfterPaying) {
  ::testing::InSequence Paid;
  EXPECT_CALL(gateway, charge("ann", 120));
  EXPECT_CALL(mailer, send("ann", _));
  controller.bill("ann", 100);
}

// Order violation made by the test itself, before the journey: a bad red.
TEST_F(BillingFeature, CustomerIsChargedBeforeTheInvoice) {
  ::testing::InSequence Paid;
  EXPECT_CALL(gateway, charge("ann", _));
  EXPECT_CALL(mailer, send("ann", _));
  mailer.send("ann", "test");
  controller.bill("ann", 100);
}

// A StrictMock meets the call the system makes through the entry point,
// which no expectation names: a bad red (the test's strictness).
TEST_F(StrictBillingFeature, CustomerGetsADatedInvoice) {
  EXPECT_EQ(controller.bill("ann", 100), "PAID");
}

// A StrictMock meets a call the test makes itself: a bad red.
TEST_F(StrictBillingFeature, CustomerIsBilledOnTheDayOfTheOrder) {
  int Day = clock.today();
  EXPECT_EQ(controller.bill("ann", Day), "PAID");
}

// The project's own tax rules mocked: an argument mismatch through the
// entry point. Without -p the mock's role is unknown; with -p the mock is
// of an internal class: a bad red.
TEST_F(TaxMockedFeature, CustomerPaysReducedTaxOnFood) {
  EXPECT_CALL(tax, taxOn(200)).WillOnce(Return(10));
  controller.bill("ann", 100);
}

// The expectation is set on a spare mailer the system never gets: it is
// never called however the system behaves. A good red from the failure
// alone; with -p, which sees the spare handed to nothing, a bad red.
TEST_F(BillingFeature, CustomerIsMailedTheInvoice) {
  NiceMock<billing::MockMailer> spare;
  EXPECT_CALL(spare, send("ann", _));
  controller.bill("ann", 100);
}

} // namespace
