//===--- VerdictWording.cpp - a decided verdict in words ------------------===//
//
// The reasons `itdd red` prints, the JSON carries and the gap report
// quotes, worded from a Decision and the outcome it was decided on.
//
//===----------------------------------------------------------------------===//

#include "red/FailureMessage.h"
#include "red/Verdict.h"
#include "support/Process.h"

namespace itdd::red {

namespace {

constexpr const char *PendingReason =
    "pending: the skeleton is not filled in yet";

std::string at(const std::string &File, unsigned Line) {
  return File.empty() ? std::string()
                      : " at " + File + ":" + std::to_string(Line);
}

std::string placeName(const std::optional<SiteFacts> &S) {
  if (!S)
    return "";
  switch (S->Where) {
  case SiteFacts::Place::SetUp:
    return S->Function.empty() ? "the set-up"
                               : "the set-up (" + S->Function + ")";
  case SiteFacts::Place::TearDown:
    return S->Function.empty() ? "the tear-down"
                               : "the tear-down (" + S->Function + ")";
  default:
    return S->Function;
  }
}

/// Where a test that ended abruptly was last seen: its last failure, or
/// the test itself.
std::string lastSeen(const TestOutcome &T) {
  const Failure *Last = T.Failures.empty() ? nullptr : &T.Failures.back();
  if (Last && !Last->File.empty())
    return " (last failure before it" + at(Last->File, Last->Line) + ")";
  return T.File.empty() ? "" : " (the test" + at(T.File, T.Line) + ")";
}

/// The reason of a verdict that how the test ended decided (no failure
/// did).
std::string endingReason(const TestOutcome &T, const Decision &D) {
  switch (D.Why) {
  case Cause::SuiteSetUpFailed:
    return "set-up failed: " +
           (D.Detail.empty() ? "SetUpTestSuite of " + T.Suite +
                                   " failed: " + firstLine(T.SuiteSetupFailure)
                             : D.Detail + " (suite " + T.Suite + ")");
  case Cause::Aborted:
    return "aborted: " + signalDescription(T.Signal) + lastSeen(T);
  case Cause::Crashed:
    return "crashed: " + signalDescription(T.Signal) + lastSeen(T);
  case Cause::TimedOut:
    return "timeout: " +
           (T.MissingReason.empty() ? "no result after " +
                                          std::to_string(T.TimeoutSeconds) +
                                          " s; killed"
                                    : T.MissingReason) +
           lastSeen(T);
  case Cause::Exited:
    return "exited: the process ended with exit code " +
           std::to_string(T.ExitCode) + " in the middle of the test" +
           lastSeen(T);
  case Cause::NoResult:
    return "no result: " + T.MissingReason;
  case Cause::HealthCheckPassed:
    return "passed: the system assembles and its mocks are reachable";
  case Cause::Passed:
    return "passed: it is not red; make it fail at the business outcome "
           "the scenario asks for";
  case Cause::PendingSkip:
    return PendingReason;
  case Cause::Skipped:
    return "skipped: " + (T.SkipMessage.empty() ? std::string("GTEST_SKIP()")
                                                : firstLine(T.SkipMessage));
  default:
    return "";
  }
}

/// The reason of a verdict that one of the test's failures, Deciding,
/// decided.
std::string failureReason(const Failure &Deciding, const Decision &D) {
  std::string Where = D.File.empty() ? "" : at(D.File, D.Line);
  switch (D.Why) {
  case Cause::SetUpThrew:
    return "set-up failed: " + D.Detail;
  case Cause::BodyThrew:
    return "uncaught exception: " + D.Detail;
  case Cause::MockMisused:
    return "mock misconfigured: " + D.Detail +
           "; set the expectation or use a NiceMock";
  case Cause::TearDownThrew:
    return "tear-down failed: " + D.Detail;
  case Cause::SetUpAssertion:
  case Cause::TearDownAssertion:
    return (D.Why == Cause::SetUpAssertion ? "set-up failed: "
                                           : "tear-down failed: ") +
           std::string("an assertion in ") + placeName(D.Site) + " failed: " +
           outcomeInWords(Deciding.Message, nullptr);
  case Cause::PendingFailure:
    return PendingReason;
  case Cause::UnmetExpectation:
    return "an expected call on a boundary mock did not happen" + Where;
  case Cause::SetupOnlyAssertion:
    return "set-up assertion: the failing assertion" + Where +
           " only checks that the system was assembled";
  case Cause::UiDetailAssertion:
    return "ui detail: the failing assertion" + Where +
           " checks a rendering detail, not a business outcome";
  case Cause::BeforeEntryPoint:
    return "before the entry point: the test failed" + Where +
           " before it called an entry point";
  case Cause::BusinessAssertion:
    if (!D.Site)
      return "failed at a business assertion" + Where +
             " (judged from the failure message only; source not found)";
    if (!D.Site->FromAnalysis)
      return "failed at a business assertion" + Where +
             " (judged from the source text; -p BUILD_DIR for the analysis)";
    return "failed at a business assertion" + Where;
  default:
    return "";
  }
}

/// Whether the first failure decided: the verdict then quotes the outcome
/// it shows.
bool decidedByFirstFailure(Cause Why) {
  return Why == Cause::UnmetExpectation || Why == Cause::SetupOnlyAssertion ||
         Why == Cause::UiDetailAssertion || Why == Cause::BeforeEntryPoint ||
         Why == Cause::BusinessAssertion;
}

} // namespace

Verdict describe(const TestOutcome &T, const Decision &D) {
  Verdict V;
  V.Kind = D.Kind;
  V.File = D.File;
  V.Line = D.Line;
  V.Reason = D.FailureIndex ? failureReason(T.Failures[*D.FailureIndex], D)
                            : endingReason(T, D);
  if (D.Site && (D.Why == Cause::SetUpAssertion ||
                 D.Why == Cause::TearDownAssertion))
    V.LineText = D.Site->LineText;
  if (!decidedByFirstFailure(D.Why))
    return V;
  V.Outcome = outcomeInWords(T.Failures.front().Message, &V.Observed);
  if (D.Site) {
    V.LineText = D.Site->LineText;
    V.Observes = D.Site->Observes;
    V.Stubs = D.Site->Stubs;
    for (const std::string &Stub : V.Stubs)
      V.Reason += "; `" + Stub + "`: a stub; implement it";
  }
  return V;
}

} // namespace itdd::red
