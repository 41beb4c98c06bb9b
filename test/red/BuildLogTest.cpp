// Compile and link errors, one per source file.
#include "red/BuildLog.h"
#include <gtest/gtest.h>

using namespace itdd::red;

namespace {

TEST(BuildLogTest, FirstErrorPerFileIncludedHeadersCountForTheirFile) {
  const char *Log =
      "[1/3] Building CXX object CMakeFiles/t.dir/test/a_test.cpp.o\n"
      "FAILED: CMakeFiles/t.dir/test/a_test.cpp.o\n"
      "In file included from /src/test/b.h:2,\n"
      "                 from /src/test/a_test.cpp:3:\n"
      "/src/include/x.h: In function 'void f()':\n"
      "/src/include/x.h:5:3: error: 'g' was not declared in this scope\n"
      "/src/test/a_test.cpp:9:1: error: second error\n"
      "/src/test/c_test.cpp:12:7: error: no member named 'pay'\n"
      "/usr/bin/ld: CMakeFiles/t.dir/test/d_test.cpp.o: in function `main':\n"
      "d_test.cpp:(.text+0x9): undefined reference to `confirm(int)'\n"
      "collect2: error: ld returned 1 exit status\n";
  std::vector<BuildError> Errors = parseBuildLog(Log);
  ASSERT_EQ(Errors.size(), 3u);
  EXPECT_EQ(Errors[0].File, "/src/test/a_test.cpp");
  EXPECT_EQ(Errors[0].At, "/src/include/x.h");
  EXPECT_EQ(Errors[0].Line, 5u);
  EXPECT_EQ(Errors[0].Message, "'g' was not declared in this scope");
  EXPECT_EQ(Errors[1].File, "/src/test/c_test.cpp");
  EXPECT_TRUE(Errors[2].Link);
  EXPECT_EQ(Errors[2].File, "d_test.cpp");
  EXPECT_EQ(Errors[2].Message, "undefined reference to `confirm(int)'");
}

} // namespace
