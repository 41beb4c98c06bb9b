//===--- EvidenceCollectorTest.cpp - what itdd init reads from a unit -----===//

#include "analysis/map/EvidenceCollector.h"
#include "ParsedCode.h"
#include "llvm/ADT/STLExtras.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

using testing::ParsedCode;
using testing::ProjectDir;

/// A client library: get() builds a session, getAll() several; getLater()
/// forwards its arguments to get() from a lambda, a call whose arguments
/// depend on the template's parameters.
const std::map<std::string, std::string> Client = {{"src/client.h", R"cpp(
#include <vector>
namespace net {
class Session {
public:
  explicit Session(int Port);
  virtual ~Session();
  int fetch();
};
Session get(int Port);
std::vector<Session> getAll(int FirstPort, int Count);
template <typename F> auto later(F Work) { return Work; }
template <typename... Ts> auto getLater(Ts... Args) {
  return later([=] { return get(Args...); });
}
} // namespace net
)cpp"}};

ProjectEvidence evidenceOf(ParsedCode &Code) {
  return collectEvidence(Code.context(), Code.headerSearch(),
                         *Config::defaults(), ProjectDir,
                         /*MainIsTest=*/true, {});
}

bool has(const std::vector<ClassLink> &Links, const char *From,
         const char *To) {
  return llvm::is_contained(Links, ClassLink{From, To});
}

TEST(EvidenceCollectorTest, AForwardingTemplateCallsWhatItsDefinitionSees) {
  ParsedCode Code(R"cpp(
#include "client.h"
#include <gtest/gtest.h>
TEST(Fetching, ReturnsThePage) { EXPECT_EQ(net::getLater(8080)().fetch(), 200); }
)cpp",
                  Client);
  ProjectEvidence E = evidenceOf(Code);
  EXPECT_TRUE(has(E.FreeFactories, "net::get", "net::Session"));
  // A collection of new sessions is built as much as one is.
  EXPECT_TRUE(has(E.FreeFactories, "net::getAll", "net::Session"));
  EXPECT_TRUE(has(E.FunctionCalls, "net::getLater", "net::get"));
  EXPECT_TRUE(has(E.FunctionCalls, "net::getLater", "net::later"));
  // What the test calls, by the template's name.
  ASSERT_EQ(E.TestFiles.size(), 1u);
  ASSERT_EQ(E.TestFiles[0].Tests.size(), 1u);
  EXPECT_TRUE(
      llvm::is_contained(E.TestFiles[0].Tests[0].Functions, "net::getLater"));
}

} // namespace
} // namespace itdd
