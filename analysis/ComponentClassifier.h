//===--- ComponentClassifier.h - roles of classes in the AST ---*- C++ -*-===//
//
// The role of every class and function a translation unit's analysis asks
// about, cached for that unit. It gathers a class's facts (ClassFacts) and
// hands them to core/Roles.cpp's classify(), which decides in a fixed
// order. Each fact has one home:
//
//   the project's or not, test code or not,  roles/ProjectFiles.cpp
//   generated protocol code                  (paths: core/ProjectLayout.cpp)
//   data or component                        roles/DataTypes.cpp
//   exception type                           ast/Decls.cpp (isException)
//   callback interface (a boundary)          roles/ProjectStructure.cpp
//   driven by the project's own tests        roles/DrivenByTests.cpp
//   annotation, inherited role               factsOf() below
//   names the configuration gives            core/Config.cpp
//   a call that reaches an entry point       roles/EntryPoints.cpp
//
// The map adds two steps of its own: map/Mapper.cpp lists the project's
// classes (isProjectDecl) and those the configuration names
// (isNamedByConfiguration) that are components (a role other than none or
// test), and core/DependencyMap.cpp's normalize() settles a class that
// translation units saw with different roles.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_COMPONENTCLASSIFIER_H
#define ITDD_ANALYSIS_COMPONENTCLASSIFIER_H

#include "analysis/roles/ProjectFiles.h"
#include "core/Config.h"
#include "core/ProjectLayout.h"
#include "core/Roles.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class SourceManager;
} // namespace clang

namespace itdd {

class ProjectStructure;
class TestConstructions;

/// A class's role with the facts and the step that decided it: what
/// `itdd explain` says, from the same decision the checks and the map use.
struct RoleExplanation {
  ClassFacts Facts;
  ClassRole Role;
  RoleReason Reason;
};

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

  /// The role of a class (declared only or defined), its facts and why:
  /// classify()'s own record of the step that decided.
  RoleExplanation explainRole(const clang::CXXRecordDecl *RD);

  /// A GoogleMock class (cached isMockClass).
  bool isMock(const clang::CXXRecordDecl *RD);

  /// A call to this function reaches an entry point (roles/EntryPoints).
  bool isEntryPointFunction(const clang::FunctionDecl *FD);

  /// Declared in the project's own files (roles/ProjectFiles).
  bool isProjectDecl(const clang::Decl *D) { return Files.isProjectDecl(D); }
  /// An annotation or a key the user set names RD's role (core/Roles'
  /// isNamedByConfiguration): it counts wherever its header sits.
  bool isNamedByConfiguration(const clang::CXXRecordDecl *RD);
  /// The project's own class (isProjectDecl), or one the configuration
  /// names wherever it sits: what the map lists and the checks count.
  bool isApplicationClass(const clang::CXXRecordDecl *RD) {
    return isProjectDecl(RD) || isNamedByConfiguration(RD);
  }

  /// Declared in test code (roles/ProjectFiles).
  bool isTestCodeLocation(clang::SourceLocation Loc) {
    return Files.isTestCodeLocation(Loc);
  }

  const Config &config() const { return Cfg; }
  const clang::SourceManager &sourceManager() const { return SM; }
  const ProjectLayout &layout() const { return Files.layout(); }
  ProjectFiles &files() { return Files; }

  /// The project's own tests construct a real object of this class
  /// (roles/DrivenByTests).
  bool isDrivenByTests(const clang::CXXRecordDecl *RD);
  /// A concrete class that is an external boundary only because its name
  /// matches the default pattern: a derived class its tests drive is not
  /// a boundary because of it.
  bool isBoundaryByNameAlone(const clang::CXXRecordDecl *RD);

  /// A class of the project's own (outside test code) derives from this
  /// one (roles/ProjectStructure).
  bool isImplementedInProject(const clang::CXXRecordDecl *RD);

  /// Some class or function of the project that the translation unit
  /// declares is an entry point. When none is, every test would be said to
  /// miss one: the configuration, not the tests, is what needs work.
  bool anyEntryPointDeclared(const clang::ASTContext &Ctx);

private:
  ClassFacts factsOf(const clang::CXXRecordDecl *RD);
  /// The facts of a class the translation unit only declares.
  RoleExplanation explainDeclared(const clang::CXXRecordDecl *RD);
  const ProjectStructure &structure(const clang::ASTContext &Ctx);

  const Config &Cfg;
  const clang::SourceManager &SM;
  ProjectFiles Files;
  std::unique_ptr<ProjectStructure> Structure;
  std::unique_ptr<TestConstructions> ConstructedInTests;
  std::optional<bool> EntryPointDeclared;
  llvm::DenseMap<const clang::CXXRecordDecl *, ClassRole> Roles;
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> Mocks;
  llvm::DenseMap<const clang::FunctionDecl *, bool> EntryFunctions;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_COMPONENTCLASSIFIER_H
