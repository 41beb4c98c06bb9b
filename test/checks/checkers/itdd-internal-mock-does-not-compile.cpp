// RUN: %check_itdd %s itdd-internal-mock %t
// Guards against false findings next to a compile error: a file that does
// not compile (here one mistyped include) is not judged by any check, and
// one remark for all checks says so. Without the include, its test would
// be reported as never going through an entry point, building no real
// component and mocking an internal one.
// CHECK-MESSAGES: :[[@LINE-6]]:1: remark: integration tests in this file not judged: the file does not compile; fix the errors reported for it (or point -p at the build that compiles it) [itdd-internal-mock]
#include "../fixtures/app/mocks.h"
#include "../fixtures/app/no_such_header.h"
// CHECK-ERROR: :[[@LINE-1]]:10: error: '../fixtures/app/no_such_header.h' file not found [clang-diagnostic-error]
#include <gtest/gtest.h>

#define private public

using ::testing::NiceMock;

TEST(Checkout, CustomerBuysABook) {
  NiceMock<MockInventoryService> Inventory;
  int Total = 3;
  EXPECT_EQ(Total, 3);
}
