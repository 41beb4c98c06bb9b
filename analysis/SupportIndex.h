//===--- SupportIndex.h - test support other files define, from the map -*- C++
//-*-===//
//
// The summaries of test support `itdd map` wrote (a map file or a
// directory of shards), as the checks read them through itdd.Map: what a
// test gains by calling a helper defined in another translation unit. A
// summary whose source changed since the map was written is not used.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_SUPPORTINDEX_H
#define ITDD_ANALYSIS_SUPPORTINDEX_H

#include "analysis/walk/TestWalk.h"
#include "core/TestSupport.h"
#include <map>
#include <string>

namespace itdd {

class MapSupportIndex : public SupportIndex {
public:
  /// The index of the map file or shard directory that Option (the
  /// itdd.Map value) names; a relative path is looked up from FromDir
  /// upwards. Loaded once per process. Null, with Problem saying what is
  /// wrong and what to do, when it cannot be used.
  static const MapSupportIndex *
  load(llvm::StringRef Option, llvm::StringRef FromDir, std::string &Problem);

  explicit MapSupportIndex(const std::vector<SupportFunction> &Functions);

  std::optional<SupportEffects> effectsOf(llvm::StringRef Key,
                                          std::string &Reason) const override;

  size_t size() const { return Functions.size(); }

private:
  struct Answer {
    std::optional<SupportEffects> Effects;
    std::string Reason;
  };
  /// Key's answer. A helper on a cycle of calls is complete only once the
  /// resolution returns to the cycle's first helper: Open is lowered to the
  /// depth of the earliest helper still being resolved that Key's calls
  /// reached, and an answer that reached one above Depth is not kept.
  Answer resolve(const std::string &Key, unsigned Depth, unsigned &Open) const;
  /// Whether File still has the content it had when summarised.
  bool unchanged(const SupportFunction &F) const;

  std::map<std::string, SupportFunction, std::less<>> Functions;
  mutable std::map<std::string, Answer, std::less<>> Answers;
  /// The helpers being resolved, at their depth.
  mutable std::map<std::string, unsigned, std::less<>> Resolving;
  mutable std::map<std::string, uint64_t> Hashes;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_SUPPORTINDEX_H
