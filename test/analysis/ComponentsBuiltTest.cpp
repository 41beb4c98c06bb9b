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
  // The data it uses names a code unit as much as the component does.
  EXPECT_EQ(namesOf(T.UsedClasses),
            std::vector<std::string>{"shop::OrderRepository"});
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

} // namespace
} // namespace itdd::testing
