//===--- ComponentClassifier.h - roles of classes in the AST ---*- C++ -*-===//
//
// Turns Clang declarations into the facts of Roles.h and caches the role of
// every class and function it is asked about, for one translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_COMPONENTCLASSIFIER_H
#define ITDD_CORE_COMPONENTCLASSIFIER_H

#include "core/Config.h"
#include "core/Roles.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace clang {
class SourceManager;
}

namespace itdd {

class ComponentClassifier {
public:
  /// MainFileIsTest: the translation unit is a test, so its main file and
  /// the headers beside it are test code.
  ComponentClassifier(const Config &Cfg, const clang::SourceManager &SM,
                      bool MainFileIsTest)
      : Cfg(Cfg), SM(SM), MainFileIsTest(MainFileIsTest) {}

  /// The role of a class; plain data and incomplete classes have none.
  ClassRole roleOf(const clang::CXXRecordDecl *RD);

  /// A GoogleMock class (cached isMockClass).
  bool isMock(const clang::CXXRecordDecl *RD);

  /// A call to this function reaches an entry point: a member of an
  /// entry-point class, a free function the configuration or an annotation
  /// names, or a network client call into a running system.
  bool isEntryPointFunction(const clang::FunctionDecl *FD);

  /// Declared in the project's own code, not in a system or generated header
  /// nor in GoogleTest or the standard library.
  bool isProjectDecl(const clang::Decl *D) const;

  /// Declared in test code: the main file of an integration test run, or a
  /// file under a test directory.
  bool isTestCodeLocation(clang::SourceLocation Loc) const;

  const Config &config() const { return Cfg; }
  const clang::SourceManager &sourceManager() const { return SM; }

private:
  ClassFacts factsOf(const clang::CXXRecordDecl *RD);
  bool isNetworkClientCall(const clang::FunctionDecl *FD) const;

  const Config &Cfg;
  const clang::SourceManager &SM;
  bool MainFileIsTest;
  llvm::DenseMap<const clang::CXXRecordDecl *, ClassRole> Roles;
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> Mocks;
  llvm::DenseMap<const clang::FunctionDecl *, bool> EntryFunctions;
};

/// True for the source file of a test: under a test directory or named like
/// one (foo_test.cpp, FooTest.cpp, foo_unittest.cc).
bool isTestSourcePath(llvm::StringRef Path, const Config &Cfg);

/// True for a path under a directory that holds tests or test support
/// (testing, test_support, mocks, fakes, ...) or matching
/// itdd.IntegrationTestFiles.
bool isTestPath(llvm::StringRef Path, const Config &Cfg);

} // namespace itdd

#endif // ITDD_CORE_COMPONENTCLASSIFIER_H
