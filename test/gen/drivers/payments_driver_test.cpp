// Drives the payments fixture through what `itdd gen` wrote: builders, mocks
// that answer with them, a factory that includes both, one that writes them
// inline, and one made with --no-default-answers. Compiled and run by
// gen_test.py.
#include "pay_system.h"
#include "pay_system_bare.h"
#include "pay_system_inline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using pay::provider::CardBrand;
using pay::provider::ChargeResponse;
using pay::provider::ChargeStatus;
using ::testing::_;
using ::testing::Return;
using ::testing::StartsWith;

TEST(GeneratedDefaults, CheckoutWithNoExpectationReachesTheHappyPath) {
  auto System = pay::testing::makeCheckoutSystem();

  std::string Outcome = System->checkout_controller.post("ann", 1250);

  EXPECT_THAT(Outcome, StartsWith("confirmed charge-id-"));
  EXPECT_EQ(System->order_book.count(), 1u);
}

TEST(GeneratedDefaults, InlineBuildersAndMocksReachTheHappyPathToo) {
  auto System = pay::inline_testing::makeCheckoutSystem();

  EXPECT_THAT(System->checkout_controller.post("ann", 1250),
              StartsWith("confirmed charge-id-"));
  EXPECT_EQ(System->order_book.count(), 1u);
}

TEST(GeneratedDefaults, WithoutDefaultAnswersTheSameTestFailsOutsideItsScenario) {
  auto System = pay::bare_testing::makeCheckoutSystem();

  // A value-initialised bool says the provider is down: a bad red.
  EXPECT_EQ(System->checkout_controller.post("ann", 1250),
            "provider unreachable");
  EXPECT_EQ(System->order_book.count(), 0u);
}

TEST(GeneratedDefaults, ATestOverridesOnlyTheAnswerItsScenarioIsAbout) {
  auto System = pay::testing::makeCheckoutSystem();
  ON_CALL(System->payment_gateway, charge)
      .WillByDefault(
          Return(pay::testing::aChargeResponse().withDeclined(true).build()));

  EXPECT_EQ(System->checkout_controller.post("ann", 1250), "declined");
  EXPECT_EQ(System->order_book.count(), 0u);
}

TEST(GeneratedDefaults, AnExpectationWithoutAnActionGetsTheBuiltAnswer) {
  auto System = pay::testing::makeCheckoutSystem();
  EXPECT_CALL(System->payment_gateway, charge("ann", _, _));

  EXPECT_THAT(System->checkout_controller.post("ann", 1250),
              StartsWith("confirmed"));
}

TEST(GeneratedBuilders, OverridingOneFieldChangesExactlyThatField) {
  pay::testing::ChargeResponseBuilder Builder = pay::testing::aChargeResponse();
  ChargeResponse Before = Builder.build();
  ChargeResponse After = Builder.withStatus(ChargeStatus::Pending).build();

  EXPECT_EQ(Before.status, ChargeStatus::Approved);
  EXPECT_EQ(After.status, ChargeStatus::Pending);
  EXPECT_EQ(After.chargeId, Before.chargeId);
  EXPECT_EQ(After.amountCents, Before.amountCents);
  EXPECT_EQ(After.approved, Before.approved);
  EXPECT_EQ(After.declined, Before.declined);
  EXPECT_EQ(After.createdAt, Before.createdAt);
  EXPECT_EQ(After.card.last4, Before.card.last4);
  EXPECT_EQ(After.card.brand, Before.card.brand);
  EXPECT_EQ(After.card.expiryYear, Before.card.expiryYear);
  EXPECT_EQ(After.declineCode, Before.declineCode);
  EXPECT_EQ(After.items.size(), Before.items.size());
  EXPECT_EQ(After.provider, Before.provider);
  EXPECT_EQ(After.feeRate, Before.feeRate);
}

TEST(GeneratedBuilders, EveryFieldStartsValid) {
  ChargeResponse R = pay::testing::aChargeResponse();

  EXPECT_THAT(R.chargeId, StartsWith("charge-id-"));
  EXPECT_EQ(R.status, ChargeStatus::Approved);
  EXPECT_GT(R.amountCents, 0);
  EXPECT_TRUE(R.approved);
  EXPECT_FALSE(R.declined);
  EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(
                R.createdAt.time_since_epoch())
                .count(),
            1704067200);
  EXPECT_FALSE(R.card.last4.empty());
  EXPECT_EQ(R.card.brand, CardBrand::Visa);
  EXPECT_FALSE(R.declineCode.has_value());
  EXPECT_TRUE(R.items.empty());
  EXPECT_EQ(R.provider, "provider");
  EXPECT_NE(pay::testing::aChargeResponse().build().chargeId, R.chargeId);
}

TEST(GeneratedBuilders, ValueClassesAggregatesOfThemAndMoveOnlyData) {
  pay::provider::Money Money = pay::testing::aMoney().withCents(990);
  EXPECT_EQ(Money.cents(), 990);
  EXPECT_FALSE(Money.currency().empty());

  pay::provider::Refund Refund = pay::testing::aRefund().build();
  EXPECT_TRUE(Refund.ok);
  EXPECT_GT(Refund.amount.cents(), 0);
  EXPECT_THAT(Refund.refundId, StartsWith("refund-id-"));

  pay::provider::Receipt Receipt =
      pay::testing::aReceipt()
          .withPdf(std::make_unique<std::string>("%PDF"))
          .build();
  EXPECT_FALSE(Receipt.number.empty());
  ASSERT_TRUE(Receipt.pdf);
  EXPECT_EQ(*Receipt.pdf, "%PDF");
  EXPECT_GT(pay::testing::aLineItem().build().quantity, 0);
}

} // namespace
