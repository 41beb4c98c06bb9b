//===--- Baseline.h - findings a team has accepted for now -----*- C++ -*-===//
//
// A baseline records the findings of a code base on the day the checks were
// adopted, so that only new ones are reported. Each finding is keyed on what
// survives edits: the check, the file (relative to the baseline), the test
// it belongs to and the classes or members it names. Line numbers are kept
// for people reading the file, never for matching.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_BASELINE_H
#define ITDD_CORE_BASELINE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace itdd {

/// The name of the environment variable under which the checks append
/// every finding they report, one JSON object per line, instead of
/// consulting the baseline: what `itdd baseline` collects.
inline constexpr const char *BaselineRecordVariable = "ITDD_BASELINE_RECORD";

struct BaselineKey {
  std::string Check;
  /// Relative to the baseline file's directory, with forward slashes.
  std::string File;
  /// "Suite.Name" of the test the finding is in; empty outside tests (a
  /// fixture, a helper class, a macro).
  std::string Test;
  /// The classes, members or macros the finding names, in message order.
  std::vector<std::string> Names;

  bool operator<(const BaselineKey &O) const {
    return std::tie(Check, File, Test, Names) <
           std::tie(O.Check, O.File, O.Test, O.Names);
  }
};

/// One recorded finding: its key and, for people, the line it was on.
struct RecordedFinding {
  BaselineKey Key;
  unsigned Line = 0;
};

class Baseline {
public:
  /// Reads a baseline file's text; the error names what is wrong and where.
  static llvm::Expected<Baseline> parse(llvm::StringRef Text);
  /// Collects recorded findings, counting repeats of one key.
  static Baseline fromFindings(const std::vector<RecordedFinding> &Findings);

  /// The baseline as JSON text: one finding per line, sorted, so that a
  /// change to it reads well in a review.
  std::string toJson() const;

  /// Takes one occurrence of Key out of the baseline: true when it held one
  /// (the finding is old), false when the finding is new.
  bool consume(const BaselineKey &Key);

  size_t size() const;

private:
  struct Entry {
    unsigned Count = 0;
    /// The lines the occurrences were on when recorded.
    std::vector<unsigned> Lines;
  };
  std::map<BaselineKey, Entry> Entries;
};

/// Reads the lines the checks append under BaselineRecordVariable. File
/// paths in them are absolute; Root makes them relative. Lines that do not
/// parse are reported through Error with their number and skipped.
std::vector<RecordedFinding>
parseRecordedFindings(llvm::StringRef Text, llvm::StringRef Root,
                      std::vector<std::string> *Errors);

/// One recorded line for a finding at an absolute path.
std::string recordedFindingLine(const BaselineKey &Key, unsigned Line);

/// Path relative to Root, with forward slashes; Path as given when it is
/// not under Root.
std::string baselineRelativePath(llvm::StringRef Path, llvm::StringRef Root);

} // namespace itdd

#endif // ITDD_CORE_BASELINE_H
