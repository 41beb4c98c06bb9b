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

/// "today() on 'billing::MockClock'", or "today()" when the mock's class
/// is not known.
std::string callOn(const MockFacts &M) {
  return M.Failure.Call +
         (M.MockClass.empty() ? "" : " on '" + M.MockClass + "'");
}

/// What a failed call did, in words: "a call with other arguments".
std::string callWords(const MockFacts &M) {
  std::string Call = callOn(M);
  switch (M.Failure.Kind) {
  case MockFailureKind::OverSaturated:
    return "one call too many, " + Call;
  case MockFailureKind::ArgumentMismatch:
    return "a call with other arguments, " + Call;
  case MockFailureKind::OrderViolation:
    return "a call out of its sequence, " + Call;
  default:
    return "an unexpected call, " + Call;
  }
}

/// How the call failed against its expectation: " (expected to be called
/// once, called twice)".
std::string mismatch(const MockFacts &M) {
  return M.Failure.Mismatch.empty() ? "" : " (" + M.Failure.Mismatch + ")";
}

/// The reason of a verdict a GoogleMock failure decided.
std::string mockReason(const Decision &D, const MockFacts &M,
                       const std::string &Where) {
  std::string Through =
      M.Through.empty() ? "the entry point" : "'" + M.Through + "'";
  switch (D.Why) {
  case Cause::MockMisused:
    return "mock misconfigured: uninteresting mock function call " +
           callOn(M) + ": a StrictMock fails on any call no expectation names; set the "
           "expectation or use a NiceMock";
  case Cause::ExpectationOnUnusedMock:
    return "mock misconfigured: the expectation" + Where + " is set on '" +
           M.NeverHandedOver +
           "', which the test never hands to the system, so no call can "
           "meet it; set it on the mock the system uses";
  case Cause::MockOfInternalClass:
    return "internal mock: the expectation" + Where + " is on a mock of '" +
           M.Mocked + "', the application's own class (" +
           mockFailureKindName(M.Failure.Kind).str() +
           "); use the real component";
  case Cause::StubOverSaturated:
    return "over-saturated stub: " + callOn(M) +
           " was called more often than the expectation" + Where + " allows" +
           mismatch(M) +
           ": it hands out a value, so its count is the test's mistake, not "
           "a business outcome; give the value with WillRepeatedly or ON_CALL";
  case Cause::MockCallBeforeEntryPoint:
    if (M.Failure.Kind == MockFailureKind::NeverCalled)
      return "before the entry point: the expected call" + Where +
             " never came, and the test never calls an entry point";
    return "before the entry point: " + callWords(M) + ", against the "
           "expectation" + Where + mismatch(M) + ", came from the test's own "
           "code" + (M.From.empty() ? "" : " at " + M.From) +
           ", not from the system through an entry point";
  case Cause::UnmetExpectation:
    return "an expected call on a boundary mock did not happen" + Where;
  case Cause::MockCallThroughEntryPoint:
    switch (M.Failure.Kind) {
    case MockFailureKind::OverSaturated:
      return "the system called " + callOn(M) + " through " +
             Through + " more often than the expectation" + Where +
             " allows" + mismatch(M);
    case MockFailureKind::ArgumentMismatch:
      return "the system called " + callOn(M) + " through " +
             Through + " with other arguments than the expectation" + Where +
             mismatch(M);
    case MockFailureKind::OrderViolation:
      return "the system called " + callOn(M) + " through " +
             Through + " before the calls the expectation" + Where +
             " comes after";
    default:
      return "the system made a call no expectation matches, " + callOn(M) +
             ", through " + Through + " (the expectation" +
             Where + mismatch(M) + ")";
    }
  case Cause::MockOrderUndecided:
    return "undecided: " + callWords(M) + ", against the expectation" + Where +
           mismatch(M) +
           "; whether the system made it through an entry point is not "
           "known: " +
           M.OrderUnknownBecause;
  default:
    return "";
  }
}

/// The reason of a verdict that one of the test's failures, Deciding,
/// decided.
std::string failureReason(const Failure &Deciding, const Decision &D) {
  std::string Where = D.File.empty() ? "" : at(D.File, D.Line);
  if (const std::optional<MockFacts> &M = D.Mock)
    return mockReason(D, *M, Where);
  switch (D.Why) {
  case Cause::SetUpThrew:
    return "set-up failed: " + D.Detail;
  case Cause::BodyThrew:
    return "uncaught exception: " + D.Detail;
  case Cause::TearDownThrew:
    return "tear-down failed: " + D.Detail;
  case Cause::SetUpAssertion:
  case Cause::TearDownAssertion:
    return (D.Why == Cause::SetUpAssertion ? "set-up failed: "
                                           : "tear-down failed: ") +
           std::string("an assertion in ") + placeName(D.Site) +
           (D.Detail.empty() ? "" : ", called from " + D.Detail + ",") +
           " failed: " + outcomeInWords(Deciding.Message, nullptr) +
           (D.Detail.empty() ? ""
                             : D.Why == Cause::SetUpAssertion
                                 ? " (GoogleTest skips the body of a test "
                                   "whose set-up failed)"
                                 : "");
  case Cause::SetUpHelperUndecided:
    return "undecided: an assertion in " + placeName(D.Site) + Where +
           " failed, and the fixture's set-up calls " + placeName(D.Site) +
           " as well as the test; whether it failed while the test was set "
           "up or in its body is not known: " +
           D.Detail;
  case Cause::PendingFailure:
    return PendingReason;
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

/// Whether what the deciding failure checks decided: the verdict then
/// quotes the outcome it shows.
bool decidedByWhatItChecks(Cause Why) {
  return Why == Cause::UnmetExpectation ||
         Why == Cause::MockCallThroughEntryPoint ||
         Why == Cause::SetupOnlyAssertion || Why == Cause::UiDetailAssertion ||
         Why == Cause::BeforeEntryPoint || Why == Cause::BusinessAssertion;
}

} // namespace

Verdict describe(const TestOutcome &T, const Decision &D) {
  Verdict V;
  V.Kind = D.Kind;
  V.File = D.File;
  V.Line = D.Line;
  V.Reason = D.FailureIndex ? failureReason(T.Failures[*D.FailureIndex], D)
                            : endingReason(T, D);
  V.Mock = D.Mock;
  V.DecidedBy = D.By;
  if (D.Site && (D.Why == Cause::SetUpAssertion ||
                 D.Why == Cause::TearDownAssertion))
    V.LineText = D.Site->LineText;
  if (D.Mock && D.Site)
    V.LineText = D.Site->LineText;
  if (!decidedByWhatItChecks(D.Why) || !D.FailureIndex)
    return V;
  const MockFacts *M = D.Mock ? &*D.Mock : nullptr;
  if (M && M->Failure.atCallTime()) {
    V.Observed = M->Failure.Expectation;
    V.Outcome = (M->Failure.Expectation.empty()
                     ? std::string("expected ")
                     : "expected " + M->Failure.Expectation + ", ") +
                M->Failure.Mismatch;
  } else {
    V.Outcome =
        outcomeInWords(T.Failures[*D.FailureIndex].Message, &V.Observed);
  }
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
