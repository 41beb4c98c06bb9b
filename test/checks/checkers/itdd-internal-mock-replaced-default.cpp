// RUN: %check_itdd %s itdd-internal-mock %t -- -config="{CheckOptions: {itdd.ExternalBoundaries: '^app::EmailSender$'}}"
// A key the user set replaces the default pattern that would have made the
// gateway a boundary: the finding says so, since its role may surprise.
#include "../fixtures/app/cards.h"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

class MockCardGateway : public app::CardGateway {
public:
  MOCK_METHOD(bool, charge, (const std::string &Card, int Cents), (override));
};

TEST(Till, CustomerPaysByCard) {
  testing::NiceMock<MockCardGateway> Cards;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: integration test mocks internal component 'app::CardGateway'; use the real component and mock only external boundaries [itdd-internal-mock]
  // CHECK-MESSAGES: cards.h:9:7: note: 'app::CardGateway' is internal because itdd.ExternalBoundaries (the configuration given on the command line) replaces the default pattern, which would have matched
  app::Till T(Cards);
  app::TillController Controller(T);
  EXPECT_TRUE(Controller.checkout("4242", 100));
}
