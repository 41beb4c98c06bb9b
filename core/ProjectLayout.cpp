//===--- ProjectLayout.cpp - where a project's own files are --------------===//

#include "core/ProjectLayout.h"
#include "core/Config.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace itdd {

std::string normalizePath(llvm::StringRef Path) {
  llvm::SmallString<256> Normalized(Path);
  std::replace(Normalized.begin(), Normalized.end(), '\\', '/');
  llvm::sys::path::remove_dots(Normalized, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  return std::string(Normalized);
}

bool isGeneratedProtocolFile(llvm::StringRef Path) {
  return Path.ends_with(".pb.h");
}

bool isGeneratedServiceFile(llvm::StringRef Path) {
  return Path.ends_with(".grpc.pb.h");
}

bool isUnder(llvm::StringRef Path, llvm::StringRef Dir) {
  Dir = Dir.rtrim('/');
  return !Dir.empty() && Path.size() > Dir.size() && Path.starts_with(Dir) &&
         Path[Dir.size()] == '/';
}

static bool hasRepositoryMarker(llvm::StringRef Dir) {
  for (const char *Marker : {".git", ".hg", ".svn"}) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, Marker);
    if (llvm::sys::fs::exists(Candidate))
      return true;
  }
  return false;
}

bool isNestedRepository(llvm::StringRef Dir) {
  return hasRepositoryMarker(Dir);
}

std::string findProjectRoot(llvm::StringRef File) {
  llvm::SmallString<256> Dir(File);
  if (llvm::sys::fs::make_absolute(Dir))
    return "";
  std::string Normalized = normalizePath(Dir);
  llvm::StringRef Current = llvm::sys::path::parent_path(Normalized);
  while (!Current.empty() && Current != "/") {
    if (hasRepositoryMarker(Current))
      return Current.str();
    Current = llvm::sys::path::parent_path(Current);
  }
  return "";
}

bool isThirdPartyDirName(llvm::StringRef Dir) {
  std::string Lower = Dir.lower();
  return llvm::is_contained(
      {"third_party", "third-party", "thirdparty", "3rdparty", "3rd_party",
       "3rd-party", "external", "externals", "extern", "vendor", "vendored",
       "_deps", "deps", "subprojects", "node_modules"},
      Lower);
}

bool isTestDirName(llvm::StringRef Dir) {
  std::string Lower = Dir.lower();
  llvm::StringRef L(Lower);
  // test_common/, test_fixtures/, api_tests/: named for the tests they serve.
  if (L.starts_with("test_") || L.starts_with("tests_") ||
      L.ends_with("_test") || L.ends_with("_tests"))
    return true;
  return llvm::is_contained(
      {"test", "tests", "testing", "unittest", "unittests", "unit_tests",
       "integrationtest", "integrationtests", "integration_test",
       "integration_tests", "test_support", "testsupport", "testutil",
       "testutils", "test_util", "test_utils", "test_helpers",
       "testhelpers", "mocks", "mock", "fakes", "fake", "stubs", "e2e"},
      Lower);
}

bool isTestSupportFileName(llvm::StringRef File) {
  std::string Lower = llvm::sys::path::stem(File).lower();
  llvm::StringRef L(Lower);
  return L.contains("mock") || L.contains("fake") || L.contains("stub") ||
         L.contains("fixture") || L.starts_with("test") ||
         L.ends_with("test") || L.ends_with("tests") ||
         L.contains("test_") || L.contains("_test");
}

/// The first directory component of Path below Root (of every component
/// when Root is empty or does not contain Path) that satisfies Pred, with
/// the components before it: "src/external"; empty when none does.
static std::string firstDirectory(llvm::StringRef Path, llvm::StringRef Root,
                                  bool (*Pred)(llvm::StringRef)) {
  llvm::StringRef Rest = Path;
  if (isUnder(Path, Root))
    Rest = Path.substr(Root.rtrim('/').size() + 1);
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Rest.split(Parts, '/', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  if (!Parts.empty())
    Parts.pop_back(); // The file name itself is not a directory.
  std::string Dir;
  for (llvm::StringRef Part : Parts) {
    Dir += Dir.empty() && !Rest.starts_with("/") ? "" : "/";
    Dir += Part;
    if (Pred(Part))
      return Dir;
  }
  return "";
}

ProjectLayout::ProjectLayout(const Config &Cfg, llvm::StringRef Main,
                             llvm::StringRef GivenRoot, bool MainFileIsTest)
    : Cfg(Cfg), MainFile(normalizePath(Main)), MainFileIsTest(MainFileIsTest) {
  MainDir = llvm::sys::path::parent_path(MainFile).str();
  Root = normalizePath(GivenRoot);
  // A root that does not hold the file under analysis says nothing about it.
  if (Root.empty() || (!MainFile.empty() && !isUnder(MainFile, Root)))
    Root = MainFile.empty() ? std::string() : findProjectRoot(MainFile);
}

std::string ProjectLayout::dirBelowRoot(llvm::StringRef Path,
                                        bool (*Pred)(llvm::StringRef)) const {
  return firstDirectory(Path, Root, Pred);
}

std::string ProjectLayout::nestedRepositoryOf(llvm::StringRef Path) const {
  if (Root.empty() || !isUnder(Path, Root))
    return "";
  // Each directory between the root and the file, outermost first.
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  llvm::SmallVector<llvm::StringRef, 8> Dirs;
  for (; isUnder(Dir, Root); Dir = llvm::sys::path::parent_path(Dir))
    Dirs.push_back(Dir);
  for (llvm::StringRef D : llvm::reverse(Dirs)) {
    auto [It, Inserted] = NestedRepositories.try_emplace(D, false);
    if (Inserted)
      It->second = isNestedRepository(D);
    if (It->second)
      return D.substr(llvm::StringRef(Root).rtrim('/').size() + 1).str();
  }
  return "";
}

LocationRule ProjectLayout::outsideRule(llvm::StringRef File,
                                        bool InSystemHeader) const {
  using R = LocationRule;
  std::string Path = normalizePath(File);
  if (std::optional<bool> Explicit = Cfg.isProjectPath(Path))
    return {*Explicit ? R::None : R::Key, ""};
  // Generated protocol code (and its gRPC mocks) stands for a remote
  // service, wherever the build put it.
  if (isGeneratedProtocolFile(Path))
    return {R::GeneratedProtocol, ""};
  if (Root.empty())
    return {InSystemHeader ? R::SystemHeader : R::None, ""};
  if (!isUnder(Path, Root))
    return {R::OutsideRoot, ""};
  if (std::string Dir = dirBelowRoot(Path, isThirdPartyDirName); !Dir.empty())
    return {R::Directory, Dir};
  if (std::string Dir = nestedRepositoryOf(Path); !Dir.empty())
    return {R::NestedRepository, Dir};
  return {};
}

LocationRule ProjectLayout::testCodeRule(llvm::StringRef File) const {
  using R = LocationRule;
  std::string Path = normalizePath(File);
  if (MainFileIsTest && Path == MainFile)
    return {R::TestMainFile, ""};
  if (std::optional<bool> Explicit = Cfg.isTestCodePath(Path))
    return {*Explicit ? R::Key : R::None, ""};
  if (Cfg.isIntegrationTestFile(Path))
    return {R::IntegrationTests, ""};
  // Beside the test, only what is named for tests (its fixture, its
  // mocks): where tests sit beside the sources, the rest is the product.
  if (MainFileIsTest && llvm::sys::path::parent_path(Path) == MainDir &&
      isTestSupportFileName(Path))
    return {R::SupportBesideTest, ""};
  if (std::string Dir = dirBelowRoot(Path, isTestDirName); !Dir.empty())
    return {R::Directory, Dir};
  return {};
}

bool isTestSourcePath(llvm::StringRef Path, const Config &Cfg,
                      llvm::StringRef Root) {
  std::string P = normalizePath(Path);
  if (std::optional<bool> Explicit = Cfg.isTestCodePath(P))
    if (*Explicit)
      return true;
  if (Cfg.isIntegrationTestFile(P))
    return true;
  llvm::StringRef Stem = llvm::sys::path::stem(P);
  if (Stem.ends_with("_test") || Stem.ends_with("_tests") ||
      Stem.ends_with("_unittest") || Stem.ends_with("Test") ||
      Stem.ends_with("Tests") || Stem.starts_with("test_"))
    return true;
  return !firstDirectory(P, normalizePath(Root), isTestDirName).empty();
}

} // namespace itdd
