//===--- Mapper.h - components of one translation unit ---------*- C++ -*-===//
//
// Walks the declarations of one parsed translation unit and describes every
// project class that is a component: its role, constructor dependencies and
// the interfaces it implements, and the data its external boundaries
// exchange.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_MAPPER_H
#define ITDD_ANALYSIS_MAP_MAPPER_H

#include "core/Config.h"
#include "core/DependencyMap.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/HeaderSearch.h"
#include <string>

namespace itdd {

/// Components declared in the translation unit (headers included), the
/// project's data types and those its external boundaries take or return.
/// File paths under Root are written relative to it; include spellings
/// follow the translation unit's header search paths. Not normalized.
DependencyMap mapTranslationUnit(clang::ASTContext &Ctx,
                                 const clang::HeaderSearch &Headers,
                                 const Config &Cfg, llvm::StringRef Root);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_MAPPER_H
