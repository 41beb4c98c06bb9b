//===--- SourceSites.h - failure sites read from the source text -*- C++ -*-===//
//
// Where a failing line sits (a test body, SetUp, a fixture constructor, a
// factory, a helper) read from the source text alone: what `itdd red` knows
// when it has no compilation database to run the analysis with.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_SOURCESITES_H
#define ITDD_RED_SOURCESITES_H

#include "core/SourceText.h"
#include "red/Verdict.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd::red {

class SourceSites {
public:
  /// Relative paths in failures are looked up here, then in these
  /// directories (the build directory, the binary's).
  explicit SourceSites(std::vector<std::string> SearchDirs)
      : SearchDirs(std::move(SearchDirs)) {}

  std::optional<SiteFacts> site(const TestOutcome &T, const Failure &F);

  /// The path it was found at.
  std::string resolve(llvm::StringRef File) const;

private:
  struct Source {
    std::vector<std::string> Lines;
    std::vector<EnclosingBlock> Blocks;
    /// The code of the fixture constructors' and SetUp's bodies, comments
    /// and literals blanked.
    std::string SetUpCode;
  };
  const Source *read(llvm::StringRef File);

  std::vector<std::string> SearchDirs;
  llvm::StringMap<std::optional<Source>> Cache;
};

/// SetUp, TearDown, the test body or a helper, from a block's header.
SiteFacts::Place placeOfHeader(llvm::StringRef Header, std::string &Function);

/// Code calls a function named Name ("Reopen(", "this->Reopen (").
bool callsByName(llvm::StringRef Code, llvm::StringRef Name);

} // namespace itdd::red

#endif // ITDD_RED_SOURCESITES_H
