//===--- SourceNames.cpp - how the map names code it found ----------------===//

#include "analysis/map/SourceNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Inclusions/StandardLibrary.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

SourceNames::SourceNames(ASTContext &Ctx, const HeaderSearch &Headers,
                         llvm::StringRef Root)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Headers(Headers), Root(Root),
      Policy(Ctx.getLangOpts()) {
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
#if CLANG_VERSION_MAJOR < 22
  // From Clang 22 on, types carry no elaboration to suppress.
  Policy.SuppressElaboration = true;
#endif
}

QualType SourceNames::typeOf(const TagDecl *D) const {
#if CLANG_VERSION_MAJOR < 22
  return Ctx.getTypeDeclType(D);
#else
  return Ctx.getCanonicalTagType(D);
#endif
}

std::string SourceNames::spell(QualType T) const {
  return TypeName::getFullyQualifiedName(T, Ctx, Policy,
                                         /*WithGlobalNsPrefix=*/false);
}

std::string SourceNames::relative(llvm::StringRef File) const {
  llvm::SmallString<256> Path(File);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  llvm::StringRef P = Path;
  if (!Root.empty() && P.starts_with(Root) && P.size() > Root.size() &&
      P[Root.size()] == '/')
    return P.substr(Root.size() + 1).str();
  return P.str();
}

void SourceNames::locate(const Decl *D, std::string &File,
                         unsigned &Line) const {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(D->getLocation()));
  if (!P.isValid())
    return;
  File = relative(P.getFilename());
  Line = P.getLine();
}

std::optional<std::string> standardLibraryHeader(const Decl *D) {
  const auto *ND = dyn_cast<NamedDecl>(D);
  if (!ND || !ND->getIdentifier())
    return std::nullopt;
  // "std::chrono::": the namespaces around it, inline ones left out.
  std::string Scope;
  bool InStd = false;
  for (const DeclContext *DC = ND->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      InStd = DC->isStdNamespace();
      if (!NS->isInline() && NS->getIdentifier())
        Scope.insert(0, (NS->getName() + "::").str());
    }
  if (!InStd)
    return std::nullopt;
  std::optional<tooling::stdlib::Symbol> Symbol =
      tooling::stdlib::Symbol::named(Scope, ND->getName());
  std::optional<tooling::stdlib::Header> Header =
      Symbol ? Symbol->header() : std::nullopt;
  if (!Header)
    return std::nullopt;
  return llvm::StringRef(Header->name()).trim("<>").str();
}

std::string SourceNames::header(const Decl *D, bool &Angled) const {
  Angled = false;
  if (std::optional<std::string> Standard = standardLibraryHeader(D)) {
    Angled = true;
    return *Standard;
  }
  FileID File = SM.getFileID(SM.getExpansionLoc(D->getLocation()));
  if (File == SM.getMainFileID())
    return "";
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return "";
  return Headers.suggestPathToFileForDiagnostics(*Entry, "", &Angled);
}

std::string SourceNames::text(SourceRange Range) const {
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Range), SM, Ctx.getLangOpts());
  std::string Line;
  for (llvm::StringRef Word : llvm::split(Text, ' '))
    for (llvm::StringRef Part : llvm::split(Word, '\n'))
      if (!Part.trim().empty())
        Line +=
            (Line.empty() || Line.back() == '(' ? "" : " ") + Part.trim().str();
  return Line;
}

std::string SourceNames::defaultArgument(const ParmVarDecl *Param) const {
  if (!Param->hasDefaultArg() || Param->hasUnparsedDefaultArg() ||
      Param->hasUninstantiatedDefaultArg())
    return "";
  std::string Line = text(Param->getDefaultArgRange());
  // A braced default's range starts at its `=`.
  llvm::StringRef Text = Line;
  Text.consume_front("=");
  // Defaults from a macro expansion have no text of their own.
  if (Text.trim().empty())
    return "...";
  return Text.trim().str();
}

bool isValueInitializable(QualType T) {
  if (T->isReferenceType())
    return false;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return true;
  RD = RD->getDefinition();
  if (RD->isAbstract())
    return false;
  if (RD->needsImplicitDefaultConstructor() || RD->isAggregate())
    return true;
  auto Usable = [](const CXXConstructorDecl *C) {
    return C && C->getMinRequiredArguments() == 0 && !C->isDeleted() &&
           C->getAccess() == AS_public;
  };
  if (llvm::any_of(RD->ctors(), Usable))
    return true;
  // Library types often default-construct through a constrained template
  // (`template <typename D = Deleter, ...> unique_ptr()`).
  return llvm::any_of(RD->decls(), [&](const Decl *D) {
    const auto *T = dyn_cast<FunctionTemplateDecl>(D);
    return T && Usable(dyn_cast<CXXConstructorDecl>(T->getTemplatedDecl()));
  });
}

} // namespace itdd
