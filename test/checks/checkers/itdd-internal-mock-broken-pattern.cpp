// RUN: %check_itdd %s itdd-internal-mock %t -- \
// RUN:   -config="{CheckOptions: {itdd.ExternalBoundaries: '(Gateway|Sender'}}"
// A pattern that does not compile turns off the checks that need it for
// the run, with one error naming the key and what is wrong. It does not
// fall back to the default pattern, which the user replaced: no finding
// here, although the default roles would make the mocked inventory an
// internal component.
// CHECK-CONFIG: {{^}}error: itdd: the configuration given on the command line: invalid regular expression '(Gateway|Sender' for option 'itdd.ExternalBoundaries': parentheses not balanced; correct it (POSIX extended syntax); {{itdd-internal-mock does|itdd-internal-mock, .* and itdd-ui-detail-assertion do}} not run until it is corrected [clang-tidy-config]
// CHECK-MESSAGES-NOT: {{warning|remark}}:
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;
using ::testing::Return;

TEST(Stock, CustomerSeesWhatIsLeft) {
  NiceMock<MockInventoryService> Inventory;
  ON_CALL(Inventory, stockOf("book")).WillByDefault(Return(3));
  EXPECT_EQ(Inventory.stockOf("book"), 3);
}
