//===--- FeatureFiles.h - the Gherkin files a command names ----*- C++ -*-===//
//
// Reads the --feature files of `itdd gen tests` and `itdd red`, directories
// expanded, with an error naming each file that cannot be read or parsed.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_SUPPORT_FEATUREFILES_H
#define ITDD_TOOLS_SUPPORT_FEATUREFILES_H

#include "generators/TestSkeletons.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// The parsed features, in the order named (a directory's sorted); nullopt
/// after printing what is wrong.
std::optional<std::vector<FeatureSource>>
readFeatureFiles(llvm::ArrayRef<std::string> Named, llvm::StringRef Tool);

} // namespace itdd

#endif // ITDD_TOOLS_SUPPORT_FEATUREFILES_H
