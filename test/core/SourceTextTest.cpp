//===--- SourceTextTest.cpp - functions found in plain source text --------===//

#include "core/SourceText.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

std::optional<EnclosingBlock> around(llvm::StringRef Source, unsigned Line) {
  return enclosingBlock(functionBlocks(Source), Line);
}

TEST(SourceTextTest, AnAssertionInAForLoopBelongsToTheTestAroundIt) {
  const char *Source = "TEST_F(DBTest, IterMulti) {\n"          // 1
                       "  for (int i = 0; i < n; i++) {\n"      // 2
                       "    ASSERT_EQ(Get(Key(i)), \"v\");\n"   // 3
                       "  }\n"                                  // 4
                       "}\n";                                   // 5
  std::optional<EnclosingBlock> B = around(Source, 3);
  ASSERT_TRUE(B);
  EXPECT_EQ(B->Header, "TEST_F(DBTest, IterMulti)");
  EXPECT_EQ(B->FirstLine, 1u);
}

TEST(SourceTextTest, ALoopWithEmptyClausesIsNoFunction) {
  const char *Source = "void drain(Queue &q) {\n"
                       "  for (;;) {\n"
                       "    if (q.empty()) { return; }\n"
                       "  }\n"
                       "}\n";
  std::optional<EnclosingBlock> B = around(Source, 3);
  ASSERT_TRUE(B);
  EXPECT_EQ(B->Header, "void drain(Queue &q)");
}

TEST(SourceTextTest, AStatementBeforeAFunctionIsNotPartOfItsHeader) {
  const char *Source = "int counter = 0;\n"
                       "Fixture::Fixture() : db_(open(\"x;y\")) {\n"
                       "  Reopen();\n"
                       "}\n";
  std::optional<EnclosingBlock> B = around(Source, 3);
  ASSERT_TRUE(B);
  EXPECT_EQ(B->Header, "Fixture::Fixture() : db_(open(\" \"))");
}

TEST(SourceTextTest, ALineOutsideEveryFunctionHasNoBlock) {
  EXPECT_FALSE(around("struct S {\n  int x;\n};\n", 2));
}

TEST(SourceTextTest, TheTestsAFileDefines) {
  const char *Source = "TEST(Orders, CustomerPays) {}\n"
                       "// TEST(Commented, Out) {}\n"
                       "TEST_F(DBTest,\n       GetFromVersions) {}\n"
                       "TYPED_TEST(Storage, KeepsValues) {}\n"
                       "MY_TEST(Not, This) {}\n";
  EXPECT_EQ(testNamesIn(Source),
            (std::vector<std::string>{"Orders.CustomerPays",
                                      "DBTest.GetFromVersions",
                                      "Storage.KeepsValues"}));
}

TEST(SourceTextTest, TheWrittenNameOfAnInstance) {
  EXPECT_EQ(writtenTestName("Orders.CustomerPays"), "Orders.CustomerPays");
  EXPECT_EQ(writtenTestName("Cards/Payment.IsCharged/2"), "Payment.IsCharged");
  EXPECT_EQ(writtenTestName("Storage/0.KeepsValues"), "Storage.KeepsValues");
}

} // namespace
} // namespace itdd
