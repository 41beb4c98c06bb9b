//===--- Exprs.cpp - expressions as macros write them ---------------------===//

#include "analysis/ast/Exprs.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace itdd {

const Expr *ignoreWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MT->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    else
      return E;
  }
  return E;
}

std::string outermostMacroName(SourceLocation Loc, const SourceManager &SM,
                               const LangOptions &LO) {
  if (!Loc.isMacroID())
    return "";
  SourceLocation Expansion = SM.getExpansionLoc(Loc);
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Expansion), SM,
                              LO)
      .str();
}

} // namespace itdd
