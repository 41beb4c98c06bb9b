//===--- AnalysedSites.h - failure sites through the analysis --*- C++ -*-===//
//
// `itdd red -p BUILD`: parses the test files failures point into, with
// their compile commands, and asks the analysis that drives the checks
// what each failing line is.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ANALYSEDSITES_H
#define ITDD_ANALYSIS_ANALYSEDSITES_H

#include "core/FailureSite.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>
#include <vector>

namespace itdd {

/// (absolute file, line) -> facts.
using AnalysedSites = std::map<std::pair<std::string, unsigned>, SiteFacts>;

/// Facts for the Lines of each file the compilation database in BuildPath
/// compiles; other files (headers, files not in the database) are left
/// out. An error when the database cannot be read.
llvm::Expected<AnalysedSites>
analyseFailureSites(llvm::StringRef BuildPath,
                    const std::map<std::string, std::vector<unsigned>> &Lines);

} // namespace itdd

#endif // ITDD_ANALYSIS_ANALYSEDSITES_H
