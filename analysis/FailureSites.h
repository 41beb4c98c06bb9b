//===--- FailureSites.h - the source at the lines tests failed on -*- C++ -*-===//
//
// For `itdd red -p BUILD`: what the analysis that drives the checks says
// about the lines of a test file that failures point at: the function the
// line is in, whether the assertion there only checks the assembly, and
// whether the test went through an entry point before it.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_FAILURESITES_H
#define ITDD_ANALYSIS_FAILURESITES_H

#include "core/Config.h"
#include "core/FailureSite.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"
#include <map>

namespace itdd {

/// The facts for each of Lines (1-based) of the main file of Ctx that lies
/// inside a function; lines outside any are left out.
std::map<unsigned, SiteFacts> describeFailureLines(clang::ASTContext &Ctx,
                                                   const Config &Cfg,
                                                   llvm::ArrayRef<unsigned> Lines);

} // namespace itdd

#endif // ITDD_ANALYSIS_FAILURESITES_H
