// RUN: %check_itdd %s itdd-internal-mock %t -- --itdd-defaults \
// RUN:   -config="{CheckOptions: {itdd.TestCode: '/test/checks/checkers/'}}"
// Unit tests outside the default itdd.IntegrationTestFiles, each building
// one real component of the project with the rest mocked, do not look
// like integration tests: no warning, only the remark that counts the
// tests not judged.
// CHECK-MESSAGES: :[[@LINE-6]]:1: remark: 2 GoogleTest tests in this file not judged: the file does not match the default itdd.IntegrationTestFiles (a directory named integration, e2e, journeys, ... or a name ending _integration_test); set itdd.IntegrationTestFiles to where your integration tests are [itdd-internal-mock]
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;
using ::testing::Return;

TEST(InventoryServiceTest, UnknownItemsCannotBeReserved) {
  app::InventoryService Inventory;
  EXPECT_FALSE(Inventory.reserve("kite", 1));
}

TEST(QuoteControllerTest, AnswersWithThePolicysPrice) {
  NiceMock<MockPricingPolicy> Pricing;
  EXPECT_CALL(Pricing, priceOf("pen")).WillOnce(Return(90));
  app::QuoteController Controller(Pricing);
  EXPECT_EQ(Controller.handle({"GET", "pen", {}}).Status, 200);
}
