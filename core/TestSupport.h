//===--- TestSupport.h - what test support defined elsewhere does -*- C++ -*-===//
//
// The summary `itdd map` keeps of each function of test support a
// translation unit defines (a step, a fixture's out-of-line set-up, a
// helper that builds the system): what a test that calls it reaches,
// builds and asserts through it. The checks read these summaries, from
// the map itdd.Map names, to judge a test whose helpers are defined in
// another file instead of leaving it unjudged. No Clang types: summaries
// travel in the map's JSON.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_TESTSUPPORT_H
#define ITDD_CORE_TESTSUPPORT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// What a test gains by calling one function of test support, its own
/// callees followed.
struct SupportEffects {
  bool CallsEntryPoint = false;
  /// Calls a facade that assembles the system out of sight.
  bool CallsFacade = false;
  /// The first call that starts a program: "launcher (FILE:LINE)".
  std::string StartsProgram;
  /// The application components it builds for real, those they own
  /// included (qualified names, sorted, unique).
  std::vector<std::string> Components;
  /// Assertions that check an outcome, and those that only check set-up.
  unsigned OutcomeChecks = 0;
  unsigned SetupChecks = 0;
  /// EXPECT_CALLs on mocks of boundaries, and on internal components.
  unsigned BoundaryExpectations = 0;
  unsigned InternalExpectations = 0;

  /// Adds Other's effects. FromLifecycle: called from a fixture's set-up
  /// or tear-down, where assertions check every test's set-up and
  /// expectations on boundaries are not one test's outcome.
  void merge(const SupportEffects &Other, bool FromLifecycle = false);
};

struct SupportFunction {
  /// The function's signature (supportKey in analysis/ast/Decls.h): the
  /// same in every translation unit that declares it.
  std::string Key;
  std::string Name; ///< Qualified, for messages.
  std::string File; ///< Absolute path of its definition.
  unsigned Line = 0;
  /// The content hash of File when it was summarised: a different one
  /// means the summary is older than the source.
  uint64_t Hash = 0;
  SupportEffects Effects;
  /// Keys of test support it calls that its own file does not define.
  std::vector<std::string> Calls;
  /// Why its own walk stops short (empty when it was followed to the end).
  std::string Undecided;

  bool operator<(const SupportFunction &O) const { return Key < O.Key; }
};

llvm::json::Value toJSON(const SupportFunction &F);
std::optional<SupportFunction> supportFunctionFromJSON(const llvm::json::Value &V);

/// Sorts by key; of functions with the same key the first is kept.
void normalizeSupport(std::vector<SupportFunction> &Functions);

} // namespace itdd

#endif // ITDD_CORE_TESTSUPPORT_H
