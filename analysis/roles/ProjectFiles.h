//===--- ProjectFiles.h - what is the project's, what is test code -*- C++ -*-===//
//
// The two location decisions of the analysis, for one translation unit:
// whether a declaration is the project's own (isProjectDecl) and whether
// it sits in test code (isTestCodeLocation). The path rules are
// core/ProjectLayout's; this maps Clang's files onto them, once per file.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ROLES_PROJECTFILES_H
#define ITDD_ANALYSIS_ROLES_PROJECTFILES_H

#include "core/ProjectLayout.h"
#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class SourceManager;
} // namespace clang

namespace itdd {

class Config;

class ProjectFiles {
public:
  /// MainFileIsTest: the translation unit is a test, so its main file is
  /// test code. Root: the project's top directory; empty to take the
  /// version-control top level of the main file.
  ProjectFiles(const Config &Cfg, const clang::SourceManager &SM,
               bool MainFileIsTest, llvm::StringRef Root = "");

  /// Membership: declared (a class: defined) in the project's own files,
  /// by location below the project root (see ProjectLayout), whatever its
  /// namespace; never the standard library or GoogleTest/GoogleMock.
  bool isProjectDecl(const clang::Decl *D);

  /// Test code: the main file of a test, the test headers beside it, or a
  /// file under a test directory (see ProjectLayout).
  bool isTestCodeLocation(clang::SourceLocation Loc);

  /// Why D is not the project's own, by the rule isProjectDecl follows
  /// (LocationRule::None when it is): for `itdd explain`.
  LocationRule outsideRule(const clang::Decl *D);
  /// Why Loc is test code, by the rule isTestCodeLocation follows
  /// (LocationRule::None when it is not): for `itdd explain`.
  LocationRule testCodeRule(clang::SourceLocation Loc);

  /// In a file protoc generated (*.pb.h); Service: a gRPC service's
  /// header (*.grpc.pb.h).
  bool isGeneratedProtocolLocation(clang::SourceLocation Loc,
                                   bool Service = false);

  /// Calls Visit on every class definition and function the project
  /// declares in the translation unit, nested classes included, until it
  /// returns false. Declarations only: bodies are not entered.
  void forEachProjectDecl(const clang::ASTContext &Ctx,
                          llvm::function_ref<bool(const clang::Decl *)> Visit);

  const ProjectLayout &layout() const { return Layout; }

private:
  struct FileFacts {
    bool Project = false;
    bool Test = false;
    bool Protocol = false;
    bool ProtocolService = false;
  };
  const FileFacts &fileFacts(clang::SourceLocation Loc);
  /// The file of Loc as an absolute path, or nothing for a location in no
  /// file (a macro's scratch space, a built-in).
  std::optional<std::string> pathOf(clang::FileID ID) const;

  const clang::SourceManager &SM;
  bool MainFileIsTest;
  ProjectLayout Layout;
  llvm::DenseMap<clang::FileID, FileFacts> Files;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_ROLES_PROJECTFILES_H
