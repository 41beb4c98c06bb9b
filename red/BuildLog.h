//===--- BuildLog.h - compile and link errors of a build -------*- C++ -*-===//
//
// The first error of each source file a failed build reports, compiler and
// linker alike, so that `itdd red --build` can call every test file that
// does not build a bad red with its error quoted.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_BUILDLOG_H
#define ITDD_RED_BUILDLOG_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace itdd::red {

struct BuildError {
  /// The source file being compiled (the one that includes a header with
  /// the error), or the object's source for a link error.
  std::string File;
  /// Where the error is (a header, or File itself) and what it says.
  std::string At;
  unsigned Line = 0;
  std::string Message;
  bool Link = false;
};

/// One error per source file, in the order the log shows them.
std::vector<BuildError> parseBuildLog(llvm::StringRef Log);

} // namespace itdd::red

#endif // ITDD_RED_BUILDLOG_H
