// RUN: %check_itdd %s itdd-internal-mock %t -- --itdd-defaults
// Guards against silence a user cannot explain: left to the default
// itdd.IntegrationTestFiles, a file of GoogleTest tests in a place the
// pattern does not know is not judged, and the run says so once, from the
// first itdd check it runs.
// CHECK-MESSAGES: :[[@LINE-5]]:1: remark: 2 GoogleTest tests in this file not judged: the file does not match the default itdd.IntegrationTestFiles (a directory named integration, e2e, journeys, ... or a name ending _integration_test); set itdd.IntegrationTestFiles to where your integration tests are [itdd-internal-mock]
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;

// Would be an internal mock in an integration test: not judged here.
TEST(Checkout, CustomerIsChargedThroughAMockedService) {
  NiceMock<MockInventoryService> Inventory;
  EXPECT_EQ(Inventory.stockOf("book"), 0);
}

TEST(Checkout, NothingToJudge) { SUCCEED(); }
