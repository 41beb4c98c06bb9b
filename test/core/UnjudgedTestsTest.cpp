//===--- UnjudgedTestsTest.cpp - core/UnjudgedTests -----------------------===//

#include "core/UnjudgedTests.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

TEST(UnjudgedTestsTest, SumsTheRemarksOfSeveralFiles) {
  UnjudgedTests Sum;
  Sum.addClangTidyOutput(
      "/p/a_test.cpp:1:1: remark: 3 of 5 integration tests not judged where "
      "a finding needs the whole test: calls 'app::startServer', test support "
      "defined in another file (2 tests); calls 'app::login', test support "
      "defined in another file (1 test); set itdd.ShowUndecided: true to name "
      "them per check [itdd-missing-business-assertion]\n"
      "/p/a_test.cpp:9:3: warning: something else [itdd-single-component]\n");
  Sum.addClangTidyOutput(
      "/p/b_test.cpp:1:1: remark: 1 of 2 integration tests not judged where "
      "a finding needs the whole test: calls 'app::startServer', test support "
      "defined in another file (1 test); set itdd.ShowUndecided: true to name "
      "them per check [itdd-missing-business-assertion]\n"
      "/p/unit/c_test.cpp:1:1: remark: 12 GoogleTest tests in this file not "
      "judged: the file does not match the default itdd.IntegrationTestFiles "
      "[itdd-internal-mock]\n"
      "/p/flows/e_test.cpp:1:1: warning: 4 GoogleTest tests in this file not "
      "judged: the file does not match the default itdd.IntegrationTestFiles, "
      "yet 2 of them make two or more of the project's components work "
      "together [itdd-internal-mock]\n"
      "/p/d_test.cpp:1:1: remark: integration tests in this file not judged: "
      "the file does not compile; fix the errors reported for it "
      "[itdd-internal-mock]\n");
  EXPECT_EQ(Sum.NotFollowed, 4u);
  EXPECT_EQ(Sum.OutsidePattern, 16u);
  EXPECT_EQ(Sum.FilesNotCompiling, 1u);
  auto Reasons = Sum.commonestReasons(1);
  ASSERT_EQ(Reasons.size(), 1u);
  EXPECT_EQ(Reasons[0].first,
            "calls 'app::startServer', test support defined in another file");
  EXPECT_EQ(Reasons[0].second, 3u);
  EXPECT_FALSE(Sum.empty());
}

TEST(UnjudgedTestsTest, FindingsAloneJudgedEveryTest) {
  UnjudgedTests Sum;
  Sum.addClangTidyOutput("/p/a_test.cpp:4:1: warning: integration test 'X' "
                         "never goes through an entry point "
                         "[itdd-missing-entry-point]\n");
  EXPECT_TRUE(Sum.empty());
}

} // namespace
} // namespace itdd
