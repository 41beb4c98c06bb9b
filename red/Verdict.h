//===--- Verdict.h - good red, bad red, pending or not red -----*- C++ -*-===//
//
// The rules of the method's step 6: a test is a good red when it fails at
// an assertion on a business outcome after the system was assembled, a bad
// red when it fails for a technical reason, pending while it is the
// skeleton `itdd gen tests` wrote, not red when it passes.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_VERDICT_H
#define ITDD_RED_VERDICT_H

#include "core/FailureSite.h"
#include "red/Outcome.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd::red {

enum class VerdictKind { GoodRed, BadRed, Pending, NotRed, Healthy };

/// "good-red", "bad-red", "pending", "not-red", "healthy": the JSON spelling.
llvm::StringRef verdictName(VerdictKind K);

using ::itdd::SiteFacts;

using SiteLookup = llvm::function_ref<std::optional<SiteFacts>(
    const TestOutcome &, const Failure &)>;

struct Verdict {
  VerdictKind Kind = VerdictKind::NotRed;
  std::string Reason;
  std::string File;
  unsigned Line = 0;
  /// The failing business outcome in words ("expected order.status to be
  /// Confirmed, was Pending").
  std::string Outcome;
  /// The expression the failing assertion checks, or the mock expectation
  /// ("EXPECT_CALL(system->email_sender, send(_))"): what the gap report
  /// traces through the dependency map.
  std::string Observed;
  /// The failing line as written, when the source was read.
  std::string LineText;
  /// The application classes the failing statement observes (-p only).
  std::vector<std::string> Observes;
};

/// The verdict on one test. Sites may say nothing (no source at hand).
Verdict judge(const TestOutcome &T, SiteLookup Sites);

/// The message a pending skeleton fails (or skips) with.
bool isPendingMessage(llvm::StringRef Message);

/// The test `itdd gen tests` writes per feature that only assembles the
/// system and reaches its mocks.
bool isHealthCheck(llvm::StringRef TestName);

/// "expected order.status to be Confirmed, was Pending" from a GoogleTest
/// failure message; the first line of the message when its form is not
/// one GoogleTest writes.
std::string outcomeInWords(llvm::StringRef Message, std::string *Observed);

} // namespace itdd::red

#endif // ITDD_RED_VERDICT_H
