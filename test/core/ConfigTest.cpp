//===--- ConfigTest.cpp - itdd configuration ------------------------------===//

#include "core/Config.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

TEST(ConfigTest, DefaultIntegrationTestFiles) {
  auto Cfg = Config::defaults();
  EXPECT_TRUE(Cfg->isIntegrationTestFile("/src/shop/test/integration/a.cpp"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("tests/e2e/checkout_test.cc"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("journeys/buy.cpp"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("src/order_integration_test.cpp"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("src/order_it.cc"));
  EXPECT_TRUE(
      Cfg->isIntegrationTestFile("tests/integrationtests/DBusSignals.cpp"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("posh/integration_test/a.cpp"));
  EXPECT_TRUE(Cfg->isIntegrationTestFile("C:\\shop\\it\\order_test.cpp"));
  EXPECT_FALSE(Cfg->isIntegrationTestFile("test/unit/order_test.cpp"));
  EXPECT_FALSE(Cfg->isIntegrationTestFile("src/edit/order.cpp"));
  EXPECT_FALSE(Cfg->isIntegrationTestFile("test/integration_helpers.cpp"));
  // A path that only passes through an integration directory is not in it.
  EXPECT_FALSE(Cfg->isIntegrationTestFile("test/integration/../unit/a.cpp"));
}

TEST(ConfigTest, DefaultRoleNames) {
  auto Cfg = Config::defaults();
  EXPECT_TRUE(Cfg->isEntryPointName("shop::OrderController"));
  EXPECT_TRUE(Cfg->isEntryPointName("shop::PlaceOrderCommand"));
  EXPECT_TRUE(Cfg->isEntryPointName("shop::CheckoutScreen"));
  EXPECT_FALSE(Cfg->isEntryPointName("shop::OrderService"));
  EXPECT_TRUE(Cfg->isExternalBoundaryName("shop::PaymentGateway"));
  EXPECT_TRUE(Cfg->isExternalBoundaryName("shop::EmailSender"));
  EXPECT_FALSE(Cfg->isExternalBoundaryName("shop::Inventory"));
  EXPECT_TRUE(Cfg->isInfrastructureName("shop::Database"));
  EXPECT_TRUE(Cfg->isInfrastructureName("shop::OrderStore"));
  EXPECT_TRUE(Cfg->isInfrastructureName("shop::OrderRepository"));
  EXPECT_TRUE(Cfg->isUiTypeName("QLabel"));
  EXPECT_TRUE(Cfg->isUiTypeName("QPushButton"));
  EXPECT_FALSE(Cfg->isUiTypeName("QString"));
  EXPECT_TRUE(Cfg->isUiTypeName("shop::OrderSummaryView"));
  EXPECT_FALSE(Cfg->isUiTypeName("std::string_view"));
}

TEST(ConfigTest, UiMethodsMatchWholeNamesAndCamelCaseTails) {
  auto Cfg = Config::defaults();
  for (const char *Name : {"text", "title", "bannerColor", "headerText",
                           "isVisible", "isButtonEnabled", "isSubmitEnabled",
                           "render", "renderHtml", "toHtml", "fontSize"})
    EXPECT_TRUE(Cfg->isUiMethodName(Name)) << Name;
  for (const char *Name : {"total", "status", "placeOrder", "context",
                           "isConfirmed", "textual", "entitlement", ""})
    EXPECT_FALSE(Cfg->isUiMethodName(Name)) << Name;
}

TEST(ConfigTest, UserValuesReplaceDefaults) {
  std::vector<ConfigProblem> Problems;
  auto Cfg = Config::fromOptions({{"itdd.EntryPoints", "^shop::Kiosk$"}},
                                 &Problems);
  EXPECT_TRUE(Problems.empty());
  EXPECT_TRUE(Cfg->isEntryPointName("shop::Kiosk"));
  EXPECT_FALSE(Cfg->isEntryPointName("shop::OrderController"));
  EXPECT_EQ(Cfg->value("itdd.EntryPoints"), "^shop::Kiosk$");
}

TEST(ConfigTest, WithoutAKeyItsDefaultIsBackAndTheOtherKeysStay) {
  auto Cfg = Config::fromOptions({{"itdd.ExternalBoundaries", "^app::Sms$"},
                                  {"itdd.EntryPoints", "^app::Desk$"}});
  auto Without = Cfg->without("itdd.ExternalBoundaries");
  EXPECT_FALSE(Without->isSet("itdd.ExternalBoundaries"));
  EXPECT_TRUE(Without->isExternalBoundaryName("app::CarrierGateway"));
  EXPECT_FALSE(Without->isExternalBoundaryName("app::Sms"));
  EXPECT_TRUE(Without->isSet("itdd.EntryPoints"));
  EXPECT_EQ(Without->value("itdd.EntryPoints"), "^app::Desk$");
  EXPECT_FALSE(Without->isEntryPointName("app::OrderController"));
}

TEST(ConfigTest, InvalidRegexIsReportedAndMatchesNothing) {
  std::vector<ConfigProblem> Problems;
  auto Cfg = Config::fromOptions({{"itdd.Infrastructure", "(Store"}}, &Problems);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Key, "itdd.Infrastructure");
  EXPECT_NE(Problems[0].Message.find("'(Store'"), std::string::npos);
  // The default would contradict the user: the key is broken instead.
  EXPECT_TRUE(Cfg->isBroken("itdd.Infrastructure"));
  EXPECT_TRUE(Cfg->anyBroken());
  EXPECT_FALSE(Cfg->isInfrastructureName("shop::Database"));
  EXPECT_FALSE(Cfg->isInfrastructureName("shop::Store"));
  EXPECT_FALSE(Config::defaults()->anyBroken());
}

TEST(ConfigTest, UnknownItddKeyIsReportedOtherKeysIgnored) {
  std::vector<ConfigProblem> Problems;
  Config::fromOptions({{"itdd.EntryPoint", "x"},
                       {"readability-identifier-naming.ClassCase", "CamelCase"}},
                      &Problems);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Key, "itdd.EntryPoint");
  EXPECT_NE(Problems[0].Message.find("itdd.EntryPoints"), std::string::npos);
}

} // namespace
} // namespace itdd
