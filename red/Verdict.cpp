//===--- Verdict.cpp - good red, bad red, pending or not red --------------===//

#include "red/Verdict.h"
#include "generators/TestSkeletons.h"
#include "red/FailureMessage.h"
#include <csignal>

namespace itdd::red {

llvm::StringRef verdictName(VerdictKind K) {
  switch (K) {
  case VerdictKind::GoodRed:
    return "good-red";
  case VerdictKind::BadRed:
    return "bad-red";
  case VerdictKind::Pending:
    return "pending";
  case VerdictKind::NotRed:
    return "not-red";
  case VerdictKind::Healthy:
    return "healthy";
  case VerdictKind::MissingApi:
    return "missing-api";
  case VerdictKind::BlockedByBuild:
    return "blocked-by-build";
  }
  return "";
}

bool isHealthCheck(llvm::StringRef TestName) {
  TestName.consume_front("DISABLED_");
  return TestName == HealthCheckName || TestName.ends_with("HealthCheck");
}

namespace {

Decision decided(VerdictKind Kind, Cause Why, const std::string &File,
                 unsigned Line) {
  Decision D;
  D.Kind = Kind;
  D.Why = Why;
  D.File = File;
  D.Line = Line;
  return D;
}

/// A failure among T's failures decided: the verdict is at its line.
Decision decidedBy(VerdictKind Kind, Cause Why, const TestOutcome &T,
                   size_t I) {
  Decision D = decided(Kind, Why, T.Failures[I].File, T.Failures[I].Line);
  D.FailureIndex = I;
  return D;
}

/// A test that did not end in failures: how it ended decides.
Decision decideByEnding(const TestOutcome &T) {
  switch (T.End) {
  case Ending::Crashed:
    return decided(VerdictKind::BadRed,
                   T.Signal == SIGABRT ? Cause::Aborted : Cause::Crashed,
                   T.File, T.Line);
  case Ending::TimedOut:
    return decided(VerdictKind::BadRed, Cause::TimedOut, T.File, T.Line);
  case Ending::Exited:
    return decided(VerdictKind::BadRed, Cause::Exited, T.File, T.Line);
  case Ending::Passed:
    if (isHealthCheck(T.Name))
      return decided(VerdictKind::Healthy, Cause::HealthCheckPassed, T.File,
                     T.Line);
    return decided(VerdictKind::NotRed, Cause::Passed, T.File, T.Line);
  case Ending::Skipped:
    if (isPendingMessage(T.SkipMessage))
      return decided(VerdictKind::Pending, Cause::PendingSkip, T.File,
                     T.Line);
    return decided(VerdictKind::NotRed, Cause::Skipped, T.File, T.Line);
  case Ending::Missing:
  case Ending::Failed: // decide() reads the failures
    break;
  }
  return decided(VerdictKind::BadRed, Cause::NoResult, T.File, T.Line);
}

/// Technical failures decide wherever they are among the failures, an
/// exception in set-up first, then one in the body, a misused mock, an
/// exception in tear-down.
std::optional<Decision> technicalFailure(const TestOutcome &T,
                                         llvm::ArrayRef<ReadFailure> Read) {
  static const std::pair<FailureKind, Cause> Order[] = {
      {FailureKind::SetUpException, Cause::SetUpThrew},
      {FailureKind::BodyException, Cause::BodyThrew},
      {FailureKind::MockMisuse, Cause::MockMisused},
      {FailureKind::TearDownException, Cause::TearDownThrew}};
  for (const auto &[Kind, Why] : Order)
    for (size_t I = 0; I < Read.size(); ++I) {
      if (Read[I].Kind != Kind)
        continue;
      const Failure &F = T.Failures[I];
      // An exception has no location of its own: the test's.
      Decision D = F.File.empty()
                       ? decided(VerdictKind::BadRed, Why, T.File, T.Line)
                       : decidedBy(VerdictKind::BadRed, Why, T, I);
      D.FailureIndex = I;
      D.Detail = Read[I].Detail;
      return D;
    }
  return std::nullopt;
}

/// An assertion in set-up or tear-down is technical too; so is a failure
/// at the skeleton's pending marker.
std::optional<Decision>
setUpOrPending(const TestOutcome &T, llvm::ArrayRef<ReadFailure> Read,
               llvm::ArrayRef<std::optional<SiteFacts>> Facts) {
  for (size_t I = 0; I < T.Failures.size(); ++I) {
    const std::optional<SiteFacts> &S = Facts[I];
    if (!S || Read[I].Kind == FailureKind::UnmetExpectation)
      continue;
    if (S->Where == SiteFacts::Place::SetUp ||
        S->Where == SiteFacts::Place::TearDown) {
      Decision D = decidedBy(VerdictKind::BadRed,
                             S->Where == SiteFacts::Place::SetUp
                                 ? Cause::SetUpAssertion
                                 : Cause::TearDownAssertion,
                             T, I);
      D.Site = S;
      return D;
    }
  }
  for (size_t I = 0; I < T.Failures.size(); ++I)
    if (Read[I].Kind == FailureKind::Pending ||
        (Facts[I] && Facts[I]->Assertion == SiteFacts::Check::Pending))
      return decidedBy(VerdictKind::Pending, Cause::PendingFailure, T, I);
  return std::nullopt;
}

/// The first failure is where the journey stopped: what it checks decides.
Decision firstFailure(const TestOutcome &T, const ReadFailure &Read,
                      const std::optional<SiteFacts> &S) {
  const Failure &F = T.Failures.front();
  auto By = [&](VerdictKind Kind, Cause Why) {
    Decision D = decidedBy(Kind, Why, T, 0);
    D.Site = S;
    return D;
  };
  if (Read.Kind == FailureKind::UnmetExpectation)
    return By(VerdictKind::GoodRed, Cause::UnmetExpectation);
  bool SetupOnly = S && S->Assertion != SiteFacts::Check::Unknown
                       ? S->Assertion == SiteFacts::Check::SetupOnly
                       : readsAsSetupCheck(F.Message);
  if (SetupOnly)
    return By(VerdictKind::BadRed, Cause::SetupOnlyAssertion);
  if (S && S->Assertion == SiteFacts::Check::UiDetail)
    return By(VerdictKind::BadRed, Cause::UiDetailAssertion);
  if (S && S->EntryPointBefore && !*S->EntryPointBefore)
    return By(VerdictKind::BadRed, Cause::BeforeEntryPoint);
  return By(VerdictKind::GoodRed, Cause::BusinessAssertion);
}

} // namespace

Decision decide(const TestOutcome &T, SiteLookup Sites) {
  if (!T.SuiteSetupFailure.empty()) {
    Decision D = decided(VerdictKind::BadRed, Cause::SuiteSetUpFailed, T.File,
                         T.Line);
    // A misused mock is quoted as GoogleTest words it, not summarized.
    ReadFailure R = readFailure({"", 0, T.SuiteSetupFailure});
    if (R.Kind != FailureKind::MockMisuse)
      D.Detail = R.Detail;
    return D;
  }
  if (T.End != Ending::Failed)
    return decideByEnding(T);

  std::vector<ReadFailure> Read;
  Read.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Read.push_back(readFailure(F));
  if (std::optional<Decision> D = technicalFailure(T, Read))
    return std::move(*D);
  std::vector<std::optional<SiteFacts>> Facts;
  Facts.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Facts.push_back(F.File.empty() ? std::nullopt : Sites(T, F));
  if (std::optional<Decision> D = setUpOrPending(T, Read, Facts))
    return std::move(*D);
  return firstFailure(T, Read.front(), Facts.front());
}

Verdict judge(const TestOutcome &T, SiteLookup Sites) {
  return describe(T, decide(T, Sites));
}

} // namespace itdd::red
