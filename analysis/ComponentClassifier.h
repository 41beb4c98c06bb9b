//===--- ComponentClassifier.h - roles of classes in the AST ---*- C++ -*-===//
//
// Turns Clang declarations into the facts of Roles.h and caches the role of
// every class and function it is asked about, for one translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_COMPONENTCLASSIFIER_H
#define ITDD_ANALYSIS_COMPONENTCLASSIFIER_H

#include "core/Config.h"
#include "core/ProjectLayout.h"
#include "core/Roles.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>

namespace clang {
class ASTContext;
class SourceManager;
} // namespace clang

namespace itdd {

class ComponentClassifier {
public:
  /// MainFileIsTest: the translation unit is a test, so its main file and
  /// the headers beside it are test code. Root: the project's top
  /// directory; empty to take the version-control top level of the main
  /// file.
  ComponentClassifier(const Config &Cfg, const clang::SourceManager &SM,
                      bool MainFileIsTest, llvm::StringRef Root = "");
  ~ComponentClassifier();

  /// The role of a class; plain data and incomplete classes have none.
  ClassRole roleOf(const clang::CXXRecordDecl *RD);

  /// The role of a class the translation unit only declares (a pimpl's
  /// forward-declared part), from its name, location and annotations.
  ClassRole roleOfDeclared(const clang::CXXRecordDecl *RD);

  /// A GoogleMock class (cached isMockClass).
  bool isMock(const clang::CXXRecordDecl *RD);

  /// A call to this function reaches an entry point: a member of an
  /// entry-point class, a free function the configuration or an annotation
  /// names, or a network client call into a running system.
  bool isEntryPointFunction(const clang::FunctionDecl *FD);

  /// Declared in the project's own files (by location below the project
  /// root, see ProjectLayout), not in GoogleTest or the standard library.
  bool isProjectDecl(const clang::Decl *D);

  /// Declared in test code: the main file of a test, the test headers
  /// beside it, or a file under a test directory (see ProjectLayout).
  bool isTestCodeLocation(clang::SourceLocation Loc);

  const Config &config() const { return Cfg; }
  const clang::SourceManager &sourceManager() const { return SM; }

  const ProjectLayout &layout() const { return Layout; }

  /// The project's own tests construct a real object of this class (not a
  /// mock, not a subclass) and drive it as its users do: a client
  /// library's own `Client`, whatever its name says.
  bool isDrivenByTests(const clang::CXXRecordDecl *RD);

  /// Some class or function of the project that the translation unit
  /// declares is an entry point. When none is, every test would be said to
  /// miss one: the configuration, not the tests, is what needs work.
  bool anyEntryPointDeclared(const clang::ASTContext &Ctx);

private:
  struct FileFacts {
    bool Project = false;
    bool Test = false;
  };
  struct StructureIndex;

  ClassFacts factsOf(const clang::CXXRecordDecl *RD);
  const FileFacts &fileFacts(clang::SourceLocation Loc);
  bool isCallbackInterface(const clang::CXXRecordDecl *RD);
  const StructureIndex &structure(const clang::CXXRecordDecl *AnyDecl);
  /// Calls Visit on every class definition and function the project
  /// declares in the translation unit, nested classes included, until it
  /// returns false.
  void forEachProjectDecl(const clang::ASTContext &Ctx,
                          llvm::function_ref<bool(const clang::Decl *)> Visit);
  bool isNetworkClientCall(const clang::FunctionDecl *FD);

  const Config &Cfg;
  const clang::SourceManager &SM;
  bool MainFileIsTest;
  ProjectLayout Layout;
  llvm::DenseMap<clang::FileID, FileFacts> Files;
  std::unique_ptr<StructureIndex> Structure;
  std::unique_ptr<llvm::DenseSet<const clang::CXXRecordDecl *>>
      ConstructedInTests;
  std::optional<bool> EntryPointDeclared;
  llvm::DenseMap<const clang::CXXRecordDecl *, ClassRole> Roles;
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> Mocks;
  llvm::DenseMap<const clang::FunctionDecl *, bool> EntryFunctions;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_COMPONENTCLASSIFIER_H
