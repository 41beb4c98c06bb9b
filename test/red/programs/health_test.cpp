// A feature whose health check fails: every other test of it is blocked.
#include "orders.h"
#include <gtest/gtest.h>

namespace {

class ReturnsFeature : public orders::AssembledSystem {};

TEST_F(ReturnsFeature, SystemAssemblesAndReachesItsMocks) {
  ASSERT_NE(system, nullptr);
  EXPECT_CALL(system->email_sender, send(::testing::_, ::testing::_));
  EXPECT_TRUE(::testing::Mock::VerifyAndClearExpectations(&system->email_sender));
}

TEST_F(ReturnsFeature, CustomerReturnsAnItem) {
  EXPECT_EQ(system->order_controller.checkout("ann"), "RETURNED");
}

// Another feature, whose health check passes.
class DeliveryFeature : public orders::AssembledSystem {};

TEST_F(DeliveryFeature, SystemAssemblesAndReachesItsMocks) {
  ASSERT_NE(system, nullptr);
  EXPECT_TRUE(::testing::Mock::VerifyAndClearExpectations(&system->email_sender));
}

TEST_F(DeliveryFeature, CustomerTracksAParcel) {
  EXPECT_EQ(system->order_controller.checkout("ann"), "SHIPPED");
}

} // namespace
