//===--- Process.h - running a program under a watch -----------*- C++ -*-===//
//
// Runs a program (a GoogleTest binary, clang-tidy, a build command) in its
// own process group, reads its console output as it comes and kills the
// whole group when one test (or the time between two tests) outlasts the
// timeout.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SUPPORT_PROCESS_H
#define ITDD_SUPPORT_PROCESS_H

#include "llvm/ADT/StringRef.h"
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace itdd {

struct ProcessRequest {
  /// Argv[0] is the program.
  std::vector<std::string> Argv;
  /// Added to the environment.
  std::vector<std::pair<std::string, std::string>> Env;
  /// Seconds a test may run, and the process may go without starting or
  /// ending one; 0: no limit.
  unsigned TimeoutSeconds = 0;
  /// Where to run it; empty: here.
  std::string Directory;
  /// Called with each line of output (without its newline) as it comes, on
  /// the thread that called runProcess; null: none.
  std::function<void(llvm::StringRef Line)> OnLine;
};

struct ProcessResult {
  /// Standard output and standard error, as they came.
  std::string Output;
  bool Started = false;
  /// Why it could not start.
  std::string StartError;
  int ExitCode = 0;
  /// The signal that ended it, 0 if it exited.
  int Signal = 0;
  bool TimedOut = false;
};

ProcessResult runProcess(const ProcessRequest &Request);

/// Kills the process group of every program runProcess still runs. For a
/// signal handler (it only reads atomics and calls kill): their own process
/// group keeps them from the terminal's Ctrl-C, so an interrupted itdd
/// must end them itself.
void killRunningProcesses();

/// "SIGSEGV (segmentation fault)".
std::string signalDescription(int Signal);

} // namespace itdd

#endif // ITDD_SUPPORT_PROCESS_H
