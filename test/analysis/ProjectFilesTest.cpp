//===--- ProjectFilesTest.cpp - roles/ProjectFiles ------------------------===//

#include "RolesTestSupport.h"
#include "analysis/roles/ProjectFiles.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> OrdersAndFixture = {
    {"src/orders.h",
     "#pragma once\nnamespace shop { class Orders { public: void add(); }; }\n"},
    {"tests/support/fixture.h",
     "#pragma once\nstruct SharedFixture { int X = 0; };\n"}};

TEST(ProjectFilesTest, TheProjectsOwnHeadersAreTheProjects) {
  ClassifiedCode Code(R"cpp(
#include <gtest/gtest.h>
#include <string>
#include <orders.h>
#include "../support/fixture.h"
struct LocalHelper {};
)cpp",
                      OrdersAndFixture);
  ProjectFiles &Files = Code.classifier().files();
  EXPECT_TRUE(Files.isProjectDecl(Code.record("shop::Orders")));
  EXPECT_TRUE(Files.isProjectDecl(Code.record("SharedFixture")));
  EXPECT_TRUE(Files.isProjectDecl(Code.record("LocalHelper")));
  // GoogleTest and the standard library are not.
  EXPECT_FALSE(Files.isProjectDecl(Code.record("testing::Test")));
  EXPECT_FALSE(Files.isProjectDecl(Code.record("std::basic_string")));
}

TEST(ProjectFilesTest, AProjectInAWellKnownLibrarysNamespaceIsStillTheProject) {
  ClassifiedCode Code("#include <client.h>\n",
                      {{"src/client.h",
                        "#pragma once\nnamespace google { namespace cloud {\n"
                        "class Session { public: void open(); };\n} }\n"
                        "namespace absl { class Clock { public: int now(); }; }\n"}});
  ProjectFiles &Files = Code.classifier().files();
  EXPECT_TRUE(Files.isProjectDecl(Code.record("google::cloud::Session")));
  EXPECT_TRUE(Files.isProjectDecl(Code.record("absl::Clock")));
}

TEST(ProjectFilesTest, AClassIsWhereItIsDefinedNotWhereFirstDeclared) {
  // The test file declares the class ahead of the header that defines it.
  ClassifiedCode Code("namespace shop { class Orders; }\n#include <orders.h>\n",
                      OrdersAndFixture);
  const clang::CXXRecordDecl *First =
      llvm::cast<clang::CXXRecordDecl>(Code.record("shop::Orders")->getCanonicalDecl());
  ASSERT_FALSE(First->isThisDeclarationADefinition());
  EXPECT_TRUE(Code.classifier().files().isProjectDecl(First));
  EXPECT_NE(Code.classifier().roleOf(First).Primary, Role::Test);
}

TEST(ProjectFilesTest, TestCodeIsTheTestFileAndTheTestDirectories) {
  ClassifiedCode Code(R"cpp(
#include <orders.h>
#include "../support/fixture.h"
struct LocalHelper {};
)cpp",
                      OrdersAndFixture);
  ProjectFiles &Files = Code.classifier().files();
  auto InTestCode = [&](const char *Name) {
    return Files.isTestCodeLocation(Code.record(Name)->getLocation());
  };
  EXPECT_TRUE(InTestCode("LocalHelper"));
  EXPECT_TRUE(InTestCode("SharedFixture"));
  EXPECT_FALSE(InTestCode("shop::Orders"));
}

TEST(ProjectFilesTest, TheRuleThatPlacedAClassIsTheOneTheDecisionFollows) {
  ClassifiedCode Code(R"cpp(
#include <gtest/gtest.h>
#include <string>
#include <orders.h>
#include "../support/fixture.h"
struct LocalHelper {};
)cpp",
                      OrdersAndFixture);
  ProjectFiles &Files = Code.classifier().files();
  auto TestCodeRule = [&](const char *Name) {
    return Files.testCodeRule(Code.record(Name)->getLocation());
  };
  EXPECT_EQ(TestCodeRule("LocalHelper").Rule, LocationRule::TestMainFile);
  LocationRule Support = TestCodeRule("SharedFixture");
  EXPECT_EQ(Support.Rule, LocationRule::Directory);
  // No root is known in memory: the directory is named from the top.
  EXPECT_EQ(Support.Dir, std::string(ProjectDir) + "/tests");
  EXPECT_EQ(TestCodeRule("shop::Orders").Rule, LocationRule::None);

  EXPECT_EQ(Files.outsideRule(Code.record("shop::Orders")).Rule,
            LocationRule::None);
  EXPECT_EQ(Files.outsideRule(Code.record("std::basic_string")).Rule,
            LocationRule::StandardLibrary);
  EXPECT_EQ(Files.outsideRule(Code.record("testing::Test")).Rule,
            LocationRule::TestFramework);
}

TEST(ProjectFilesTest, TheConfigurationDecidesMembershipFirst) {
  ClassifiedCode Code("#include <orders.h>\n",
                      {{"src/orders.h", "#pragma once\nnamespace shop { "
                                        "class Orders { public: void add(); }; }\n"}},
                      {{"itdd.ProjectFiles", "/nowhere/"}});
  EXPECT_FALSE(
      Code.classifier().files().isProjectDecl(Code.record("shop::Orders")));
}

TEST(ProjectFilesTest, ForEachProjectDeclVisitsTheProjectsClassesAndFunctions) {
  ClassifiedCode Code(R"cpp(
#include <vector>
#include <orders.h>
)cpp",
                      {{"src/orders.h", "#pragma once\nnamespace shop { "
                                        "class Orders { public: class Line {}; "
                                        "void add(); };\nvoid reset(); }\n"}});
  std::vector<std::string> Seen;
  Code.classifier().files().forEachProjectDecl(
      Code.code().context(), [&](const clang::Decl *D) {
        Seen.push_back(llvm::cast<clang::NamedDecl>(D)->getQualifiedNameAsString());
        return true;
      });
  std::sort(Seen.begin(), Seen.end());
  EXPECT_EQ(Seen, (std::vector<std::string>{"shop::Orders", "shop::Orders::Line",
                                            "shop::Orders::add", "shop::reset"}));
}

} // namespace
} // namespace itdd::testing
