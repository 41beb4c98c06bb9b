//===--- MockProbes.h - itdd red's re-runs under gdb ------------*- C++ -*-===//
//
// When whether a failing mock call came through an entry point decides a
// verdict and neither the message nor -p tells, `itdd red` re-runs the one
// test under gdb (red/CallStacks) and reads the call stack; the frames are
// judged by the entry points the project's configuration names.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_RED_MOCKPROBES_H
#define ITDD_TOOLS_RED_MOCKPROBES_H

#include "red/Outcome.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

class MockProbes {
public:
  /// Enabled: false for --no-probe. Shown: a path as the user sees it.
  MockProbes(llvm::StringRef Binary, llvm::ArrayRef<std::string> Args,
             unsigned TimeoutSeconds, bool Enabled,
             llvm::function_ref<std::string(llvm::StringRef)> Shown);
  ~MockProbes();
  MockProbes(const MockProbes &) = delete;
  MockProbes &operator=(const MockProbes &) = delete;

  /// Re-runs T alone under gdb: T gets its Traces, or a TraceNote that says
  /// why not.
  void probe(red::TestOutcome &T);

  /// Tests re-run so far.
  unsigned count() const { return Runs; }

private:
  std::string Binary;
  std::vector<std::string> Args;
  unsigned TimeoutSeconds;
  bool Enabled;
  llvm::function_ref<std::string(llvm::StringRef)> Shown;
  /// gdb's path, once looked for ("" when it is not on PATH).
  std::optional<std::string> Gdb;
  std::string WorkDir;
  unsigned Runs = 0;
};

} // namespace itdd

#endif // ITDD_TOOLS_RED_MOCKPROBES_H
