//===--- DrivenByTestsTest.cpp - roles/DrivenByTests ----------------------===//

#include "RolesTestSupport.h"
#include "analysis/roles/DrivenByTests.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> Client = {{"src/client.h", R"cpp(
#pragma once
namespace metrics {
class PushClient {
public:
  explicit PushClient(int Port) : Port(Port) {}
  bool push(int Value) { return Value > Port; }
private:
  int Port;
};
class RemoteClient {
public:
  bool push(int Value) { return Value > 0; }
private:
  int Sent = 0;
};
} // namespace metrics
)cpp"}};

TEST(DrivenByTestsTest, AClassTheTestsBuildIsDrivenByThem) {
  ClassifiedCode Code(R"cpp(
#include <client.h>
void journey() {
  metrics::PushClient Client(80);
  Client.push(1);
}
)cpp",
                      Client);
  TestConstructions Constructions(Code.code().context(),
                                  Code.classifier().files());
  EXPECT_TRUE(Constructions.isDrivenByTests(Code.record("metrics::PushClient")));
  EXPECT_FALSE(
      Constructions.isDrivenByTests(Code.record("metrics::RemoteClient")));
}

TEST(DrivenByTestsTest, AClientItsTestsDriveIsAnEntryPointNotABoundary) {
  ClassifiedCode Code(R"cpp(
#include <client.h>
void journey() { metrics::PushClient Client(80); }
)cpp",
                      Client);
  EXPECT_EQ(Code.role("metrics::PushClient"), Role::EntryPoint);
  EXPECT_EQ(Code.role("metrics::RemoteClient"), Role::ExternalBoundary);
}

} // namespace
} // namespace itdd::testing
