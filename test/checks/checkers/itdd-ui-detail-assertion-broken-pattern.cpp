// RUN: %check_itdd --check-suffix=UI %s itdd-ui-detail-assertion %t -- \
// RUN:   -config="{CheckOptions: {itdd.UiMethods: '^(title|\s*color)$'}}"
// RUN: %check_itdd --check-suffix=MOCK %s itdd-internal-mock %t -- \
// RUN:   -config="{CheckOptions: {itdd.UiMethods: '^(title|\s*color)$'}}"
// A broken pattern turns off only the checks that need it: rendering
// members matter to itdd-ui-detail-assertion alone, which does not run
// (no finding on the title, and no finding from the default pattern on
// the banner colour), while itdd-internal-mock still reports the mocked
// inventory. A run without a check that needs the key warns instead.
// CHECK-CONFIG: {{^(error|warning)}}: itdd: the configuration given on the command line: Perl syntax in the regular expression '^(title|\s*color)$' for option 'itdd.UiMethods': '\s' matches a plain 's' in POSIX extended syntax; write '{{\[\[}}:space:]]'; {{itdd-ui-detail-assertion does not run until it is corrected|no itdd check of this run needs it}} [clang-tidy-config]
// CHECK-MESSAGES-UI-NOT: {{warning|remark}}:
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;
using ::testing::Return;

TEST(CheckoutScreenJourney, CustomerSubmitsOrderAndSeesGreenBanner) {
  NiceMock<MockEmailSender> Email;
  NiceMock<MockPaymentGateway> Payments;
  NiceMock<MockInventoryService> Inventory;
  // CHECK-MESSAGES-MOCK: :[[@LINE-1]]:34: warning: integration test mocks internal component 'app::InventoryService'
  app::Shop Shop;
  app::OrderService Orders(Shop.Store, Inventory, Payments, Email, Shop.Audit);
  app::CheckoutScreen Screen(Orders);
  ON_CALL(Payments, charge).WillByDefault(Return(true));
  Screen.submitOrder("ann", "book");
  EXPECT_EQ(Screen.title(), "Checkout");
  EXPECT_EQ("green", Screen.bannerColor());
  EXPECT_EQ(Screen.lastStatus(), app::OrderStatus::Confirmed);
}
