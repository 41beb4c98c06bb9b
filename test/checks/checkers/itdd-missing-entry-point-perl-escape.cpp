// RUN: %check_itdd %s itdd-missing-entry-point %t -- \
// RUN:   -config="{CheckOptions: {itdd.EntryPoints: '^app::\w+Controller$'}}"
// Perl's '\w' is a plain 'w' in the POSIX extended syntax the itdd.*
// patterns use: the pattern would name no class at all and every test
// would "never go through an entry point". It is an error naming the POSIX
// spelling, and the checks that need the key do not run.
// CHECK-CONFIG: {{^}}error: itdd: the configuration given on the command line: Perl syntax in the regular expression '^app::\w+Controller$' for option 'itdd.EntryPoints': '\w' matches a plain 'w' in POSIX extended syntax; write '{{\[\[}}:alnum:]_]'; {{itdd-missing-entry-point does|itdd-internal-mock, .* and itdd-ui-detail-assertion do}} not run until it is corrected [clang-tidy-config]
// CHECK-MESSAGES-NOT: {{warning|remark}}:
#include "../fixtures/app/mocks.h"
#include <gtest/gtest.h>

using ::testing::NiceMock;
using ::testing::Return;

TEST(Quote, CustomerSeesThePriceOfABook) {
  NiceMock<MockPricingPolicy> Pricing;
  ON_CALL(Pricing, priceOf("book")).WillByDefault(Return(250));
  EXPECT_EQ(app::QuoteController(Pricing).handle({"GET", "book", {}}).Body, "250");
}
