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
  auto Ended = [&](VerdictKind Kind, Cause Why, llvm::StringRef How) {
    Decision D = decided(Kind, Why, T.File, T.Line);
    D.By = {"ending", How.str(), Evidence::Run};
    return D;
  };
  switch (T.End) {
  case Ending::Crashed:
    return T.Signal == SIGABRT
               ? Ended(VerdictKind::BadRed, Cause::Aborted, "aborted")
               : Ended(VerdictKind::BadRed, Cause::Crashed, "crashed");
  case Ending::TimedOut:
    return Ended(VerdictKind::BadRed, Cause::TimedOut, "timed out");
  case Ending::Exited:
    return Ended(VerdictKind::BadRed, Cause::Exited, "exited");
  case Ending::Passed:
    if (isHealthCheck(T.Name))
      return Ended(VerdictKind::Healthy, Cause::HealthCheckPassed, "passed");
    return Ended(VerdictKind::NotRed, Cause::Passed, "passed");
  case Ending::Skipped:
    if (isPendingMessage(T.SkipMessage))
      return Ended(VerdictKind::Pending, Cause::PendingSkip, "skipped");
    return Ended(VerdictKind::NotRed, Cause::Skipped, "skipped");
  case Ending::Missing:
  case Ending::Failed: // decide() reads the failures
    break;
  }
  return Ended(VerdictKind::BadRed, Cause::NoResult, "no result");
}

/// An exception of one of Kinds decides wherever it is among the failures,
/// the first of Kinds first.
std::optional<Decision> exception(const TestOutcome &T,
                                  llvm::ArrayRef<ReadFailure> Read,
                                  llvm::ArrayRef<std::pair<FailureKind, Cause>> Kinds) {
  for (const auto &[Kind, Why] : Kinds)
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
      D.By = {"exception", Read[I].Detail, Evidence::Message};
      return D;
    }
  return std::nullopt;
}

/// The mock in a class name's words: "billing::MockClock::today" ->
/// "billing::MockClock".
std::string classOfMethod(llvm::StringRef Method) {
  size_t Colons = Method.rfind("::");
  return Colons == llvm::StringRef::npos ? "" : Method.take_front(Colons).str();
}

/// What is known of the GoogleMock failure I of T: from its message, the
/// analysis of the expectation's line (-p), and the call stack of a re-run.
MockFacts mockFacts(const TestOutcome &T, size_t I, const MockFailure &Read,
                    const std::optional<SiteFacts> &S) {
  MockFacts M;
  M.Failure = Read;
  // GoogleMock quotes the expectation a call missed; one called too often
  // is only where it is.
  if (M.Failure.Expectation.empty() && S &&
      llvm::StringRef(S->LineText).starts_with("EXPECT_CALL("))
    M.Failure.Expectation = S->LineText;
  const ExpectationFacts *E =
      S && S->Expectation ? &*S->Expectation : nullptr;
  if (E) {
    M.MockClass = E->MockClass;
    M.Mocked = E->Mocked;
    M.Role = E->Role;
    M.RoleFrom = Evidence::Analysis;
    M.NeverHandedOver = E->NeverHandedOver;
  }
  if (!M.Failure.atCallTime()) {
    // GoogleMock checks when the test ends: after all it ran, so the one
    // question is whether it went through an entry point at all.
    if (E && E->EntryPointInTest) {
      M.Order = *E->EntryPointInTest ? CallOrder::After : CallOrder::Before;
      M.OrderFrom = Evidence::Analysis;
    } else {
      M.OrderUnknownBecause = "whether the test calls an entry point is read "
                              "with -p BUILD_DIR";
    }
    return M;
  }
  if (E && E->CallsAfterIt != CallOrder::Unknown) {
    M.Order = E->CallsAfterIt;
    M.OrderFrom = Evidence::Analysis;
  }
  const MockCallTrace *Trace = nullptr;
  for (const MockCallTrace &Tr : T.Traces)
    if (Tr.Failure == I)
      Trace = &Tr;
  if (Trace) {
    if (M.MockClass.empty())
      M.MockClass = classOfMethod(Trace->MockMethod);
    M.Through = Trace->EntryPoint;
    M.From = Trace->From;
  }
  if (M.Order != CallOrder::Unknown)
    return M;
  if (Trace && !Trace->EntryPoint.empty()) {
    M.Order = CallOrder::After;
    M.OrderFrom = Evidence::CallStack;
    return M;
  }
  if (Trace && Trace->FromTest && Trace->Complete) {
    M.Order = CallOrder::Before;
    M.OrderFrom = Evidence::CallStack;
    return M;
  }
  std::string Static = S && S->FromAnalysis
                           ? "the analysis cannot tell who made the call"
                           : "no -p BUILD_DIR";
  std::string Run =
      Trace ? (Trace->FromTest
                   ? "the re-run under gdb shows no entry point on the call "
                     "stack, but the binary has no debug information, so an "
                     "inlined one would leave no frame"
                   : "the re-run under gdb shows the call came from a "
                     "thread of its own")
      : !T.TraceNote.empty() ? T.TraceNote
                             : "the test was not re-run";
  M.OrderUnknownBecause = Static + ", and " + Run;
  return M;
}

/// The verdict the table of docs/itdd-red.md gives a GoogleMock failure,
/// and the fact that decides it.
Decision ruleOnMock(const TestOutcome &T, size_t I, MockFacts M,
                    const std::optional<SiteFacts> &S) {
  auto By = [&](VerdictKind Kind, Cause Why, DecidingFact Fact) {
    Decision D = decidedBy(Kind, Why, T, I);
    // An uninteresting call has no place: the test's.
    if (D.File.empty()) {
      D.File = T.File;
      D.Line = T.Line;
    }
    D.Site = S;
    D.By = std::move(Fact);
    D.Mock = std::move(M);
    return D;
  };
  const MockFailure &F = M.Failure;
  std::string Kind = mockFailureKindName(F.Kind).str();
  DecidingFact ByKind{"mock-kind", Kind, Evidence::Message};
  DecidingFact ByOrder{"order", callOrderName(M.Order).str(), M.OrderFrom};
  if (F.Kind == MockFailureKind::UninterestingCall)
    return By(VerdictKind::BadRed, Cause::MockMisused, ByKind);
  if (F.Kind == MockFailureKind::NeverCalled && !M.NeverHandedOver.empty())
    return By(VerdictKind::BadRed, Cause::ExpectationOnUnusedMock,
              {"mock", "never handed to the system", Evidence::Analysis});
  if (M.Role == MockRole::Internal)
    return By(VerdictKind::BadRed, Cause::MockOfInternalClass,
              {"role", "internal", M.RoleFrom});
  if (F.Kind == MockFailureKind::OverSaturated && F.ReturnsValue &&
      !F.Forbidden)
    return By(VerdictKind::BadRed, Cause::StubOverSaturated,
              {"mock-kind", Kind + " stub", Evidence::Message});
  if (M.Order == CallOrder::Before)
    return By(VerdictKind::BadRed, Cause::MockCallBeforeEntryPoint, ByOrder);
  if (F.Kind == MockFailureKind::NeverCalled)
    return By(VerdictKind::GoodRed, Cause::UnmetExpectation,
              M.Order == CallOrder::After ? ByOrder : ByKind);
  if (M.Order == CallOrder::After)
    return By(VerdictKind::GoodRed, Cause::MockCallThroughEntryPoint, ByOrder);
  return By(VerdictKind::BadRed, Cause::MockOrderUndecided, ByOrder);
}

/// An assertion in set-up or tear-down is technical too; so is a failure
/// at the skeleton's pending marker.
std::optional<Decision>
setUpOrPending(const TestOutcome &T, llvm::ArrayRef<ReadFailure> Read,
               llvm::ArrayRef<std::optional<SiteFacts>> Facts) {
  std::optional<Decision> Undecided;
  for (size_t I = 0; I < T.Failures.size(); ++I) {
    const std::optional<SiteFacts> &S = Facts[I];
    // GoogleMock reports at the EXPECT_CALL, which may be in SetUp.
    if (!S || Read[I].Kind == FailureKind::Mock)
      continue;
    if (S->Where == SiteFacts::Place::Helper && S->CalledBySetUp) {
      // The set-up runs first: only the first failure can be its.
      const PhaseTrace *Phase = nullptr;
      for (const PhaseTrace &P : T.Phases)
        if (P.Failure == I)
          Phase = &P;
      if (Phase && Phase->In != PhaseTrace::Phase::Unknown &&
          Phase->In != PhaseTrace::Phase::Body) {
        bool SetUp = Phase->In == PhaseTrace::Phase::SetUp;
        Decision D = decidedBy(VerdictKind::BadRed,
                               SetUp ? Cause::SetUpAssertion
                                     : Cause::TearDownAssertion,
                               T, I);
        D.Site = S;
        D.Detail = Phase->Through;
        D.By = {"place", SetUp ? "set-up" : "tear-down", Evidence::CallStack};
        return D;
      }
      if (!Phase && I == 0) {
        Undecided = decidedBy(VerdictKind::BadRed, Cause::SetUpHelperUndecided,
                              T, I);
        Undecided->Site = S;
        Undecided->By = {"place", "unknown", Evidence::None};
        bool Probed = !T.Phases.empty() || !T.Traces.empty() ||
                      !T.TraceNote.empty();
        Undecided->Detail =
            !T.TraceNote.empty() ? T.TraceNote
            : Probed ? "the re-run under gdb showed no frame at the failing "
                       "line (a binary without debug information?)"
                     : "the test was not re-run under gdb";
      }
      continue;
    }
    if (S->Where == SiteFacts::Place::SetUp ||
        S->Where == SiteFacts::Place::TearDown) {
      Decision D = decidedBy(VerdictKind::BadRed,
                             S->Where == SiteFacts::Place::SetUp
                                 ? Cause::SetUpAssertion
                                 : Cause::TearDownAssertion,
                             T, I);
      D.Site = S;
      D.By = {"place",
              S->Where == SiteFacts::Place::SetUp ? "set-up" : "tear-down",
              S->FromAnalysis ? Evidence::Analysis : Evidence::SourceText};
      return D;
    }
  }
  for (size_t I = 0; I < T.Failures.size(); ++I)
    if (Read[I].Kind == FailureKind::Pending ||
        (Facts[I] && Facts[I]->Assertion == SiteFacts::Check::Pending)) {
      Decision D = decidedBy(VerdictKind::Pending, Cause::PendingFailure, T, I);
      D.By = {"pending", "the skeleton's marker",
              Read[I].Kind == FailureKind::Pending ? Evidence::Message
                                                   : Evidence::Analysis};
      return D;
    }
  return Undecided;
}

/// The first failure is where the journey stopped: what it checks decides.
Decision firstFailure(const TestOutcome &T, const ReadFailure &Read,
                      const std::optional<SiteFacts> &S) {
  const Failure &F = T.Failures.front();
  Evidence Source = !S ? Evidence::Message
                       : S->FromAnalysis ? Evidence::Analysis
                                         : Evidence::SourceText;
  auto By = [&](VerdictKind Kind, Cause Why, DecidingFact Fact) {
    Decision D = decidedBy(Kind, Why, T, 0);
    D.Site = S;
    D.By = std::move(Fact);
    return D;
  };
  if (Read.Mock)
    return ruleOnMock(T, 0, mockFacts(T, 0, *Read.Mock, S), S);
  bool Known = S && S->Assertion != SiteFacts::Check::Unknown;
  bool SetupOnly = Known ? S->Assertion == SiteFacts::Check::SetupOnly
                         : readsAsSetupCheck(F.Message);
  if (SetupOnly)
    return By(VerdictKind::BadRed, Cause::SetupOnlyAssertion,
              {"assertion", "set-up only", Known ? Source : Evidence::Message});
  if (S && S->Assertion == SiteFacts::Check::UiDetail)
    return By(VerdictKind::BadRed, Cause::UiDetailAssertion,
              {"assertion", "ui detail", Source});
  if (S && S->EntryPointBefore && !*S->EntryPointBefore)
    return By(VerdictKind::BadRed, Cause::BeforeEntryPoint,
              {"order", "before", Evidence::Analysis});
  return By(VerdictKind::GoodRed, Cause::BusinessAssertion,
            {"assertion", "business", Source});
}

} // namespace

llvm::StringRef evidenceName(Evidence E) {
  switch (E) {
  case Evidence::None:
    return "";
  case Evidence::Run:
    return "run";
  case Evidence::Message:
    return "message";
  case Evidence::SourceText:
    return "source text";
  case Evidence::Analysis:
    return "analysis";
  case Evidence::CallStack:
    return "call stack";
  }
  return "";
}

llvm::StringRef mockRoleName(MockRole R) {
  switch (R) {
  case MockRole::Boundary:
    return "boundary";
  case MockRole::Internal:
    return "internal";
  case MockRole::Unknown:
    break;
  }
  return "unknown";
}

llvm::StringRef callOrderName(CallOrder O) {
  switch (O) {
  case CallOrder::Before:
    return "before";
  case CallOrder::After:
    return "after";
  case CallOrder::Unknown:
    break;
  }
  return "unknown";
}

Decision decide(const TestOutcome &T, SiteLookup Sites) {
  if (!T.SuiteSetupFailure.empty()) {
    Decision D = decided(VerdictKind::BadRed, Cause::SuiteSetUpFailed, T.File,
                         T.Line);
    // A misused mock is quoted as GoogleTest words it, not summarized.
    ReadFailure R = readFailure({"", 0, T.SuiteSetupFailure});
    if (R.Kind != FailureKind::Mock)
      D.Detail = R.Detail;
    D.By = {"ending", "SetUpTestSuite failed", Evidence::Run};
    return D;
  }
  if (T.End != Ending::Failed)
    return decideByEnding(T);

  std::vector<ReadFailure> Read;
  Read.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Read.push_back(readFailure(F));
  if (std::optional<Decision> D =
          exception(T, Read,
                    {{FailureKind::SetUpException, Cause::SetUpThrew},
                     {FailureKind::BodyException, Cause::BodyThrew}}))
    return std::move(*D);
  std::vector<std::optional<SiteFacts>> Facts;
  Facts.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Facts.push_back(F.File.empty() ? std::nullopt : Sites(T, F));
  // A mock the test got wrong is, wherever its failure is; one whose
  // verdict waits on what is not known is judged where the journey
  // stopped.
  for (size_t I = 0; I < T.Failures.size(); ++I)
    if (const std::optional<MockFailure> &Mock = Read[I].Mock) {
      Decision D = ruleOnMock(T, I, mockFacts(T, I, *Mock, Facts[I]), Facts[I]);
      if (D.Kind == VerdictKind::BadRed && D.Why != Cause::MockOrderUndecided)
        return D;
    }
  if (std::optional<Decision> D = exception(
          T, Read, {{FailureKind::TearDownException, Cause::TearDownThrew}}))
    return std::move(*D);
  if (std::optional<Decision> D = setUpOrPending(T, Read, Facts))
    return std::move(*D);
  return firstFailure(T, Read.front(), Facts.front());
}

Verdict judge(const TestOutcome &T, SiteLookup Sites) {
  return describe(T, decide(T, Sites));
}

} // namespace itdd::red
