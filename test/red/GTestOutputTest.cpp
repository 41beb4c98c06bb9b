// Reading GoogleTest's JSON report, console output and test list.
#include "red/GTestOutput.h"
#include "red/Session.h"
#include <gtest/gtest.h>

using namespace itdd::red;

namespace {

TEST(GTestOutputTest, JsonReportGivesEveryRunTestItsFailures) {
  const char *Json = R"({"testsuites": [{"name": "S", "testsuite": [
    {"name": "A", "file": "a.cpp", "line": 3, "status": "RUN",
     "result": "COMPLETED", "classname": "S",
     "failures": [{"failure": "a.cpp:5\nExpected equality", "type": ""},
                  {"failure": "unknown file\nC++ exception", "type": ""}]},
    {"name": "B", "status": "RUN", "result": "SKIPPED", "classname": "S"},
    {"name": "DISABLED_C", "status": "NOTRUN", "result": "SUPPRESSED", "classname": "S"},
    {"name": "D", "status": "RUN", "result": "COMPLETED", "classname": "S"}]}]})";
  llvm::Expected<std::vector<TestOutcome>> Tests = parseJsonReport(Json);
  ASSERT_TRUE(static_cast<bool>(Tests));
  ASSERT_EQ(Tests->size(), 3u);
  EXPECT_EQ((*Tests)[0].fullName(), "S.A");
  EXPECT_EQ((*Tests)[0].End, Ending::Failed);
  ASSERT_EQ((*Tests)[0].Failures.size(), 2u);
  EXPECT_EQ((*Tests)[0].Failures[0].File, "a.cpp");
  EXPECT_EQ((*Tests)[0].Failures[0].Line, 5u);
  EXPECT_EQ((*Tests)[0].Failures[1].File, "");
  EXPECT_EQ((*Tests)[1].End, Ending::Skipped);
  EXPECT_EQ((*Tests)[2].End, Ending::Passed);
}

TEST(GTestOutputTest, BrokenJsonIsAnError) {
  llvm::Expected<std::vector<TestOutcome>> Tests = parseJsonReport("{\"x\": 1}");
  EXPECT_FALSE(static_cast<bool>(Tests));
  llvm::consumeError(Tests.takeError());
}

TEST(GTestOutputTest, ConsoleOutputKeepsWhatRanBeforeACrash) {
  const char *Text = "[==========] Running 3 tests from 2 test suites.\n"
                     "[----------] 1 test from Suite\n"
                     "s.cpp:9: Failure\n"
                     "Failed\nno server\n"
                     "[ RUN      ] Suite.Skipped\n"
                     "s.cpp:10: Skipped\n\n"
                     "[  SKIPPED ] Suite.Skipped (0 ms)\n"
                     "[----------] 1 test from Suite (0 ms total)\n"
                     "[----------] 2 tests from T\n"
                     "[ RUN      ] T.Fails\n"
                     "t.cpp:4: Failure\n"
                     "Value of: ok\n  Actual: false\nExpected: true\n"
                     "[  FAILED  ] T.Fails (1 ms)\n"
                     "[ RUN      ] T.Crashes\n"
                     "t.cpp:8: Failure\nfirst\n";
  ConsoleReport R = parseConsoleOutput(Text);
  EXPECT_TRUE(R.IsGTest);
  ASSERT_EQ(R.Finished.size(), 2u);
  EXPECT_EQ(R.Finished[1].fullName(), "T.Fails");
  ASSERT_EQ(R.Finished[1].Failures.size(), 1u);
  EXPECT_EQ(R.Finished[1].Failures[0].Line, 4u);
  EXPECT_EQ(R.Finished[1].Failures[0].Message,
            "Value of: ok\n  Actual: false\nExpected: true");
  EXPECT_EQ(R.Unfinished, "T.Crashes");
  ASSERT_EQ(R.UnfinishedFailures.size(), 1u);
  EXPECT_EQ(R.SuiteSetupFailures.lookup("Suite"), "Failed\nno server");
}

TEST(GTestOutputTest, ParameterisedNamesEndBeforeTheirParameter) {
  ConsoleReport R = parseConsoleOutput(
      "[==========] Running 1 test\n[ RUN      ] P/S.N/0\n"
      "[       OK ] P/S.N/0, where GetParam() = 4 (0 ms)\n");
  ASSERT_EQ(R.Finished.size(), 1u);
  EXPECT_EQ(R.Finished[0].fullName(), "P/S.N/0");
  EXPECT_EQ(R.Finished[0].End, Ending::Passed);
  EXPECT_TRUE(R.Unfinished.empty());
}

TEST(GTestOutputTest, TestListSkipsParameterComments) {
  std::vector<std::string> Names = parseTestList(
      "S.\n  A\n  B\nP/T.  # TypeParam = int\n  C/0  # GetParam() = 1\n");
  EXPECT_EQ(Names, (std::vector<std::string>{"S.A", "S.B", "P/T.C/0"}));
}

} // namespace

namespace {

TEST(GTestFilterTest, SelectsAsGoogleTestDoes) {
  using itdd::red::selectedByFilter;
  EXPECT_TRUE(selectedByFilter("", "Orders.CustomerPays"));
  EXPECT_TRUE(selectedByFilter("Orders.*", "Orders.CustomerPays"));
  EXPECT_FALSE(selectedByFilter("Orders.*", "Returns.CustomerPays"));
  EXPECT_TRUE(selectedByFilter("Returns.*:*Pays", "Orders.CustomerPays"));
  EXPECT_TRUE(selectedByFilter("Orders.Customer?ays", "Orders.CustomerPays"));
  EXPECT_FALSE(selectedByFilter("Orders.*-*Pays", "Orders.CustomerPays"));
  EXPECT_TRUE(selectedByFilter("-*Refund*", "Orders.CustomerPays"));
  EXPECT_FALSE(selectedByFilter("-*Refund*:Orders.*", "Orders.CustomerPays"));
  EXPECT_TRUE(selectedByFilter("*", "Typed/0.CustomerPays"));
}

} // namespace
