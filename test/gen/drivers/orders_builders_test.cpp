// Builders of protocol-buffer messages and of a class that keeps its values
// behind accessors: every value valid, each with-function sets one.
#include "orders_builders.h"
#include <gtest/gtest.h>

namespace {

TEST(MessageBuilders, StartWithEveryValueValid) {
  orders::wire::ChargeReply Reply = orders::testing::aChargeReply();
  EXPECT_FALSE(Reply.charge_id().empty());
  EXPECT_EQ(Reply.status(), orders::wire::CHARGE_APPROVED);
  EXPECT_FALSE(Reply.amount().currency().empty());
  EXPECT_TRUE(Reply.captured());
}

TEST(MessageBuilders, SetWhatTheScenarioIsAbout) {
  orders::wire::Money Price;
  Price.set_currency("EUR");
  Price.set_cents(1250);
  orders::wire::ChargeReply Reply = orders::testing::aChargeReply()
                                        .withChargeId("ch-7")
                                        .withStatus(orders::wire::CHARGE_DECLINED)
                                        .withAmount(Price)
                                        .build();
  EXPECT_EQ(Reply.charge_id(), "ch-7");
  EXPECT_EQ(Reply.status(), orders::wire::CHARGE_DECLINED);
  EXPECT_EQ(Reply.amount().cents(), 1250);
  EXPECT_EQ(Reply.amount().currency(), "EUR");
}

TEST(AccessorBuilders, SetThroughSetters) {
  orders::Receipt R = orders::testing::aReceipt().withTotalCents(990).build();
  EXPECT_FALSE(R.number().empty());
  EXPECT_EQ(R.getTotalCents(), 990);
}

} // namespace
