//===--- WalkSupport.h - analyses of in-memory test files -------*- C++ -*-===//
//
// Runs the analysis the checks share on a snippet written as an integration
// test of the in-memory shop, and finds one of its tests by name.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_ANALYSIS_WALKSUPPORT_H
#define ITDD_TEST_ANALYSIS_WALKSUPPORT_H

#include "ParsedCode.h"
#include "Shop.h"
#include "analysis/TestAnalysis.h"
#include "core/Config.h"
#include <gtest/gtest.h>
#include <memory>

namespace itdd::testing {

/// The shop's headers and App's.
inline std::map<std::string, std::string>
withShop(std::map<std::string, std::string> App) {
  App.insert(shopHeaders().begin(), shopHeaders().end());
  return App;
}

/// A test file of the shop, parsed and analysed with the default
/// configuration (or the given itdd.* options).
class AnalysedFile {
public:
  /// Body follows the includes of GoogleTest, GoogleMock and the shop;
  /// App adds headers of the application (path below the project, text),
  /// which Body includes itself.
  explicit AnalysedFile(const std::string &Body,
                        const std::map<std::string, std::string> &Options = {},
                        const std::map<std::string, std::string> &App = {})
      : Cfg(Config::fromOptions(Options)),
        Code("#include <gmock/gmock.h>\n#include <gtest/gtest.h>\n"
             "#include <shop.h>\n#include <type_traits>\n#include \"../mocks/mock_payment_gateway.h\"\n" +
                 Body,
             withShop(App)),
        Analysis(Code.context(), *Cfg) {}

  const IntegrationTest &test(const std::string &Name) const {
    for (const IntegrationTest &T : Analysis.tests())
      if (T.Name == Name)
        return T;
    ADD_FAILURE() << "no test named " << Name;
    static const IntegrationTest None;
    return None;
  }
  TestFileAnalysis &analysis() { return Analysis; }
  ParsedCode &code() { return Code; }

private:
  std::shared_ptr<const Config> Cfg;
  ParsedCode Code;
  TestFileAnalysis Analysis;
};

/// A journey through the shop's entry point with its real components and
/// a mock of its boundary: the good test many snippets stand beside.
inline const std::string PlaceAnOrderTest = R"cpp(
TEST(Checkout, CustomerPlacesAnOrder) {
  shop::OrderRepository Repo;
  shop::MockPaymentGateway Payments;
  shop::OrderService Service(Repo, Payments);
  shop::OrderController Controller(Service);
  EXPECT_TRUE(Controller.placeOrder("o-1", 1));
}
)cpp";

/// The qualified names of classes, in order.
inline std::vector<std::string>
namesOf(const std::vector<const clang::CXXRecordDecl *> &Classes) {
  std::vector<std::string> Names;
  for (const clang::CXXRecordDecl *RD : Classes)
    Names.push_back(qualifiedName(RD));
  return Names;
}

} // namespace itdd::testing

#endif // ITDD_TEST_ANALYSIS_WALKSUPPORT_H
