//===--- Diagnostics.h - clang-tidy's findings, read back ------*- C++ -*-===//
//
// Reads what clang-tidy reports, from its console output or from the YAML
// of --export-fixes, into plain diagnostics with their notes, so that
// `itdd sarif` can hand them to code-scanning dashboards. No Clang types.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SARIF_DIAGNOSTICS_H
#define ITDD_SARIF_DIAGNOSTICS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd::sarif {

enum class Level { Note, Warning, Error };

/// A place in a source file; Line and Column are 1-based, 0 when unknown
/// (a finding without a location, or a file that could not be read).
struct Place {
  std::string File;
  unsigned Line = 0, Column = 0;
  bool operator==(const Place &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

struct Note {
  Place At;
  std::string Message;
  bool operator==(const Note &O) const {
    return At == O.At && Message == O.Message;
  }
};

struct Diagnostic {
  /// The check's name ("itdd-internal-mock", "clang-diagnostic-error").
  std::string Check;
  Level Severity = Level::Warning;
  std::string Message;
  Place At;
  std::vector<Note> Notes;
  bool operator==(const Diagnostic &O) const {
    return Check == O.Check && Severity == O.Severity &&
           Message == O.Message && At == O.At && Notes == O.Notes;
  }
};

/// What clang-tidy's console output holds.
struct ClangTidyText {
  std::vector<Diagnostic> Diags;
  /// The text is clang-tidy's (or run-clang-tidy's) output: empty, as a
  /// clean run prints nothing, or holding a line only they write (a
  /// diagnostic, "3 warnings generated.", "Suppressed 9 warnings ...").
  bool IsClangTidyOutput = false;
};

/// The diagnostics of clang-tidy's console output: `file:line:col: level:
/// message [check]` lines with the notes that follow them; source
/// excerpts, caret lines and summaries ("3 warnings generated.") are
/// skipped. Errors with no line are results too, so that a failed run is
/// never an empty log: `error: no input files [clang-diagnostic-error]`,
/// clang-tidy's own "Error while processing FILE." and "Error: ..." (with
/// the lines that explain it), and run-clang-tidy's "FILE: terminated by
/// signal N"; a warning with no place is kept as well.
ClangTidyText readClangTidyText(llvm::StringRef Text);

/// The diagnostics of readClangTidyText.
inline std::vector<Diagnostic> parseClangTidyText(llvm::StringRef Text) {
  return readClangTidyText(Text).Diags;
}

/// Reads a source file for parseExportFixes; nullopt when it cannot.
using FileReader =
    llvm::function_ref<std::optional<std::string>(llvm::StringRef Path)>;

/// The diagnostics of an --export-fixes YAML file. Offsets become lines
/// and columns by reading the files through Read; the files that cannot be
/// read are added to Unreadable (sorted, unique) and their places keep no
/// line. Fails on YAML that is not an export of clang-tidy.
llvm::Expected<std::vector<Diagnostic>>
parseExportFixes(llvm::StringRef Yaml, FileReader Read,
                 std::vector<std::string> &Unreadable);

/// Drops repeated diagnostics (clang-tidy reports a header's findings once
/// per translation unit that includes it), keeping the first of each.
std::vector<Diagnostic> deduplicate(std::vector<Diagnostic> Diags);

/// 1-based line and column of a byte offset into Text.
Place placeOfOffset(llvm::StringRef Text, size_t Offset);

} // namespace itdd::sarif

#endif // ITDD_SARIF_DIAGNOSTICS_H
