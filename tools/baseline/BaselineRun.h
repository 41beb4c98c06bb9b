//===--- BaselineRun.h - recording a baseline ------------------*- C++ -*-===//
//
// What `itdd baseline` does, as a function other commands call: `itdd
// init --baseline` records today's findings right after writing the
// configuration they are judged under.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_BASELINE_BASELINERUN_H
#define ITDD_TOOLS_BASELINE_BASELINERUN_H

#include <string>
#include <vector>

namespace itdd {

struct BaselineRequest {
  /// The build directory holding compile_commands.json.
  std::string BuildPath;
  /// The files to check; empty: the integration test files of the
  /// database, as the configuration names them.
  std::vector<std::string> Files;
  std::string Output = ".itdd-baseline.json";
  /// Findings recorded in the user's own clang-tidy run, instead of
  /// running clang-tidy.
  std::vector<std::string> RecordedInputs;
  std::string ClangTidy = ITDD_CLANG_TIDY;
  /// The plugin; empty: lib/libitdd_tidy.so beside this itdd's bin/.
  std::string Plugin;
  std::string Checks = "-*,itdd-*";
  /// The clang-tidy configuration file to give clang-tidy
  /// (--config-file); empty: the .clang-tidy files.
  std::string ConfigFile;
  /// Replace an output that is not a baseline.
  bool Force = false;
  unsigned Jobs = 0;
  bool Quiet = false;
};

/// Records the baseline: exit code 0 when written, 1 when written but
/// clang-tidy could not check some files, 2 on bad usage or input (then
/// nothing is written).
int recordBaseline(const BaselineRequest &R);

} // namespace itdd

#endif // ITDD_TOOLS_BASELINE_BASELINERUN_H
