// Mocks itdd generated of a client whose only constructor is protected and
// which answers with references, with and without healthy answers.
#include "library_bare_mocks.h"
#include "library_mocks.h"

#include <gtest/gtest.h>

TEST(ProtectedConstructor, AMockIsBuiltWithWhatItsBaseTakes) {
  library::bare_testing::MockBookStoreClient Bare("us");
  library::testing::MockBookStoreClient Answering("eu");
  EXPECT_EQ(Bare.region(), "us");
  EXPECT_EQ(Answering.region(), "eu");
}

TEST(ReferenceAnswers, AReferenceReturnedRefersToAMemberOfTheMock) {
  library::testing::MockBookStoreClient Mock("eu");
  const library::StoreSettings &Settings = Mock.settings();
  EXPECT_EQ(&Settings, &Mock.settings_answer);
  EXPECT_FALSE(Settings.region.empty());
  Mock.settings_answer.timeoutMs = 5;
  EXPECT_EQ(Mock.settings().timeoutMs, 5);
  Mock.lastError() = "timed out";
  EXPECT_EQ(Mock.last_error_answer, "timed out");
}

TEST(ReferenceAnswers, WithoutHealthyAnswersTheMemberIsValueInitialised) {
  library::bare_testing::MockBookStoreClient Mock("us");
  EXPECT_EQ(Mock.settings().region, "");
  EXPECT_EQ(&Mock.lastError(), &Mock.last_error_answer);
}
