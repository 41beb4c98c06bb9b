// The stubs of missing API: where each declaration and definition goes,
// and the diff that shows them.
#include "generators/Stubs.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace itdd;

namespace {

class StubsTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("itdd-stubs", Dir));
    Header = write("orders.h", "namespace shop {\nclass Orders {\npublic:\n"
                               "  int count() const;\n\nprivate:\n  int N = 0;\n"
                               "};\n} // namespace shop\n");
    Source = write("orders.cpp", "#include \"orders.h\"\n");
  }
  void TearDown() override {
    EXPECT_FALSE(llvm::sys::fs::remove_directories(Dir));
  }

  std::string write(llvm::StringRef Name, llvm::StringRef Text) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Name);
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << Text;
    return std::string(Path);
  }

  MissingApi member() const {
    MissingApi A;
    A.What = MissingApi::Kind::Member;
    A.Scope = "shop::Orders";
    A.Name = "cancel";
    A.Params = {"shop::OrderId"};
    A.Returns = "bool";
    A.Header = Header;
    A.ClassEnd = static_cast<unsigned>(
        llvm::StringRef("namespace shop {\nclass Orders {\npublic:\n"
                        "  int count() const;\n\nprivate:\n  int N = 0;\n")
            .size());
    A.NeedsPublic = true;
    return A;
  }

  llvm::SmallString<256> Dir;
  std::string Header, Source;
};

TEST_F(StubsTest, MemberIsDeclaredPublicBeforeTheClosingBraceAndDefinedInItsSource) {
  StubRequest R;
  auto SourceFor = [&](llvm::StringRef) { return Source; };
  R.SourceFor = SourceFor;
  std::map<std::string, std::string> After =
      applyEdits(stubEdits({member(), member()}, R));
  EXPECT_EQ(After[Header],
            "namespace shop {\nclass Orders {\npublic:\n  int count() const;\n\n"
            "private:\n  int N = 0;\npublic:\n  // " + stubMarker().str() +
                "\n  bool cancel(shop::OrderId);\n};\n} // namespace shop\n");
  EXPECT_EQ(After[Source], "#include \"orders.h\"\n\n// " + stubMarker().str() +
                               "\nbool shop::Orders::cancel(shop::OrderId) {\n"
                               "  return {};\n}\n");
}

TEST_F(StubsTest, UnknownResultIsAPlaceholderTheUserDecides) {
  MissingApi A = member();
  A.Returns.reset();
  StubRequest R;
  R.Definitions = false;
  std::map<std::string, std::string> After = applyEdits(stubEdits({A}, R));
  EXPECT_NE(After[Header].find("void /* itdd: the test uses what this returns; "
                               "say its type */ cancel(shop::OrderId);"),
            std::string::npos)
      << After[Header];
  EXPECT_EQ(After.count(Source), 0u);
}

TEST_F(StubsTest, DiffShowsTheInsertedLinesWithTheirContext) {
  StubRequest R;
  R.Definitions = false;
  std::string Diff = unifiedDiff(stubEdits({member()}, R), Dir);
  EXPECT_EQ(Diff, "--- a/orders.h\n+++ b/orders.h\n@@ -5,5 +5,8 @@\n"
                  " \n private:\n   int N = 0;\n"
                  "+public:\n+  // " + stubMarker().str() +
                      "\n+  bool cancel(shop::OrderId);\n };\n } // namespace shop\n");
}

TEST(StubNames, ClassNamesBecomeFileNames) {
  EXPECT_EQ(snakeCase("ValetDesk"), "valet_desk");
  EXPECT_EQ(snakeCase("HTTPGateway"), "http_gateway");
  EXPECT_EQ(withoutNamespace("const shop::OrderId &", "shop"), "const OrderId &");
  EXPECT_EQ(withoutNamespace("std::vector<a::b::C>", "a::b"), "std::vector<C>");
}

} // namespace
