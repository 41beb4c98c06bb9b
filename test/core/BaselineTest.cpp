//===--- BaselineTest.cpp - the baseline file -----------------------------===//

#include "core/Baseline.h"
#include "gtest/gtest.h"

namespace itdd {
namespace {

BaselineKey key(std::string Test, std::vector<std::string> Names = {}) {
  return {"itdd-internal-mock", "test/integration/checkout_test.cpp",
          std::move(Test), std::move(Names)};
}

TEST(Baseline, RepeatsOfOneFindingAreCountedAndConsumedOneByOne) {
  Baseline B = Baseline::fromFindings(
      {{key("Checkout.PaysOnce", {"shop::Inventory"}), 12},
       {key("Checkout.PaysOnce", {"shop::Inventory"}), 30}});
  EXPECT_EQ(B.size(), 2u);
  EXPECT_TRUE(B.consume(key("Checkout.PaysOnce", {"shop::Inventory"})));
  EXPECT_TRUE(B.consume(key("Checkout.PaysOnce", {"shop::Inventory"})));
  EXPECT_FALSE(B.consume(key("Checkout.PaysOnce", {"shop::Inventory"})));
}

TEST(Baseline, AnotherTestOrAnotherNameIsANewFinding) {
  Baseline B = Baseline::fromFindings(
      {{key("Checkout.PaysOnce", {"shop::Inventory"}), 3}});
  EXPECT_FALSE(B.consume(key("Checkout.PaysTwice", {"shop::Inventory"})));
  EXPECT_FALSE(B.consume(key("Checkout.PaysOnce", {"shop::Pricing"})));
}

TEST(Baseline, WrittenTextReadsBackToTheSameFindings) {
  Baseline B = Baseline::fromFindings({{key("A.B", {"x::Y", "x::Z"}), 4},
                                       {key("", {"private"}), 9},
                                       {key("A.B", {"x::Y", "x::Z"}), 7}});
  llvm::Expected<Baseline> Read = Baseline::parse(B.toJson());
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(Read->toJson(), B.toJson());
  EXPECT_EQ(Read->size(), 3u);
  EXPECT_TRUE(Read->consume(key("", {"private"})));
}

TEST(Baseline, BrokenFilesAreRefusedWithTheReason) {
  auto ErrorOf = [](llvm::StringRef Text) {
    llvm::Expected<Baseline> B = Baseline::parse(Text);
    return B ? std::string() : llvm::toString(B.takeError());
  };
  EXPECT_NE(ErrorOf("{").find("not JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("[]").find("not an itdd baseline"), std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 7, "findings": []})").find("version 7"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "findings": [{"file": "a.cpp"}]})")
                .find("finding 1: a finding without a \"check\""),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "findings": [{"check": "c",
                "file": "a.cpp", "names": [1]}]})")
                .find("non-string"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "findings": [{"check": "c",
                "file": "a.cpp", "count": 0}]})")
                .find("\"count\" must be at least 1"),
            std::string::npos);
  EXPECT_EQ(ErrorOf(R"({"version": 1, "findings": []})"), "");
}

TEST(Baseline, RecordedLinesBecomeRelativeToTheBaselineDirectory) {
  std::string Text =
      recordedFindingLine({"itdd-scenario-naming",
                           "/src/app/test/a_test.cpp",
                           "A.B",
                           {"app::Cart"}},
                          14) +
      "not json\n" +
      recordedFindingLine(
          {"itdd-scenario-naming", "/elsewhere/b_test.cpp", "", {}}, 3);
  std::vector<std::string> Errors;
  std::vector<RecordedFinding> Found =
      parseRecordedFindings(Text, "/src/app", &Errors);
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(Found[0].Key.File, "test/a_test.cpp");
  EXPECT_EQ(Found[0].Line, 14u);
  EXPECT_EQ(Found[1].Key.File, "/elsewhere/b_test.cpp");
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].rfind("line 2: ", 0), 0u);
}

TEST(Baseline, APrefixThatIsNotADirectoryIsNotStripped) {
  EXPECT_EQ(baselineRelativePath("/src/application/a.cpp", "/src/app"),
            "/src/application/a.cpp");
  EXPECT_EQ(baselineRelativePath("/src/app/x/../a.cpp", "/src/app"), "a.cpp");
}

} // namespace
} // namespace itdd
