//===--- SupportIndexTest.cpp - test support other files define -----------===//
//
// How the checks resolve a helper defined in another file from the map's
// summaries: its effects, those of the helpers it calls in turn, and each
// reason it cannot be resolved (not in the map, changed since, not
// followed there, a cycle).
//
//===----------------------------------------------------------------------===//

#include "analysis/SupportIndex.h"
#include "analysis/map/Shards.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

class SupportIndexTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("steps", "cpp", Source));
    write("void step() {}\n");
  }
  void TearDown() override { llvm::sys::fs::remove(Source); }

  void write(llvm::StringRef Text) {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Source, EC);
    ASSERT_FALSE(EC);
    Out << Text;
  }

  SupportFunction function(std::string Key) {
    SupportFunction F;
    F.Key = Key + "()";
    F.Name = Key;
    F.File = std::string(Source);
    bool Ok = false;
    F.Hash = hashFile(Source, Ok);
    return F;
  }

  llvm::SmallString<128> Source;
};

TEST_F(SupportIndexTest, AHelperBringsWhatItsOwnHelpersDo) {
  SupportFunction Outer = function("steps::buyTwice");
  Outer.Calls = {"steps::buy()"};
  Outer.Effects.Components = {"shop::Orders"};
  SupportFunction Inner = function("steps::buy");
  Inner.Effects.CallsEntryPoint = true;
  Inner.Effects.Components = {"shop::Inventory", "shop::Orders"};
  Inner.Effects.OutcomeChecks = 1;
  MapSupportIndex Index({Outer, Inner});
  std::string Reason;
  std::optional<SupportEffects> E =
      Index.effectsOf("steps::buyTwice()", Reason);
  ASSERT_TRUE(E) << Reason;
  EXPECT_TRUE(E->CallsEntryPoint);
  EXPECT_EQ(E->Components,
            (std::vector<std::string>{"shop::Inventory", "shop::Orders"}));
  EXPECT_EQ(E->OutcomeChecks, 1u);
}

TEST_F(SupportIndexTest, FromTheSetUpEveryAssertionChecksTheSetUp) {
  SupportEffects Test, SetUp;
  SetUp.OutcomeChecks = 2;
  SetUp.BoundaryExpectations = 1;
  Test.merge(SetUp, /*FromLifecycle=*/true);
  EXPECT_EQ(Test.OutcomeChecks, 0u);
  EXPECT_EQ(Test.SetupChecks, 2u);
  EXPECT_EQ(Test.BoundaryExpectations, 0u);
}

TEST_F(SupportIndexTest, EachReasonNamesWhatIsMissing) {
  SupportFunction Calls = function("steps::outer");
  Calls.Calls = {"steps::nowhere()"};
  SupportFunction Deep = function("steps::deep");
  Deep.Undecided = "its helpers reach more than 2000 functions of test code; "
                   "the analysis stops there";
  MapSupportIndex Index({Calls, Deep});
  std::string Reason;
  EXPECT_FALSE(Index.effectsOf("steps::unknown()", Reason));
  EXPECT_NE(Reason.find("the map (itdd.Map) does not describe (map the file"),
            std::string::npos);
  EXPECT_FALSE(Index.effectsOf("steps::outer()", Reason));
  EXPECT_NE(Reason.find("called through 'steps::nowhere'"), std::string::npos)
      << Reason;
  EXPECT_FALSE(Index.effectsOf("steps::deep()", Reason));
  EXPECT_NE(Reason.find("could not follow (its helpers reach more than"),
            std::string::npos)
      << Reason;
}

TEST_F(SupportIndexTest, ASummaryOlderThanItsSourceIsNotUsed) {
  SupportFunction Step = function("steps::step");
  Step.Effects.OutcomeChecks = 1;
  write("void step() { /* changed */ }\n");
  MapSupportIndex Index({Step});
  std::string Reason;
  EXPECT_FALSE(Index.effectsOf("steps::step()", Reason));
  EXPECT_NE(Reason.find("changed since the map (itdd.Map) was written"),
            std::string::npos)
      << Reason;
}

TEST_F(SupportIndexTest, HelpersThatCallEachOtherResolve) {
  SupportFunction Ping = function("steps::ping");
  Ping.Calls = {"steps::pong()"};
  Ping.Effects.OutcomeChecks = 1;
  SupportFunction Pong = function("steps::pong");
  Pong.Calls = {"steps::ping()"};
  Pong.Effects.CallsEntryPoint = true;
  MapSupportIndex Index({Ping, Pong});
  std::string Reason;
  std::optional<SupportEffects> E = Index.effectsOf("steps::ping()", Reason);
  ASSERT_TRUE(E) << Reason;
  EXPECT_TRUE(E->CallsEntryPoint);
  EXPECT_EQ(E->OutcomeChecks, 1u);
  // Each of the two brings what the other does, whichever is asked first.
  std::optional<SupportEffects> Back = Index.effectsOf("steps::pong()", Reason);
  ASSERT_TRUE(Back) << Reason;
  EXPECT_TRUE(Back->CallsEntryPoint);
  EXPECT_EQ(Back->OutcomeChecks, 1u);
}

TEST_F(SupportIndexTest, AHelperOnACycleBringsTheWholeCycle) {
  // outer -> a -> b -> a: b, asked after outer, still brings a's check.
  SupportFunction Outer = function("steps::outer");
  Outer.Calls = {"steps::a()"};
  SupportFunction A = function("steps::a");
  A.Calls = {"steps::b()"};
  A.Effects.OutcomeChecks = 1;
  SupportFunction B = function("steps::b");
  B.Calls = {"steps::a()"};
  B.Effects.Components = {"shop::Orders"};
  MapSupportIndex Index({Outer, A, B});
  std::string Reason;
  ASSERT_TRUE(Index.effectsOf("steps::outer()", Reason)) << Reason;
  std::optional<SupportEffects> E = Index.effectsOf("steps::b()", Reason);
  ASSERT_TRUE(E) << Reason;
  EXPECT_EQ(E->OutcomeChecks, 1u);
  EXPECT_EQ(E->Components, (std::vector<std::string>{"shop::Orders"}));
}

} // namespace
} // namespace itdd
