//===--- ComponentClassifierTest.cpp - roles of classes in the AST --------===//

#include "RolesTestSupport.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> App = {
    {"src/app.h", R"cpp(
#pragma once
#include <stdexcept>
#include <string>
namespace app {
struct Order { std::string Id; };
class OrderError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};
class PaymentGateway {
public:
  virtual ~PaymentGateway() = default;
  virtual bool charge(int Cents) = 0;
};
class CardGateway : public PaymentGateway {
public:
  bool charge(int Cents) override { return Cents > Limit; }
private:
  int Limit = 0;
};
class OrderDatabase { public: void put(const Order &) { ++Rows; } private: int Rows = 0; };
class OrderService { public: void place(const Order &O) { Db.put(O); } private: OrderDatabase Db; };
class CheckoutScreen { public: void submit() { ++Taps; } std::string title() const { return "Pay"; } private: int Taps = 0; };
class [[clang::annotate("itdd::external")]] Mailer2 { public: void send() { ++Sent; } private: int Sent = 0; };
template <class T> class Holder { public: void set(T V) { Value = V; } private: T Value; };
} // namespace app
)cpp"},
    {"tests/mocks/mock_gateway.h", R"cpp(
#pragma once
#include <gmock/gmock.h>
#include <app.h>
namespace app {
class MockPaymentGateway : public PaymentGateway {
public:
  MOCK_METHOD(bool, charge, (int), (override));
};
} // namespace app
)cpp"}};

constexpr const char *Main = R"cpp(
#include <app.h>
#include "../mocks/mock_gateway.h"
)cpp";

TEST(ComponentClassifierTest, EachClassGetsItsRole) {
  ClassifiedCode Code(Main, App);
  EXPECT_EQ(Code.role("app::Order"), Role::None);
  EXPECT_EQ(Code.role("app::OrderError"), Role::None);
  EXPECT_EQ(Code.role("app::PaymentGateway"), Role::ExternalBoundary);
  EXPECT_EQ(Code.role("app::CardGateway"), Role::ExternalBoundary);
  EXPECT_EQ(Code.role("app::OrderDatabase"), Role::Infrastructure);
  EXPECT_EQ(Code.role("app::OrderService"), Role::Internal);
  EXPECT_EQ(Code.role("app::CheckoutScreen"), Role::EntryPoint);
  EXPECT_TRUE(Code.classifier().roleOf(Code.record("app::CheckoutScreen")).Ui);
  EXPECT_EQ(Code.role("app::Mailer2"), Role::ExternalBoundary);
  EXPECT_EQ(Code.role("app::Holder"), Role::None);
  EXPECT_EQ(Code.role("app::MockPaymentGateway"), Role::Test);
  EXPECT_TRUE(Code.classifier().isMock(Code.record("app::MockPaymentGateway")));
}

TEST(ComponentClassifierTest, ARoleTheUserNamesWinsOverStructure) {
  ClassifiedCode Code(Main, App, {{"itdd.ExternalBoundaries", "^app::OrderService$"}});
  EXPECT_EQ(Code.role("app::OrderService"), Role::ExternalBoundary);
  // Setting the key replaces the default pattern.
  EXPECT_EQ(Code.role("app::CardGateway"), Role::Internal);
}

TEST(ComponentClassifierTest, AForwardDeclaredPartIsJudgedByItsName) {
  ClassifiedCode Code(
      "#include <owner.h>\n",
      {{"src/owner.h", "#pragma once\n#include <memory>\nnamespace app { class "
                       "AuditStore; class Owner { std::unique_ptr<AuditStore> "
                       "Store; }; }\n"}});
  EXPECT_EQ(Code.classifier()
                .roleOfDeclared(Code.record("app::AuditStore"))
                .Primary,
            Role::Infrastructure);
}

} // namespace
} // namespace itdd::testing
