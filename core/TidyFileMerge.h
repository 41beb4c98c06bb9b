//===--- TidyFileMerge.h - a proposal merged into a .clang-tidy -*- C++ -*-===//
//
// Merges the keys `itdd init` proposes into the text of an existing
// .clang-tidy: what the user wrote stays as written, line for line; keys
// it lacks are added to its CheckOptions (block mapping or list of
// key/value pairs) with their evidence as comments; keys it sets to
// another value are kept and reported. And the unified diff of two texts,
// to show what the merge would change.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_TIDYFILEMERGE_H
#define ITDD_CORE_TIDYFILEMERGE_H

#include "core/ConfigProposal.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <string>
#include <vector>

namespace itdd {

/// A key the user set to another value than the proposal's.
struct KeptValue {
  std::string Key, Yours, Proposed;
};

struct TidyFileMerge {
  /// The merged text; the existing text when nothing is added.
  std::string Text;
  std::vector<std::string> Added;
  std::vector<KeptValue> Kept;
  /// Why the keys cannot be added to this text (a CheckOptions written in
  /// flow style); empty when they can.
  std::string Problem;
};

/// Merges P into Existing, whose own CheckOptions (as clang-tidy read
/// them) are UserOptions.
TidyFileMerge
mergeIntoTidyFile(llvm::StringRef Existing,
                  const std::map<std::string, std::string> &UserOptions,
                  const ConfigProposal &P);

/// A unified diff (three lines of context) from Old to New, with the
/// file names of its header; empty when they are equal.
std::string unifiedDiff(llvm::StringRef Old, llvm::StringRef New,
                        llvm::StringRef OldName, llvm::StringRef NewName);

} // namespace itdd

#endif // ITDD_CORE_TIDYFILEMERGE_H
