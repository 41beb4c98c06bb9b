//===--- CommonOptions.h - options of both itdd map and itdd gen -*- C++ -*-===//
//
// The options that say which code base to map and how (build directory,
// output, parallelism, the shard cache): declared once, for both commands.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_COMMONOPTIONS_H
#define ITDD_TOOLS_COMMONOPTIONS_H

#include "analysis/ProjectConfig.h"
#include "analysis/map/MapBuilder.h"
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

/// Says what a map run reports, as `itdd map` and `itdd gen` do: warnings
/// (unless --quiet), each translation unit that could not be mapped, and a
/// progress line while stderr is a terminal.
/// Prints the problems of a configuration to stderr, each once per run
/// (directories that share a .clang-tidy share its problems).
void printConfigProblems(const ProjectConfig &Config);

class MapReporter : public MapListener {
public:
  MapReporter(llvm::StringRef Tool, bool Quiet);
  /// Clears the progress line.
  ~MapReporter() override;
  void warning(llvm::StringRef Message) override;
  void configurationProblem(llvm::StringRef Message) override;
  void unitDone(size_t Done, size_t Total, llvm::StringRef File,
                llvm::StringRef Error) override;
  /// Says why a run could not start (unless the configuration reader has
  /// already said it) and returns the exit code for it.
  int cannotStart(llvm::Error E);

private:
  std::string Tool;
  bool Quiet;
  bool ShowProgress;
};

} // namespace itdd

#endif // ITDD_TOOLS_COMMONOPTIONS_H
