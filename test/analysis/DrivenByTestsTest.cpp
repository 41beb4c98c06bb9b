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

const std::map<std::string, std::string> Derived = {{"src/secure.h", R"cpp(
#pragma once
namespace metrics {
class ClientImpl {
public:
  bool push(int Value) { return Value > Sent; }
private:
  int Sent = 0;
};
class SecureClient : public ClientImpl {
public:
  explicit SecureClient(int Port) : Port(Port) {}
private:
  int Port;
};
class Transport {
public:
  virtual ~Transport() = default;
  virtual void take(int Value) = 0;
};
class SocketClient : public Transport {
public:
  void take(int Value) override { Last = Value; }
private:
  int Last = 0;
};
} // namespace metrics
)cpp"}};

TEST(DrivenByTestsTest,
     ABaseNamedLikeABoundaryDoesNotMakeWhatTheTestsDriveOne) {
  ClassifiedCode Code(R"cpp(
#include <secure.h>
void journey() {
  metrics::SecureClient Client(443);
  Client.push(1);
  metrics::SocketClient Direct;
  Direct.take(1);
}
)cpp",
                      Derived);
  // The base is a boundary by its name alone, and the tests never build
  // it; the class they build and call is where they come in.
  EXPECT_EQ(Code.role("metrics::ClientImpl"), Role::ExternalBoundary);
  EXPECT_EQ(Code.role("metrics::SecureClient"), Role::EntryPoint);
  // An implementation of an interface named like a boundary stays one.
  EXPECT_EQ(Code.role("metrics::SocketClient"), Role::ExternalBoundary);
}

} // namespace
} // namespace itdd::testing
