//===--- ProjectFiles.cpp - what is the project's, what is test code ------===//

#include "analysis/roles/ProjectFiles.h"
#include "analysis/ast/Decls.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

/// The absolute path of a file as the translation unit's own file system
/// resolves it (each unit may have its own working directory).
static std::string absolutePath(const SourceManager &SM, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Name);
  // A path the file system cannot make absolute stays as the unit names it.
  if (!Path.empty() &&
      SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path))
    return Name.str();
  return std::string(Path);
}

static std::string mainFileName(const SourceManager &SM) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main ? absolutePath(SM, Main->getName()) : std::string();
}

ProjectFiles::ProjectFiles(const Config &Cfg, const SourceManager &SM,
                           bool MainFileIsTest, llvm::StringRef Root)
    : SM(SM), MainFileIsTest(MainFileIsTest),
      Layout(Cfg, mainFileName(SM), Root, MainFileIsTest) {}

std::optional<std::string> ProjectFiles::pathOf(FileID ID) const {
  if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(ID))
    return absolutePath(SM, Entry->getName());
  return std::nullopt;
}

const ProjectFiles::FileFacts &ProjectFiles::fileFacts(SourceLocation Loc) {
  static const FileFacts None;
  Loc = SM.getExpansionLoc(Loc);
  if (Loc.isInvalid())
    return None;
  FileID ID = SM.getFileID(Loc);
  auto [It, Inserted] = Files.try_emplace(ID);
  if (!Inserted)
    return It->second;
  FileFacts Facts;
  if (MainFileIsTest && ID == SM.getMainFileID()) {
    Facts.Project = Facts.Test = true;
  } else if (std::optional<std::string> Path = pathOf(ID)) {
    Facts.Project = Layout.isProjectFile(*Path, SM.isInSystemHeader(Loc));
    Facts.Test = Facts.Project && Layout.isTestFile(*Path);
    Facts.Protocol = isGeneratedProtocolFile(*Path);
    Facts.ProtocolService = isGeneratedServiceFile(*Path);
  }
  return It->second = Facts;
}

bool ProjectFiles::isTestCodeLocation(SourceLocation Loc) {
  return fileFacts(Loc).Test;
}

LocationRule ProjectFiles::testCodeRule(SourceLocation Loc) {
  if (!isTestCodeLocation(Loc))
    return {};
  FileID ID = SM.getFileID(SM.getExpansionLoc(Loc));
  if (MainFileIsTest && ID == SM.getMainFileID())
    return {LocationRule::TestMainFile, ""};
  return Layout.testCodeRule(pathOf(ID).value_or(""));
}

/// The framework a declaration belongs to wherever a project keeps it
/// (LocationRule::None for any other): the standard library, GoogleTest.
static LocationRule::Kind frameworkOf(const Decl *D) {
  if (inTopLevelNamespace(D, "std"))
    return LocationRule::StandardLibrary;
  if (inTopLevelNamespace(D, "testing"))
    return LocationRule::TestFramework;
  return LocationRule::None;
}

/// A class's place is where it is defined, whichever declaration the
/// include order shows first.
static const Decl *placed(const Decl *D) {
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    if (const CXXRecordDecl *Def = RD->getDefinition())
      return Def;
  return D;
}

LocationRule ProjectFiles::outsideRule(const Decl *D) {
  if (!D || isProjectDecl(D))
    return {};
  if (LocationRule::Kind Framework = frameworkOf(D))
    return {Framework, ""};
  SourceLocation Loc = SM.getExpansionLoc(placed(D)->getLocation());
  std::optional<std::string> Path =
      Loc.isValid() ? pathOf(SM.getFileID(Loc)) : std::nullopt;
  if (!Path)
    return {LocationRule::OutsideRoot, ""};
  return Layout.outsideRule(*Path, SM.isInSystemHeader(Loc));
}

bool ProjectFiles::isGeneratedProtocolLocation(SourceLocation Loc,
                                               bool Service) {
  const FileFacts &Facts = fileFacts(Loc);
  return Service ? Facts.ProtocolService : Facts.Protocol;
}

bool ProjectFiles::isProjectDecl(const Decl *D) {
  if (!D)
    return false;
  // Membership is decided by location alone. The two exceptions are what
  // the analysis is about, recognised wherever a project keeps them: the
  // standard library and GoogleTest/GoogleMock (a copy vendored into the
  // tree is still the framework, not the project).
  if (frameworkOf(D) != LocationRule::None)
    return false;
  return fileFacts(placed(D)->getLocation()).Project;
}

void ProjectFiles::forEachProjectDecl(
    const ASTContext &Ctx, llvm::function_ref<bool(const Decl *)> Visit) {
  // Declarations only, no bodies: the cost is a walk over the project's
  // own headers, skipping the standard library and third-party code.
  llvm::SmallVector<const DeclContext *, 64> Work;
  Work.push_back(Ctx.getTranslationUnitDecl());
  while (!Work.empty()) {
    const DeclContext *DC = Work.pop_back_val();
    for (const Decl *D : DC->decls()) {
      if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) {
        if (isa<LinkageSpecDecl>(D) || isProjectDecl(D))
          Work.push_back(cast<DeclContext>(D));
        continue;
      }
      if (const auto *CT = dyn_cast<ClassTemplateDecl>(D))
        D = CT->getTemplatedDecl();
      else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        D = FT->getTemplatedDecl();
      if (!isProjectDecl(D))
        continue;
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (RD && (!RD->isThisDeclarationADefinition() || RD->isLambda()))
        continue;
      if (!isa<CXXRecordDecl>(D) && !isa<FunctionDecl>(D))
        continue;
      if (!Visit(D))
        return;
      if (RD)
        Work.push_back(RD); // Nested classes.
    }
  }
}

} // namespace itdd
