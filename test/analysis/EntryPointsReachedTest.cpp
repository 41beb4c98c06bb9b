//===--- EntryPointsReachedTest.cpp - walk/EntryPointsReached -------------===//

#include "WalkSupport.h"

namespace itdd::testing {
namespace {

constexpr const char *Journeys = R"cpp(
struct Shop {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service{Repo, Payments};
  shop::OrderController Controller{Service};
};
static bool placeThroughTheFrontDoor(Shop &S) {
  return S.Controller.placeOrder("o-1", 2);
}
TEST(Checkout, CustomerPlacesAnOrder) {
  Shop S;
  EXPECT_TRUE(S.Controller.placeOrder("o-1", 2));
}
TEST(Checkout, CustomerPlacesAnOrderThroughAHelper) {
  Shop S;
  EXPECT_TRUE(placeThroughTheFrontDoor(S));
}
TEST(Checkout, ServiceSavesAnOrder) {
  Shop S;
  EXPECT_TRUE(S.Service.place(shop::Order{"o-1", 2}));
}
TEST(Checkout, ControllerMockedAway) {
  Shop S;
  EXPECT_EQ(S.Repo.count(), 0);
}
)cpp";

TEST(EntryPointsReachedTest, ACallOnAnEntryPointIsReachedDirectlyOrThroughHelpers) {
  AnalysedFile File(Journeys);
  EXPECT_TRUE(File.test("CustomerPlacesAnOrder").CallsEntryPoint);
  EXPECT_TRUE(File.test("CustomerPlacesAnOrderThroughAHelper").CallsEntryPoint);
}

TEST(EntryPointsReachedTest, CallsOnInternalComponentsReachNoEntryPoint) {
  AnalysedFile File(Journeys);
  EXPECT_FALSE(File.test("ServiceSavesAnOrder").CallsEntryPoint);
  EXPECT_FALSE(File.test("ControllerMockedAway").CallsEntryPoint);
}

TEST(EntryPointsReachedTest, TheConfigurationNamesEntryPoints) {
  AnalysedFile File(Journeys, {{"itdd.EntryPoints", "^shop::OrderService$"}});
  EXPECT_TRUE(File.test("ServiceSavesAnOrder").CallsEntryPoint);
  EXPECT_FALSE(File.test("CustomerPlacesAnOrder").CallsEntryPoint);
}

TEST(EntryPointsReachedTest, StartingAnEntryPointThatMustFailIsTheJourney) {
  AnalysedFile File(R"cpp(
#include <server.h>
TEST(Server, RefusesANegativePort) {
  EXPECT_THROW(app::ServerCommand Command(-1), std::runtime_error);
}
TEST(Server, StartsOnAPort) {
  app::ServerCommand Command(80);
  SUCCEED();
}
)cpp",
                    {}, {{"src/server.h", R"cpp(
#pragma once
#include <stdexcept>
namespace app {
class ServerCommand {
public:
  explicit ServerCommand(int Port) {
    if (Port < 0)
      throw std::runtime_error("port");
  }
};
} // namespace app
)cpp"}});
  EXPECT_TRUE(File.test("RefusesANegativePort").CallsEntryPoint);
  EXPECT_FALSE(File.test("StartsOnAPort").CallsEntryPoint);
}

} // namespace
} // namespace itdd::testing
