//===--- Exprs.h - expressions as macros write them ------------*- C++ -*-===//
//
// Generic helpers over expressions that macros (GoogleTest's above all)
// expand to: the user's expression without the wrappers, and the name of
// the macro that wrote a location.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_AST_EXPRS_H
#define ITDD_ANALYSIS_AST_EXPRS_H

#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include <string>

namespace clang {
class SourceManager;
class LangOptions;
} // namespace clang

namespace itdd {

/// E without the parentheses, implicit casts, temporaries and functional
/// casts GoogleTest's macros wrap around the user's expression.
const clang::Expr *ignoreWrappers(const clang::Expr *E);

/// The name of the outermost macro whose expansion produced Loc
/// ("EXPECT_EQ"), or an empty string.
std::string outermostMacroName(clang::SourceLocation Loc,
                               const clang::SourceManager &SM,
                               const clang::LangOptions &LO);

} // namespace itdd

#endif // ITDD_ANALYSIS_AST_EXPRS_H
