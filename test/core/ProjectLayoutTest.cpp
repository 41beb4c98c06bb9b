//===--- ProjectLayoutTest.cpp - core/ProjectLayout -----------------------===//
//
// Membership and test code by location, on a real directory tree: the
// nested-repository rule asks the file system.
//
//===----------------------------------------------------------------------===//

#include "core/Config.h"
#include "core/ProjectLayout.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

class ProjectLayoutTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("itdd-layout", Dir));
    touch(".git/HEAD");
  }
  void TearDown() override {
    EXPECT_FALSE(llvm::sys::fs::remove_directories(Dir));
  }

  std::string path(llvm::StringRef Relative) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Relative);
    return std::string(P);
  }
  void touch(llvm::StringRef Relative) {
    std::string P = path(Relative);
    ASSERT_FALSE(
        llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream(P, EC) << "\n";
    ASSERT_FALSE(EC);
  }
  ProjectLayout layout(llvm::StringRef MainFile,
                       const std::map<std::string, std::string> &Options = {}) {
    Cfg = Config::fromOptions(Options);
    return ProjectLayout(*Cfg, path(MainFile), "", /*MainFileIsTest=*/true);
  }

  llvm::SmallString<128> Dir;
  std::shared_ptr<const Config> Cfg;
};

TEST_F(ProjectLayoutTest, ARepositoryInsideTheTreeIsNotTheProject) {
  touch("libs/json/.git");      // A submodule: .git is a file.
  touch("libs/json/json.h");
  touch("libs/orders/orders.h");
  ProjectLayout Layout = layout("tests/journey_test.cpp");
  EXPECT_EQ(Layout.root(), normalizePath(Dir));
  EXPECT_FALSE(Layout.isProjectFile(path("libs/json/json.h"), false));
  EXPECT_TRUE(Layout.isProjectFile(path("libs/orders/orders.h"), false));
  // Conventional vendor folders stay outside too.
  EXPECT_FALSE(Layout.isProjectFile(path("third_party/zlib/zlib.h"), false));
}

TEST_F(ProjectLayoutTest, SittingBesideATestDoesNotMakeAHeaderTestCode) {
  // Tests beside the sources, named by the user's key.
  ProjectLayout Layout =
      layout("src/orders/orders_journey.cc",
             {{"itdd.IntegrationTestFiles", "_journey\\.cc$"}});
  EXPECT_TRUE(Layout.isTestFile(path("src/orders/orders_journey.cc")));
  EXPECT_FALSE(Layout.isTestFile(path("src/orders/orders.h")));
  EXPECT_FALSE(Layout.isTestFile(path("src/orders/ledger.h")));
  // What is named for tests stays test code.
  EXPECT_TRUE(Layout.isTestFile(path("src/orders/mock_ledger.h")));
  EXPECT_TRUE(Layout.isTestFile(path("src/orders/orders_fixture.h")));
}

TEST_F(ProjectLayoutTest, HeadersInATestDirectoryAreTestCode) {
  ProjectLayout Layout = layout("tests/integration/checkout_test.cpp");
  EXPECT_TRUE(Layout.isTestFile(path("tests/integration/shop_system.h")));
  EXPECT_TRUE(Layout.isTestFile(path("tests/support/clock.h")));
  EXPECT_FALSE(Layout.isTestFile(path("src/clock.h")));
}

TEST_F(ProjectLayoutTest, TheRuleThatPlacedAFileIsNamedWithItsDirectory) {
  touch("libs/json/.git");
  ProjectLayout Layout = layout("tests/integration/checkout_test.cpp");
  LocationRule Vendored =
      Layout.outsideRule(path("src/external/sms.h"), false);
  EXPECT_EQ(Vendored.Rule, LocationRule::Directory);
  EXPECT_EQ(Vendored.Dir, "src/external");
  LocationRule Nested = Layout.outsideRule(path("libs/json/json.h"), false);
  EXPECT_EQ(Nested.Rule, LocationRule::NestedRepository);
  EXPECT_EQ(Nested.Dir, "libs/json");
  EXPECT_EQ(Layout.outsideRule("/elsewhere/lib.h", false).Rule,
            LocationRule::OutsideRoot);
  EXPECT_EQ(Layout.outsideRule(path("src/orders.h"), false).Rule,
            LocationRule::None);

  LocationRule Testing =
      Layout.testCodeRule(path("include/app/testing/fixed_clock.h"));
  EXPECT_EQ(Testing.Rule, LocationRule::Directory);
  EXPECT_EQ(Testing.Dir, "include/app/testing");
  EXPECT_EQ(
      Layout.testCodeRule(path("tests/integration/checkout_test.cpp")).Rule,
      LocationRule::TestMainFile);
  EXPECT_EQ(Layout.testCodeRule(path("src/orders.h")).Rule,
            LocationRule::None);
}

TEST_F(ProjectLayoutTest, AKeyThatPlacesAFileIsTheRule) {
  ProjectLayout Layout =
      layout("src/orders/orders_journey.cc",
             {{"itdd.IntegrationTestFiles", "_journey\\.cc$"},
              {"itdd.TestCode", "/support/"},
              {"itdd.ProjectFiles", "/src/"}});
  EXPECT_EQ(Layout.testCodeRule(path("src/support/clock.h")).Rule,
            LocationRule::Key);
  EXPECT_EQ(Layout.outsideRule(path("lib/util.h"), false).Rule,
            LocationRule::Key);
  Cfg = Config::fromOptions({{"itdd.IntegrationTestFiles", "_journey\\.cc$"}});
  ProjectLayout Journeys(*Cfg, path("src/orders/main.cc"), "", false);
  EXPECT_EQ(Journeys.testCodeRule(path("src/orders/orders_journey.cc")).Rule,
            LocationRule::IntegrationTests);
}

} // namespace
} // namespace itdd
