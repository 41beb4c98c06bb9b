// RUN: %check_itdd %s itdd-missing-business-assertion %t
// Guards against an unjudged test passing in silence: without
// itdd.ShowUndecided, a file whose tests the analysis cannot follow to the
// end gets one remark for all checks, with how many and why, naming the
// function that stopped it.
// CHECK-MESSAGES: :[[@LINE-5]]:1: remark: 2 of 2 integration tests not judged where a finding needs the whole test: calls 'steps::customerBuysAndIsConfirmed', test support defined in another file (2 tests); set itdd.ShowUndecided: true to name them per check [itdd-missing-business-assertion]
#include "../fixtures/app/mocks.h"
#include "support/checkout_steps.h"
#include <gtest/gtest.h>

TEST(Checkout, CustomerBuysWithSharedSteps) {
  steps::customerBuysAndIsConfirmed("ann", "book");
}

TEST(Checkout, CustomerBuysTwiceWithSharedSteps) {
  steps::customerBuysAndIsConfirmed("ann", "book");
  steps::customerBuysAndIsConfirmed("ann", "pen");
}
