//===--- ProjectLayout.h - where a project's own files are -----*- C++ -*-===//
//
// Path rules shared by the checks and the map: what is the project's own
// code, what is third-party code vendored into it, and what is test code.
// Plain strings only: decided by location, never by system-header status.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_PROJECTLAYOUT_H
#define ITDD_CORE_PROJECTLAYOUT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

class Config;

/// The top level of the version-controlled tree that holds File (the
/// nearest directory above it with a .git, .hg or .svn entry), or an empty
/// string when there is none.
std::string findProjectRoot(llvm::StringRef File);

/// A file protoc or its gRPC plugin generated: *.pb.h, *.grpc.pb.h.
bool isGeneratedProtocolFile(llvm::StringRef Path);

/// A gRPC service's generated header (*.grpc.pb.h), where the stub
/// interface of the remote service is declared.
bool isGeneratedServiceFile(llvm::StringRef Path);

/// Path with `.` and `..` resolved and `/` separators.
std::string normalizePath(llvm::StringRef Path);

/// Path lies inside Dir (both normalized, absolute or both relative).
bool isUnder(llvm::StringRef Path, llvm::StringRef Dir);

/// A directory named by convention for code the project took from
/// elsewhere: third_party, vendor, external, _deps, ...
bool isThirdPartyDirName(llvm::StringRef Dir);

/// A directory that is a repository of its own: a git submodule or a
/// nested clone (a .git entry), an hg or svn checkout.
bool isNestedRepository(llvm::StringRef Dir);

/// A directory that exists for tests: test, tests, testing, unittests,
/// integrationtests, test_support, testutil(s), mocks, fakes, stubs, ...
bool isTestDirName(llvm::StringRef Dir);

/// A file name that says it supports tests: mock_*.h, *_fake.h, test_*.h,
/// *Fixture.h, ...
bool isTestSupportFileName(llvm::StringRef File);

/// The rule that decided where a file belongs: why it is test code, or why
/// it is not the project's own. What `itdd explain` names; the decisions
/// themselves (isTestFile, isProjectFile) follow it.
struct LocationRule {
  enum Kind {
    None,               ///< Not test code; or the project's own.
    Key,                ///< itdd.TestCode / itdd.ProjectFiles says so.
    TestMainFile,       ///< The test's own source file.
    IntegrationTests,   ///< itdd.IntegrationTestFiles matches it.
    SupportBesideTest,  ///< Named as test support, beside the test.
    Directory,          ///< Under a directory named for tests, or for code
                        ///< taken from elsewhere (Dir).
    GeneratedProtocol,  ///< protoc generated it.
    SystemHeader,       ///< No project root known, and a system header.
    OutsideRoot,        ///< Not below the project's root.
    NestedRepository,   ///< In a repository of its own below the root (Dir).
    StandardLibrary,    ///< The standard library (namespace std).
    TestFramework,      ///< GoogleTest or GoogleMock (namespace testing).
  };
  Kind Rule = None;
  /// Directory and NestedRepository: the directory, below the root.
  std::string Dir;
};

/// Where one translation unit's files belong.
class ProjectLayout {
public:
  /// Root: the project's top directory; empty to find it from MainFile.
  ProjectLayout(const Config &Cfg, llvm::StringRef MainFile,
                llvm::StringRef Root, bool MainFileIsTest);

  /// The project's own file: itdd.ProjectFiles if set; otherwise a file
  /// under the root outside vendored directories (named as such, or a
  /// repository of their own below the root). InSystemHeader is consulted
  /// only when no root is known.
  bool isProjectFile(llvm::StringRef File, bool InSystemHeader) const {
    return outsideRule(File, InSystemHeader).Rule == LocationRule::None;
  }
  /// Why File is not the project's own (the rule isProjectFile follows);
  /// LocationRule::None when it is.
  LocationRule outsideRule(llvm::StringRef File, bool InSystemHeader) const;

  /// Test code: itdd.TestCode if set; otherwise the main file of a test,
  /// files itdd.IntegrationTestFiles matches, test-support headers beside
  /// it (mock_*, *_fixture.h, ...), and files under a test directory below
  /// the root. Sitting beside a test does not make a header test code:
  /// where tests sit beside the sources, those stay the product's.
  bool isTestFile(llvm::StringRef File) const {
    return testCodeRule(File).Rule != LocationRule::None;
  }
  /// Why File is test code (the rule isTestFile follows);
  /// LocationRule::None when it is not.
  LocationRule testCodeRule(llvm::StringRef File) const;

  llvm::StringRef root() const { return Root; }

private:
  /// The first directory of Path below the root (of all of its
  /// directories when no root is known) whose name satisfies Pred, as a
  /// path below the root; empty when there is none.
  std::string dirBelowRoot(llvm::StringRef Path,
                           bool (*Pred)(llvm::StringRef)) const;
  /// The repository of its own below the root that Path lies in, as a
  /// path below the root; empty when there is none.
  std::string nestedRepositoryOf(llvm::StringRef Path) const;

  const Config &Cfg;
  std::string MainFile, MainDir, Root;
  bool MainFileIsTest;
  /// Directories below the root already asked whether they are a
  /// repository of their own.
  mutable llvm::StringMap<bool> NestedRepositories;
};

/// The source file of a test: under a test directory or named like one
/// (foo_test.cpp, FooTest.cpp, foo_unittest.cc, test_foo.cpp), or matching
/// itdd.IntegrationTestFiles / itdd.TestCode. Root as for ProjectLayout.
bool isTestSourcePath(llvm::StringRef Path, const Config &Cfg,
                      llvm::StringRef Root = "");

} // namespace itdd

#endif // ITDD_CORE_PROJECTLAYOUT_H
