//===--- TidyOptionsTest.cpp - where each itdd key is set -----------------===//

#include "analysis/TidyOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

namespace itdd::testing {
namespace {

class ConfigFile {
public:
  explicit ConfigFile(llvm::StringRef Text) {
    int FD = -1;
    EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("itdd-key-locations",
                                                    "yaml", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
  }
  ~ConfigFile() { llvm::sys::fs::remove(Path); }
  std::string path() const { return std::string(Path); }

private:
  llvm::SmallString<128> Path;
};

TEST(TidyOptionsTest, EachKeyIsLocatedAtTheLineThatSetsItLastWins) {
  ConfigFile File("Checks: 'itdd-*'\n"
                  "CheckOptions:\n"
                  "  itdd.EntryPoints: 'Controller$'\n"
                  "  'itdd.ExternalBoundaries': 'Gateway$'\n"
                  "  \"itdd.UiMethods\" : '^render'\n"
                  "  itdd.EntryPoints: 'Screen$'\n"
                  "  # itdd.InternalComponents: 'Service$'\n");
  std::map<std::string, std::string> Where = keyLocations(
      File.path(), {"itdd.EntryPoints", "itdd.ExternalBoundaries",
                    "itdd.UiMethods", "itdd.InternalComponents"});
  EXPECT_EQ(Where["itdd.EntryPoints"], File.path() + ":6");
  EXPECT_EQ(Where["itdd.ExternalBoundaries"], File.path() + ":4");
  EXPECT_EQ(Where["itdd.UiMethods"], File.path() + ":5");
  // A commented-out key sets nothing: the file alone is named.
  EXPECT_EQ(Where["itdd.InternalComponents"], File.path());
}

TEST(TidyOptionsTest, AKeyThatOnlyStartsLikeAnotherIsNotIt) {
  ConfigFile File("CheckOptions:\n"
                  "  itdd.EntryPointsExtra: 'X'\n"
                  "  itdd.EntryPoints: 'Y'\n");
  EXPECT_EQ(keyLocations(File.path(), {"itdd.EntryPoints"})["itdd.EntryPoints"],
            File.path() + ":3");
}

TEST(TidyOptionsTest, AFileThatCannotBeReadIsNamedAlone) {
  EXPECT_EQ(keyLocations("/nonexistent/.clang-tidy",
                         {"itdd.EntryPoints"})["itdd.EntryPoints"],
            "/nonexistent/.clang-tidy");
}

} // namespace
} // namespace itdd::testing
