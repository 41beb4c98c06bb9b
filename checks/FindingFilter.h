//===--- FindingFilter.h - clang-tidy --------------------------*- C++ -*-===//
//
// Decides which findings of the itdd checks are reported: those not held by
// the baseline named in itdd.Baseline. Under ITDD_BASELINE_RECORD it
// consults no baseline and appends every finding to that file instead,
// which is how `itdd baseline` learns them.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_FINDINGFILTER_H
#define ITDD_CHECKS_FINDINGFILTER_H

#include "core/Baseline.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include <map>
#include <optional>
#include <string>

namespace clang {
class SourceManager;
}

namespace clang::tidy::itdd {

/// One finding as the checks describe it.
struct Finding {
  StringRef Check;
  SourceLocation Loc;
  /// "Suite.Name" of the test it is in; empty outside tests.
  std::string Test;
  /// What the message names, in its order.
  llvm::ArrayRef<std::string> Names;
};

class FindingFilter {
public:
  FindingFilter();

  /// Starts a translation unit: every baseline holds its full counts again.
  void reset();

  /// Whether F is to be reported. BaselineOption is the itdd.Baseline
  /// value; a problem with it (missing or unreadable file) is put in
  /// Problem, and then every finding is reported.
  bool isNew(const Finding &F, const SourceManager &SM,
             StringRef BaselineOption, std::string &Problem);

private:
  struct LoadedBaseline {
    std::optional<::itdd::Baseline> Original;
    /// The directory its file paths are relative to.
    std::string Dir;
    std::string Error;
  };

  /// The baseline BaselineOption names, looked up from the main file's
  /// directory upwards, loaded once per process.
  LoadedBaseline &load(StringRef BaselineOption, const SourceManager &SM);
  /// Appends F to RecordPath; the problem, if it could not.
  std::string record(const Finding &F, const SourceManager &SM);

  std::string RecordPath;
  std::map<std::string, LoadedBaseline> Loaded;
  /// What is left of each baseline for the current unit.
  std::map<const LoadedBaseline *, ::itdd::Baseline> Remaining;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_FINDINGFILTER_H
