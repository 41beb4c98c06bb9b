//===--- ComponentsBuiltTest.cpp - walk/ComponentsBuilt -------------------===//

#include "WalkSupport.h"

namespace itdd::testing {
namespace {

TEST(ComponentsBuiltTest, CountsRealComponentsAndWhatTheyOwn) {
  AnalysedFile File(R"cpp(
#include <warehouse.h>
TEST(Stock, WarehouseReceivesGoods) {
  app::Warehouse W;
  W.receive(3);
  EXPECT_TRUE(true);
}
)cpp" + PlaceAnOrderTest,
                    {}, {{"src/warehouse.h", R"cpp(
#pragma once
namespace app {
class Inventory {
public:
  void add(int N) { Count += N; }
private:
  int Count = 0;
};
class Warehouse {
public:
  void receive(int N) { Stock.add(N); }
private:
  Inventory Stock;
};
} // namespace app
)cpp"}});
  EXPECT_EQ(namesOf(File.test("WarehouseReceivesGoods").RealComponents),
            (std::vector<std::string>{"app::Inventory", "app::Warehouse"}));
  // The mock of the boundary and the Order data are not components.
  EXPECT_EQ(namesOf(File.test("CustomerPlacesAnOrder").RealComponents),
            (std::vector<std::string>{"shop::OrderController",
                                      "shop::OrderRepository",
                                      "shop::OrderService"}));
}

TEST(ComponentsBuiltTest, OneComponentAloneIsCountedAsOne) {
  AnalysedFile File(R"cpp(
TEST(Orders, RepositoryKeepsAnOrder) {
  shop::OrderRepository Repo;
  Repo.save(shop::Order{"o-1", 1});
  EXPECT_EQ(Repo.count(), 1);
}
)cpp");
  const IntegrationTest &T = File.test("RepositoryKeepsAnOrder");
  EXPECT_EQ(namesOf(T.RealComponents),
            std::vector<std::string>{"shop::OrderRepository"});
  EXPECT_FALSE(T.CallsFacade);
  // The data it builds names a code unit as much as the component does.
  EXPECT_EQ(namesOf(T.UsedClasses),
            (std::vector<std::string>{"shop::Order", "shop::OrderRepository"}));
  // So does every function it calls, for a name made of a class and one.
  EXPECT_EQ(T.CalledFunctions, (std::vector<std::string>{"count", "save"}));
}

TEST(ComponentsBuiltTest, AFreeFunctionThatAssemblesTheSystemIsAFacade) {
  AnalysedFile File(R"cpp(
#include <document.h>
TEST(Documents, ReaderLoadsADocument) {
  app::Document D = app::load("a: 1");
  EXPECT_EQ(D.size(), 1);
}
)cpp",
                    {}, {{"src/document.h", R"cpp(
#pragma once
namespace app {
class Document {
public:
  int size() const;
  void grow();
};
Document load(const char *Text);
} // namespace app
)cpp"}});
  EXPECT_TRUE(File.test("ReaderLoadsADocument").CallsFacade);
}

TEST(ComponentsBuiltTest, AFactoryThatHandsBackAnInterfaceIsAFacade) {
  AnalysedFile File(R"cpp(
#include <client.h>
TEST(Http, CallerGetsTheResponse) {
  auto Client = app::ClientFactory().create();
  EXPECT_EQ(Client->get("/"), 200);
}
TEST(Http, FactoryNamesItsDefault) {
  app::ClientFactory Factory;
  EXPECT_EQ(Factory.name(), 1);
}
)cpp",
                    {}, {{"src/client.h", R"cpp(
#pragma once
#include <memory>
namespace app {
class Client {
public:
  virtual ~Client() = default;
  virtual int get(const char *Path) = 0;
};
class ClientFactory {
public:
  std::unique_ptr<Client> create();
  int name() const;
  void reset();
};
} // namespace app
)cpp"}});
  // Which client it built, and what that owns, is out of sight.
  EXPECT_TRUE(File.test("CallerGetsTheResponse").CallsFacade);
  const IntegrationTest &Alone = File.test("FactoryNamesItsDefault");
  EXPECT_FALSE(Alone.CallsFacade);
  EXPECT_EQ(namesOf(Alone.RealComponents),
            std::vector<std::string>{"app::ClientFactory"});
}

} // namespace
} // namespace itdd::testing
