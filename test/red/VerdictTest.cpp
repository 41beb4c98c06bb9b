// The verdict rules, on outcomes as GoogleTest reports them.
#include "red/FailureMessage.h"
#include "red/SourceSites.h"
#include "red/Verdict.h"
#include <csignal>
#include <gtest/gtest.h>

using namespace itdd::red;

namespace {

std::optional<SiteFacts> noSource(const TestOutcome &, const Failure &) {
  return std::nullopt;
}

TestOutcome failed(std::string Message, std::string File = "t.cpp",
                   unsigned Line = 7) {
  TestOutcome T;
  T.Suite = "Checkout";
  T.Name = "CustomerPays";
  T.End = Ending::Failed;
  T.Failures.push_back({std::move(File), Line, std::move(Message)});
  return T;
}

TEST(VerdictTest, PendingNeedsTheMarkerAtTheStart) {
  EXPECT_EQ(judge(failed("Failed\nitdd: pending scenario: Pays (write it)"),
                  noSource).Kind,
            VerdictKind::Pending);
  // A business assertion that prints the word is a good red.
  Verdict V = judge(failed("Expected equality of these values:\n  status\n"
                           "    Which is: \"PENDING: itdd: pending scenario: x\"\n"
                           "  \"CONFIRMED\""),
                    noSource);
  EXPECT_EQ(V.Kind, VerdictKind::GoodRed);
  EXPECT_EQ(V.Outcome,
            "expected status to be \"CONFIRMED\", was \"PENDING: itdd: "
            "pending scenario: x\"");
  EXPECT_EQ(judge(failed("Failed\nPENDING"), noSource).Kind,
            VerdictKind::GoodRed);
}

TEST(VerdictTest, TechnicalFailuresAreBadRedWhereverTheyAre) {
  TestOutcome T = failed("Expected equality of these values:\n  a\n  b");
  T.Failures.push_back(
      {"", 0, "C++ exception with description \"x\" thrown in the test body."});
  Verdict V = judge(T, noSource);
  EXPECT_EQ(V.Kind, VerdictKind::BadRed);
  EXPECT_EQ(V.Reason, "uncaught exception: the test body threw \"x\"");
}

TEST(VerdictTest, SignalsAndTimeoutsNameWhatHappened) {
  TestOutcome T;
  T.End = Ending::Crashed;
  T.Signal = SIGSEGV;
  T.File = "t.cpp";
  T.Line = 3;
  EXPECT_EQ(judge(T, noSource).Reason,
            "crashed: SIGSEGV (segmentation fault) (the test at t.cpp:3)");
  T.End = Ending::TimedOut;
  T.TimeoutSeconds = 5;
  EXPECT_EQ(judge(T, noSource).Reason,
            "timeout: no result after 5 s; killed (the test at t.cpp:3)");
}

TEST(VerdictTest, AnAssertionInSetUpIsABadRed) {
  auto InSetUp = [](const TestOutcome &, const Failure &) {
    SiteFacts S;
    S.Where = SiteFacts::Place::SetUp;
    S.Function = "SetUp";
    return std::optional<SiteFacts>(S);
  };
  Verdict V = judge(failed("Value of: ready\n  Actual: false\nExpected: true"),
                    InSetUp);
  EXPECT_EQ(V.Kind, VerdictKind::BadRed);
  EXPECT_EQ(V.Reason, "set-up failed: an assertion in the set-up (SetUp) "
                      "failed: expected ready to be true, was false");
}

TEST(VerdictTest, NoEntryPointBeforeTheFailureIsABadRed) {
  auto Early = [](const TestOutcome &, const Failure &) {
    SiteFacts S;
    S.Where = SiteFacts::Place::TestBody;
    S.Assertion = SiteFacts::Check::Business;
    S.EntryPointBefore = false;
    S.FromAnalysis = true;
    return std::optional<SiteFacts>(S);
  };
  Verdict V = judge(failed("Value of: x\n  Actual: false\nExpected: true"), Early);
  EXPECT_EQ(V.Kind, VerdictKind::BadRed);
  EXPECT_EQ(V.Reason, "before the entry point: the test failed at t.cpp:7 "
                      "before it called an entry point");
}

TEST(VerdictTest, OutcomesInWords) {
  std::string Observed;
  EXPECT_EQ(outcomeInWords("Value of: orders.count()\nExpected: is equal to 1\n"
                           "  Actual: 0 (of type unsigned long)",
                           &Observed),
            "expected orders.count() is equal to 1, was 0 (of type unsigned long)");
  EXPECT_EQ(Observed, "orders.count()");
  EXPECT_EQ(outcomeInWords("Actual function call count doesn't match "
                           "EXPECT_CALL(email, send(_))...\n         Expected: "
                           "to be called once\n           Actual: never called "
                           "- unsatisfied and active",
                           &Observed),
            "expected EXPECT_CALL(email, send(_)) to be called once, was never "
            "called");
  EXPECT_EQ(outcomeInWords("Expected: (stock) > (0), actual: 0 vs 0", nullptr),
            "expected stock > 0, was 0 vs 0");
}

TEST(VerdictTest, PlacesFromFunctionHeaders) {
  std::string Function;
  EXPECT_EQ(placeOfHeader("void SetUp() override", Function),
            SiteFacts::Place::SetUp);
  EXPECT_EQ(placeOfHeader("TEST_F(Checkout, CustomerPays)", Function),
            SiteFacts::Place::TestBody);
  EXPECT_EQ(placeOfHeader("ShopFixture() : db(\" \")", Function),
            SiteFacts::Place::SetUp);
  EXPECT_EQ(Function, "ShopFixture (constructor)");
  EXPECT_EQ(placeOfHeader("std::unique_ptr<System> makeCheckoutSystem(Config c)",
                          Function),
            SiteFacts::Place::SetUp);
  EXPECT_EQ(placeOfHeader("void expectConfirmed(const Order &o)", Function),
            SiteFacts::Place::Helper);
}

TEST(VerdictTest, HelpersTheSetUpCallsByName) {
  EXPECT_TRUE(callsByName("  DestroyDB(dbname_);\n  Reopen();\n", "Reopen"));
  EXPECT_TRUE(callsByName("this->Reopen (options);", "Reopen"));
  EXPECT_FALSE(callsByName("TryReopen();", "Reopen"));
  EXPECT_FALSE(callsByName("Reopened = true;", "Reopen"));
  EXPECT_FALSE(callsByName("Reopen();", ""));
}

TEST(VerdictTest, NullChecksOnTheSystemAreSetUpOnValuesAnActionReturnedNot) {
  EXPECT_TRUE(readsAsSetupCheck("Value of: db_ != nullptr\n  Actual: false\n"
                                "Expected: true"));
  EXPECT_TRUE(readsAsSetupCheck("Expected: (system.get()) != (nullptr), "
                                "actual: NULL vs (nullptr)"));
  EXPECT_TRUE(readsAsSetupCheck("Expected: (Controller) != (nullptr), actual: "
                                "NULL vs (nullptr)"));
  EXPECT_FALSE(readsAsSetupCheck(
      "Value of: strstr(s.ToString().c_str(), \"exists\") != nullptr\n"
      "  Actual: false\nExpected: true"));
  EXPECT_FALSE(readsAsSetupCheck("Expected: (reply.find(\"id\")) != (nullptr), "
                                 "actual: NULL vs (nullptr)"));
  EXPECT_TRUE(readsAsSetupCheck("Expected: buy() doesn't throw an exception.\n"
                                "  Actual: it throws."));
  EXPECT_TRUE(readsAsSetupCheck(
      "Expected: SQLite::Database db(\"x.db3\") doesn't throw an exception.\n"
      "  Actual: it throws."));
  EXPECT_FALSE(readsAsSetupCheck(
      "Expected: db.backup(\"backup.db3\", SQLite::Database::Load) doesn't "
      "throw an exception.\n  Actual: it throws."));
}

TEST(VerdictTest, HealthChecksByName) {
  EXPECT_TRUE(isHealthCheck("SystemAssemblesAndReachesItsMocks"));
  EXPECT_TRUE(isHealthCheck("CheckoutHealthCheck"));
  EXPECT_FALSE(isHealthCheck("CustomerChecksAccountHealth"));
}

} // namespace

namespace {

TEST(VerdictTest, ASkippedSkeletonIsPendingOtherSkipsAreNotRed) {
  TestOutcome T;
  T.End = Ending::Skipped;
  T.SkipMessage = "itdd: pending scenario: Customer pays (write it)";
  EXPECT_EQ(judge(T, noSource).Kind, VerdictKind::Pending);
  T.SkipMessage = "flaky on CI";
  Verdict V = judge(T, noSource);
  EXPECT_EQ(V.Kind, VerdictKind::NotRed);
  EXPECT_EQ(V.Reason, "skipped: flaky on CI");
}

} // namespace
