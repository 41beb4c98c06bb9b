//===--- FailureSitesTest.cpp - FailureSites and ExpectationSites ---------===//
//
// What `itdd red -p` reads at the EXPECT_CALL a GoogleMock failure points
// at: the mock, the role of what it stands for, and who calls it once the
// expectation is set.
//
//===----------------------------------------------------------------------===//

#include "ParsedCode.h"
#include "Shop.h"
#include "analysis/FailureSites.h"
#include "core/Config.h"
#include <gtest/gtest.h>

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> &headers() {
  static const std::map<std::string, std::string> All = [] {
    std::map<std::string, std::string> H = shopHeaders();
    H["src/pricing.h"] = R"cpp(
#pragma once
namespace shop {
/// The shop's own rules, behind an interface it implements itself.
class PriceRules {
public:
  virtual ~PriceRules() = default;
  virtual int price(int Quantity) const = 0;
};
class FlatPrices : public PriceRules {
public:
  int price(int Quantity) const override { return 3 * Quantity; }
};
} // namespace shop
)cpp";
    H["tests/support/journeys.h"] = R"cpp(
#pragma once
#include <shop.h>
/// A helper the test files share, defined beside its declaration.
inline bool placeTwice(shop::OrderController &C) {
  return C.placeOrder("o1", 1) && C.placeOrder("o2", 1);
}
)cpp";
    return H;
  }();
  return All;
}

/// The facts at the first line of Body that holds Marker, Body a test file
/// of the shop.
SiteFacts siteAt(const std::string &Body, const char *Marker = "// here") {
  std::string Code = "#include <gmock/gmock.h>\n#include <gtest/gtest.h>\n"
                     "#include <cstring>\n#include <memory>\n"
                     "#include <shop.h>\n#include <pricing.h>\n"
                     "#include \"../mocks/mock_payment_gateway.h\"\n"
                     "#include \"../support/journeys.h\"\n"
                     "struct MockPriceRules : shop::PriceRules {\n"
                     "  MOCK_METHOD(int, price, (int), (const, override));\n"
                     "};\n" +
                     Body;
  size_t At = Code.find(Marker);
  unsigned Line = 1 + static_cast<unsigned>(
                          std::count(Code.begin(), Code.begin() + At, '\n'));
  ParsedCode Parsed(Code, headers());
  EXPECT_TRUE(Parsed.parsed());
  std::map<unsigned, SiteFacts> Sites =
      describeFailureLines(Parsed.context(), *Config::defaults(), {Line});
  EXPECT_TRUE(Sites.count(Line)) << Body;
  return Sites.count(Line) ? Sites[Line] : SiteFacts();
}

/// The facts of the (only) EXPECT_CALL in Body.
ExpectationFacts expectationIn(const std::string &Body) {
  SiteFacts S = siteAt(Body, "EXPECT_CALL(");
  EXPECT_TRUE(S.Expectation) << Body;
  return S.Expectation ? *S.Expectation : ExpectationFacts();
}

/// What the assertion on the line marked `// here` checks.
SiteFacts::Check checkAt(const std::string &Body) {
  return siteAt(Body).Assertion;
}

const char *const Assembly = R"cpp(
  shop::OrderRepository Repo;
  ::testing::NiceMock<shop::MockPaymentGateway> Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
)cpp";

/// The facts of the EXPECT_CALL in Rest, the statements of a test that
/// assembles the shop first.
ExpectationFacts inAssembledTest(const char *Rest) {
  return expectationIn(std::string("TEST(Checkout, Pays) {") + Assembly + Rest);
}

TEST(FailureSitesTest, TheMockAndTheRoleOfWhatItStandsFor) {
  ExpectationFacts E = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  Controller.placeOrder("o1", 3);
}
)cpp");
  // Seen through NiceMock<>.
  EXPECT_EQ(E.MockClass, "shop::MockPaymentGateway");
  EXPECT_EQ(E.Mocked, "shop::PaymentGateway");
  EXPECT_EQ(E.Role, MockRole::Boundary);
  EXPECT_EQ(E.EntryPointInTest, std::optional<bool>(true));
  EXPECT_EQ(E.CallsAfterIt, CallOrder::After);
}

TEST(FailureSitesTest, AMockOfTheShopsOwnRulesIsInternal) {
  ExpectationFacts E = expectationIn(R"cpp(
TEST(Checkout, PaysTheListPrice) {
  MockPriceRules Rules;
  EXPECT_CALL(Rules, price(2));
  Rules.price(3);
}
)cpp");
  EXPECT_EQ(E.MockClass, "MockPriceRules");
  EXPECT_EQ(E.Mocked, "shop::PriceRules");
  EXPECT_EQ(E.Role, MockRole::Internal);
}

TEST(FailureSitesTest, TheTestCallingItsMockWithNoEntryPointAfterIsBefore) {
  ExpectationFacts E = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  Payments.charge("card", 3);
}
)cpp");
  EXPECT_EQ(E.EntryPointInTest, std::optional<bool>(false));
  EXPECT_EQ(E.CallsAfterIt, CallOrder::Before);
}

TEST(FailureSitesTest, WhoCalledIsUnknownWhenBothCouldHave) {
  // The mock called by the test and by the system through the entry point.
  ExpectationFacts Both = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  Payments.charge("card", 3);
  Controller.placeOrder("o1", 3);
}
)cpp");
  EXPECT_EQ(Both.CallsAfterIt, CallOrder::Unknown);
  // The system's own code outside an entry point may call it too.
  ExpectationFacts Service = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  Service.place(shop::Order{"o1", 3});
  Controller.placeOrder("o1", 3);
}
)cpp");
  EXPECT_EQ(Service.CallsAfterIt, CallOrder::Unknown);
}

TEST(FailureSitesTest, AHelperOfASharedHeaderCountsForWhatItCalls) {
  ExpectationFacts E = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  placeTwice(Controller);
}
)cpp");
  EXPECT_EQ(E.CallsAfterIt, CallOrder::After);
}

TEST(FailureSitesTest, AnExpectationOnAMockTheSystemNeverGets) {
  ExpectationFacts Wrong = inAssembledTest(R"cpp(
  ::testing::NiceMock<shop::MockPaymentGateway> Spare;
  EXPECT_CALL(Spare, charge("card", 3));
  Controller.placeOrder("o1", 3);
}
)cpp");
  EXPECT_EQ(Wrong.NeverHandedOver, "Spare");
  ExpectationFacts Right = inAssembledTest(R"cpp(
  EXPECT_CALL(Payments, charge("card", 3));
  Controller.placeOrder("o1", 3);
}
)cpp");
  EXPECT_EQ(Right.NeverHandedOver, "");
}

TEST(FailureSitesTest, AFixtureHandsItsMocksOverInItsSetUpAndHelpers) {
  const char *Fixture = R"cpp(
class Checkout : public ::testing::Test {
protected:
  void SetUp() override { Service = std::make_unique<shop::OrderService>(Repo, Payments); }
  bool buyWith(shop::PaymentGateway &G) {
    shop::OrderService S(Repo, G);
    shop::OrderController C(S);
    return C.placeOrder("o2", 1);
  }
  bool buyWithSpare() { return buyWith(Spare); }
  shop::OrderRepository Repo;
  ::testing::NiceMock<shop::MockPaymentGateway> Payments, Spare, Unused;
  std::unique_ptr<shop::OrderService> Service;
};
)cpp";
  auto Facts = [&](const std::string &Mock, const std::string &Call) {
    return expectationIn(std::string(Fixture) + "TEST_F(Checkout, Pays) {\n  EXPECT_CALL(" +
                         Mock + ", charge(\"card\", 1));\n  " + Call + ";\n}\n");
  };
  EXPECT_EQ(Facts("Payments", "Service->place({\"o1\", 1})").NeverHandedOver, "");
  EXPECT_EQ(Facts("Spare", "buyWithSpare()").NeverHandedOver, "");
  EXPECT_EQ(Facts("Unused", "buyWithSpare()").NeverHandedOver, "Unused");
}

TEST(FailureSitesTest, AHelperOfTheFileCountsForWhatItCalls) {
  ExpectationFacts E = expectationIn(R"cpp(
void order(shop::OrderController &C) { C.placeOrder("o1", 3); }
TEST(Checkout, Pays) {)cpp" + std::string(Assembly) + R"cpp(
  EXPECT_CALL(Payments, charge("card", 2));
  order(Controller);
}
)cpp");
  EXPECT_EQ(E.EntryPointInTest, std::optional<bool>(true));
  EXPECT_EQ(E.CallsAfterIt, CallOrder::After);
}

} // namespace
} // namespace itdd::testing

namespace itdd::testing {
namespace {

const char *const Wired = R"cpp(
TEST(Checkout, Pays) {
  shop::OrderRepository Repo;
  ::testing::NiceMock<shop::MockPaymentGateway> Payments;
  auto Service = std::make_unique<shop::OrderService>(Repo, Payments);
  shop::OrderController Controller(*Service);
  std::string Receipt = Controller.placeOrder("o1", 3) ? "paid" : "refused";
)cpp";

TEST(FailureSitesTest, APresentComponentOnlyChecksTheAssembly) {
  EXPECT_EQ(checkAt(std::string(Wired) + "  ASSERT_TRUE(Service != nullptr); // here\n}\n"),
            SiteFacts::Check::SetupOnly);
  EXPECT_EQ(checkAt(std::string(Wired) + "  ASSERT_NE(Service.get(), nullptr); // here\n}\n"),
            SiteFacts::Check::SetupOnly);
}

TEST(FailureSitesTest, ANonNullValueAnActionReturnedIsAnOutcome) {
  EXPECT_EQ(checkAt(std::string(Wired) +
                    "  ASSERT_TRUE(std::strstr(Receipt.c_str(), \"paid\") != nullptr); // here\n}\n"),
            SiteFacts::Check::Business);
  EXPECT_EQ(checkAt(std::string(Wired) +
                    "  EXPECT_NE(std::strstr(Receipt.c_str(), \"paid\"), nullptr); // here\n}\n"),
            SiteFacts::Check::Business);
}

TEST(FailureSitesTest, AHelperInASharedHeaderReachesTheEntryPoint) {
  SiteFacts S = siteAt(std::string(Wired) +
                       "  EXPECT_TRUE(placeTwice(Controller)); // here\n}\n");
  ASSERT_TRUE(S.EntryPointBefore);
  EXPECT_TRUE(*S.EntryPointBefore);
}

TEST(FailureSitesTest, NoThrowAroundAnActionIsAnOutcome) {
  EXPECT_EQ(checkAt(std::string(Wired) +
                    "  EXPECT_NO_THROW(Controller.placeOrder(\"o2\", 1)); // here\n}\n"),
            SiteFacts::Check::Business);
  EXPECT_EQ(checkAt(std::string(Wired) +
                    "  EXPECT_NO_THROW(shop::OrderController Again(*Service)); // here\n}\n"),
            SiteFacts::Check::SetupOnly);
}

} // namespace
} // namespace itdd::testing
