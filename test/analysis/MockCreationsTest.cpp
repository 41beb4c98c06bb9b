//===--- MockCreationsTest.cpp - walk/MockCreations -----------------------===//

#include "WalkSupport.h"

namespace itdd::testing {
namespace {

std::vector<std::string> mocked(AnalysedFile &File) {
  std::vector<std::string> Names;
  for (const MockCreation &M : File.analysis().mockCreations())
    Names.push_back(qualifiedName(M.Mock) +
                    (M.Replaced ? " for " + qualifiedName(M.Replaced) : ""));
  return Names;
}

TEST(MockCreationsTest, EveryWayOfCreatingAMockIsFound) {
  AnalysedFile File(R"cpp(
using ::testing::NiceMock;
class Checkout : public ::testing::Test {
protected:
  shop::MockPaymentGateway Field;
};
TEST_F(Checkout, CustomerPays) {
  shop::MockPaymentGateway Local;
  auto Owned = std::make_unique<shop::MockPaymentGateway>();
  auto *Raw = new NiceMock<shop::MockPaymentGateway>();
  delete Raw;
  shop::MockPaymentGateway &Ref = Local;
  (void)Ref;
}
)cpp");
  EXPECT_EQ(mocked(File),
            (std::vector<std::string>{
                "shop::MockPaymentGateway", "shop::MockPaymentGateway",
                "shop::MockPaymentGateway",
                "testing::NiceMock"}));
}

TEST(MockCreationsTest, AMockHandedToATemplateReplacesItsDefaultArgument) {
  AnalysedFile File(R"cpp(
#include <publisher.h>
struct MockPort {
  MOCK_METHOD(void, send, (int));
};
TEST(Publishing, SubscriberGetsTheMessage) {
  app::Publisher<MockPort> Publisher;
}
)cpp",
                    {}, {{"src/publisher.h", R"cpp(
#pragma once
namespace app {
class Port {
public:
  void send(int Value) { Last = Value; }
private:
  int Last = 0;
};
template <class P = Port> class Publisher {
public:
  void publish(int Value) { Out.send(Value); }
private:
  P Out;
};
} // namespace app
)cpp"}});
  EXPECT_EQ(mocked(File),
            std::vector<std::string>{"MockPort for app::Port"});
}

} // namespace
} // namespace itdd::testing
