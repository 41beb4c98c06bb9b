//===--- SupportSummaries.h - test support, summarised for the map -*- C++ -*-===//
//
// What each function of test support a translation unit defines does
// (walk/TestWalk's followTestSupport), in the plain form the map keeps
// (core/TestSupport) for the checks of other translation units.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_SUPPORTSUMMARIES_H
#define ITDD_ANALYSIS_MAP_SUPPORTSUMMARIES_H

#include "core/Config.h"
#include "core/TestSupport.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace itdd {

/// The test support the main file of Ctx defines, summarised; Root as for
/// the map's other location rules. MainFile is its absolute path and
/// MainHash its content hash (hashFile), which the summaries keep.
std::vector<SupportFunction>
summarizeTestSupport(clang::ASTContext &Ctx, const Config &Cfg,
                     llvm::StringRef Root, llvm::StringRef MainFile,
                     uint64_t MainHash);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_SUPPORTSUMMARIES_H
