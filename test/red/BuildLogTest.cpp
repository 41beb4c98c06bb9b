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

// `make -j` interleaves the compilers' lines: an error in a source file is
// that file's own, and an include chain still leads to its header's error.
TEST(BuildLogTest, InterleavedParallelBuildKeepsEveryFilesError) {
  const char *Log =
      "[ 25%] Building CXX object CMakeFiles/t.dir/test/a_test.cpp.o\n"
      "[ 50%] Building CXX object CMakeFiles/t.dir/test/b_test.cpp.o\n"
      "In file included from /src/test/a_test.cpp:3:\n"
      "/src/test/b_test.cpp:7:5: error: no member named 'cancel' in "
      "'app::Orders'\n"
      "    7 |   orders.cancel(id);\n"
      "[ 75%] Building CXX object CMakeFiles/t.dir/test/c_test.cpp.o\n"
      "/src/include/app/x.h:5:3: error: unknown type name 'Thing'\n"
      "/src/test/c_test.cpp: In member function 'virtual void "
      "T_U_Test::TestBody()':\n"
      "/src/test/c_test.cpp:12:7: error: 'class app::Orders' has no member "
      "named 'pay'\n"
      "make[2]: *** [CMakeFiles/t.dir/build.make:76: "
      "CMakeFiles/t.dir/test/b_test.cpp.o] Error 1\n";
  std::vector<BuildError> Errors = parseBuildLog(Log);
  ASSERT_EQ(Errors.size(), 3u);
  EXPECT_EQ(Errors[0].File, "/src/test/b_test.cpp");
  EXPECT_EQ(Errors[0].Line, 7u);
  EXPECT_EQ(Errors[1].File, "/src/test/a_test.cpp");
  EXPECT_EQ(Errors[1].At, "/src/include/app/x.h");
  EXPECT_EQ(Errors[2].File, "/src/test/c_test.cpp");
  EXPECT_EQ(Errors[2].Message, "'class app::Orders' has no member named 'pay'");
}

// Clang names every level of an include chain with "In file included from".
TEST(BuildLogTest, ClangIncludeChainCountsForTheOutermostFile) {
  const char *Log =
      "FAILED: CMakeFiles/t.dir/test/d_test.cpp.o\n"
      "In file included from /src/test/d_test.cpp:2:\n"
      "In file included from /src/test/support/world.h:4:\n"
      "/src/include/app/y.h:9:1: error: expected ';' after class\n"
      "1 error generated.\n";
  std::vector<BuildError> Errors = parseBuildLog(Log);
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].File, "/src/test/d_test.cpp");
  EXPECT_EQ(Errors[0].At, "/src/include/app/y.h");
}

} // namespace
