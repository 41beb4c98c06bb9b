//===--- TidyOptions.h - the itdd keys of clang-tidy's options -*- C++ -*-===//
//
// Picks the itdd.* keys out of the options clang-tidy merged for a file, the
// one way both the checks and the itdd tool read them, so the two halves
// give every class the same role.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_TIDYOPTIONS_H
#define ITDD_ANALYSIS_TIDYOPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include <clang-tidy/ClangTidyOptions.h>
#include <map>
#include <string>
#include <vector>

namespace itdd {

/// The itdd keys of one merged clang-tidy configuration.
struct ItddOptions {
  /// Every global itdd.* key (known or not: Config reports the unknown
  /// ones) and its value: what Config::fromOptions takes.
  std::map<std::string, std::string> Values;
  /// Check-local spellings such as itdd-internal-mock.itdd.EntryPoints.
  /// The roles are one answer for every itdd check and the map, so these
  /// are not read; they are reported instead.
  std::vector<std::string> IgnoredLocalKeys;
};

/// The itdd keys of the options clang-tidy merged for one file.
ItddOptions
itddOptions(const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions);

/// What to tell the user about a check-local itdd key.
std::string ignoredLocalKeyMessage(llvm::StringRef LocalKey);

/// The source of the effective value of Key: of clang-tidy's raw sources
/// (in increasing priority) the last that sets Key to Value; "" if none
/// does.
std::string optionOrigin(
    llvm::ArrayRef<clang::tidy::ClangTidyOptionsProvider::OptionsSource>
        Sources,
    llvm::StringRef Key, llvm::StringRef Value);

/// For each of Keys, "Path:LINE" of the line of the configuration file at
/// Path that sets it (a YAML mapping key, quoted or not; the last one,
/// which wins); Path alone when no line does or the file cannot be read.
/// The file is read once.
std::map<std::string, std::string>
keyLocations(llvm::StringRef Path, llvm::ArrayRef<std::string> Keys);

/// The effective itdd values as text: what a cached result is keyed on.
std::string fingerprintOf(const std::map<std::string, std::string> &Values);

} // namespace itdd

#endif // ITDD_ANALYSIS_TIDYOPTIONS_H
