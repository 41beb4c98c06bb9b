//===--- FeatureFiles.h - the Gherkin files a command names ----*- C++ -*-===//
//
// Reads the --feature files of `itdd gen tests` and `itdd red`, directories
// expanded, with an error naming each file that cannot be read or parsed.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_FEATUREFILES_H
#define ITDD_GENERATORS_FEATUREFILES_H

#include "generators/TestSkeletons.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace itdd {

/// The parsed features, in the order named (a directory's sorted), or an
/// error with one message per file at fault (Tool opens those that are not
/// the Gherkin reader's own).
llvm::Expected<std::vector<FeatureSource>>
readFeatureFiles(llvm::ArrayRef<std::string> Named, llvm::StringRef Tool);

} // namespace itdd

#endif // ITDD_GENERATORS_FEATUREFILES_H
