//===--- SourceNames.h - how the map names code it found -------*- C++ -*-===//
//
// Fully qualified type spellings, project-relative paths and include
// spellings for declarations of one translation unit: what the mapper and
// the data-type collector both write into the map.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_SOURCENAMES_H
#define ITDD_ANALYSIS_MAP_SOURCENAMES_H

#include "clang/AST/ASTContext.h"
#include "clang/Lex/HeaderSearch.h"
#include <optional>
#include <string>

namespace itdd {

class SourceNames {
public:
  SourceNames(clang::ASTContext &Ctx, const clang::HeaderSearch &Headers,
              llvm::StringRef Root);

  /// T with every name fully qualified, inside template and function-type
  /// arguments too, so it resolves from any namespace.
  std::string spell(clang::QualType T) const;
  /// The type a class or enum declares.
  clang::QualType typeOf(const clang::TagDecl *D) const;
  /// File relative to the project root when under it.
  std::string relative(llvm::StringRef File) const;
  /// Where D is declared: project-relative file and line.
  void locate(const clang::Decl *D, std::string &File, unsigned &Line) const;
  /// The include spelling of the header that declares D, as the
  /// translation unit's search paths would find it; empty when D is
  /// declared in the main file.
  std::string header(const clang::Decl *D, bool &Angled) const;
  /// The source text of a range, on one line.
  std::string text(clang::SourceRange Range) const;
  /// A parameter's default argument as written, on one line ("..." when a
  /// macro wrote it); empty when it has none.
  std::string defaultArgument(const clang::ParmVarDecl *Param) const;

  clang::ASTContext &context() const { return Ctx; }

private:
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const clang::HeaderSearch &Headers;
  std::string Root;
  clang::PrintingPolicy Policy;
};

/// Whether `T{}` compiles: no reference, no abstract class, no class
/// without an accessible default constructor.
bool isValueInitializable(clang::QualType T);

/// The standard header that declares a name of the standard library
/// ("chrono" for std::chrono::duration), whatever file of the
/// implementation defines it; nullopt for other names.
std::optional<std::string> standardLibraryHeader(const clang::Decl *D);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_SOURCENAMES_H
