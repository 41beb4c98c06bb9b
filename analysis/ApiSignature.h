//===--- ApiSignature.h - what a test's use tells of an API -----*- C++ -*-===//
//
// For API a test calls that does not exist yet: the parameter types the
// arguments it passes call for, the return type how it uses the result
// calls for (ignored: void; kept in a variable, compared, tested as a
// condition: that type), and the headers those types need. Read from
// Clang's recovery AST of a test that does not compile.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_APISIGNATURE_H
#define ITDD_ANALYSIS_APISIGNATURE_H

#include "analysis/map/SourceNames.h"
#include "core/MissingApi.h"
#include "clang/AST/Expr.h"
#include <functional>
#include <optional>

namespace itdd {

class ApiSignature {
public:
  /// IsComponent: the class is passed by reference, not copied. FileOf:
  /// the absolute path of the file a location is in.
  ApiSignature(
      clang::ASTContext &Ctx, const SourceNames &Names,
      std::function<bool(const clang::CXXRecordDecl *)> IsComponent,
      std::function<std::string(clang::SourceLocation)> FileOf)
      : Ctx(Ctx), Names(Names), IsComponent(std::move(IsComponent)),
        FileOf(std::move(FileOf)) {}

  /// Api's parameters from Args; false when one has no type yet.
  bool parameters(llvm::ArrayRef<const clang::Expr *> Args,
                  MissingApi &Api) const;
  /// Api's return type from how the test uses Call, when it tells.
  void returns(const clang::Expr *Call, MissingApi &Api) const;

  const clang::Stmt *parentOf(const clang::Stmt *S) const;
  const clang::Decl *declParentOf(const clang::Stmt *S) const;

private:
  std::optional<std::string> parameterFor(const clang::Expr *Arg,
                                          MissingApi &Api) const;
  std::optional<clang::QualType> resultUse(const clang::Expr *Call) const;
  void includeFor(clang::QualType T, MissingApi &Api) const;

  clang::ASTContext &Ctx;
  const SourceNames &Names;
  std::function<bool(const clang::CXXRecordDecl *)> IsComponent;
  std::function<std::string(clang::SourceLocation)> FileOf;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_APISIGNATURE_H
