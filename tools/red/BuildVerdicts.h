//===--- BuildVerdicts.h - itdd red's verdicts on a failed build -*- C++ -*-===//
//
// `itdd red --build` when the build fails: each test file with a compile or
// link error is a bad red quoting its first error; with -p, each test of a
// file that does not compile is judged on its own: missing-api when all it
// lacks is API of the project that does not exist yet, bad-red for any
// other error, blocked-by-build when another test's error keeps it from
// building.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_RED_BUILDVERDICTS_H
#define ITDD_TOOLS_RED_BUILDVERDICTS_H

#include "red/BuildLog.h"
#include "red/Report.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace itdd {

/// The verdicts on the test files of Errors (files other than tests are
/// left out). BuildPath: the -p directory, or empty. Shown: a path as the
/// user sees it.
std::vector<red::JudgedTest>
judgeBuildErrors(llvm::ArrayRef<red::BuildError> Errors,
                 llvm::StringRef BuildPath,
                 llvm::function_ref<std::string(llvm::StringRef)> Shown);

} // namespace itdd

#endif // ITDD_TOOLS_RED_BUILDVERDICTS_H
