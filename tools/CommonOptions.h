//===--- CommonOptions.h - options of both itdd map and itdd gen -*- C++ -*-===//
//
// The options that say which code base to map and how (build directory,
// output, parallelism, the shard cache): declared once, for both commands.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_COMMONOPTIONS_H
#define ITDD_TOOLS_COMMONOPTIONS_H

#include "analysis/MapBuilder.h"
#include "llvm/Support/CommandLine.h"
#include <string>

namespace itdd {

extern llvm::cl::opt<std::string> BuildPath;
extern llvm::cl::opt<std::string> Output;
extern llvm::cl::opt<unsigned> Jobs;
extern llvm::cl::opt<std::string> ShardDir;
extern llvm::cl::opt<bool> NoCache;
extern llvm::cl::opt<bool> Quiet;
extern llvm::cl::opt<std::string> ConfigFile;
extern llvm::cl::opt<std::string> ConfigText;

/// A MapJob filled from the common options.
MapJob mapJobFromOptions(llvm::StringRef Tool,
                         const std::vector<std::string> &Files);

} // namespace itdd

#endif // ITDD_TOOLS_COMMONOPTIONS_H
