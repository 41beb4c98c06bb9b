//===--- Paths.h - file system helpers of the itdd tool --------*- C++ -*-===//
//
// Absolute paths and best-effort clean-up of temporaries, shared by the
// commands that read compilation databases and write output files.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SUPPORT_PATHS_H
#define ITDD_SUPPORT_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

/// Path made absolute against the working directory, with . and ..
/// resolved; unchanged when the working directory cannot be read.
std::string absolutePath(llvm::StringRef Path);

/// To as a path from the directory FromDir ("../include/a.h"); both
/// absolute.
std::string pathFrom(llvm::StringRef FromDir, llvm::StringRef To);

/// The path Relative names: as it is when absolute, else the first
/// StartDir/Relative that exists, StartDir and then each of its parents;
/// empty when none does.
std::string findInParents(llvm::StringRef StartDir, llvm::StringRef Relative);

/// Removes a temporary file this run created. Failing to remove it leaves
/// litter but changes nothing the user asked for, so it is not an error.
void removeTemporary(llvm::StringRef Path);

} // namespace itdd

#endif // ITDD_SUPPORT_PATHS_H
