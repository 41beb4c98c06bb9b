// Compiled at the legacy fixture's own -std=c++11: the factory, mocks and
// builders itdd generated for it use nothing newer.
#include "legacy_system.h"
#include "legacy_system_inline.h"

#include <gtest/gtest.h>

using ::testing::Return;

TEST(GeneratedAtCpp11, TheSystemAssemblesAndAnswersLikeAHealthyProvider) {
  legacy::testing::LegacySystemConfig Config;
  Config.billing_service_money = std::make_shared<legacy::Currency>("EUR");
  std::unique_ptr<legacy::testing::LegacySystem> System =
      legacy::testing::makeLegacySystem(Config);
  EXPECT_EQ(System->billing_controller.post("ann", 1500),
            "billed number-1 15 EUR");
}

TEST(GeneratedAtCpp11, AMissingRequiredValueIsNamed) {
  EXPECT_THROW(legacy::testing::makeLegacySystem(), std::invalid_argument);
}

TEST(GeneratedAtCpp11, TheInlineFactoryBuildsToo) {
  legacy::inline_testing::LegacySystemConfig Config;
  Config.billing_service_money = std::make_shared<legacy::Currency>("USD");
  std::unique_ptr<legacy::inline_testing::LegacySystem> System =
      legacy::inline_testing::makeLegacySystem(Config);
  ON_CALL(System->billing_gateway, charge("bob", 200))
      .WillByDefault(::testing::Invoke([](const std::string &, long) {
        return std::unique_ptr<legacy::provider::Receipt>();
      }));
  EXPECT_EQ(System->billing_controller.post("bob", 200), "declined");
}
