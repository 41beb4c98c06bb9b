//===--- Verdict.h - good red, bad red, pending or not red -----*- C++ -*-===//
//
// The rules of the method's step 6: a test is a good red when it fails at
// an assertion on a business outcome after the system was assembled, a bad
// red when it fails for a technical reason, pending while it is the
// skeleton `itdd gen tests` wrote, not red when it passes. Deciding and
// wording are apart: decide() finds the fact that decides, describe()
// words it.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_VERDICT_H
#define ITDD_RED_VERDICT_H

#include "core/FailureSite.h"
#include "red/MockFailure.h"
#include "red/Outcome.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd::red {

enum class VerdictKind {
  GoodRed,
  BadRed,
  Pending,
  NotRed,
  Healthy,
  /// Does not compile for API of the project that does not exist yet: a
  /// red the team expects (`itdd gen stubs` writes it).
  MissingApi,
  /// In a file that does not build for another test's error: not judged.
  BlockedByBuild,
};

/// "good-red", "bad-red", "pending", "not-red", "healthy", "missing-api",
/// "blocked-by-build": the JSON spelling.
llvm::StringRef verdictName(VerdictKind K);

using ::itdd::CallOrder;
using ::itdd::MockRole;
using ::itdd::SiteFacts;

/// Where a fact was learnt.
enum class Evidence {
  None,
  /// How the run ended (a signal, a timeout, a pass).
  Run,
  /// GoogleTest's or GoogleMock's failure message.
  Message,
  /// The source text around the failing line.
  SourceText,
  /// The analysis that drives the checks (-p).
  Analysis,
  /// The call stack of a re-run of the one test under a debugger.
  CallStack,
};

/// "run", "message", "source text", "analysis", "call stack"; "" for None.
llvm::StringRef evidenceName(Evidence E);

/// "boundary", "internal", "unknown"; "before", "after", "unknown".
llvm::StringRef mockRoleName(MockRole R);
llvm::StringRef callOrderName(CallOrder O);

/// What a verdict knows of a GoogleMock failure: its kind, the mock, the
/// role of what it stands for, and whether the call came through an entry
/// point.
struct MockFacts {
  MockFailure Failure;
  /// The mock's class and the class it stands for; "" when unknown.
  std::string MockClass, Mocked;
  MockRole Role = MockRole::Unknown;
  Evidence RoleFrom = Evidence::None;
  /// For a call GoogleMock failed when it was made: whether it came
  /// through an entry point (After) or from the test's own code outside one
  /// (Before). For a call that never came: whether the test went through
  /// an entry point before it ended.
  CallOrder Order = CallOrder::Unknown;
  Evidence OrderFrom = Evidence::None;
  /// After, from a call stack: the entry-point function the call came
  /// through. Before: where the test's own code made it.
  std::string Through, From;
  /// Unknown order: why it could not be told.
  std::string OrderUnknownBecause;
  /// The mock object the test never hands to the system (-p only).
  std::string NeverHandedOver;
};

/// The one fact that decided a verdict ("order" "before", learnt from the
/// "analysis"): what the JSON names, so that two runs that differ say why.
struct DecidingFact {
  std::string Fact, Value;
  Evidence From = Evidence::None;
};

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
  /// missing-api: the API the test needs ("OrderController::cancel(OrderId)").
  std::vector<std::string> Apis;
  /// The stubs `itdd gen stubs` wrote that the test calls (-p only).
  std::vector<std::string> Stubs;
  /// A GoogleMock failure decided.
  std::optional<MockFacts> Mock;
  DecidingFact DecidedBy;
};

/// The one fact that decides a test's verdict.
enum class Cause {
  // How the test ended, when it did not end in failures.
  SuiteSetUpFailed,
  Aborted,
  Crashed,
  TimedOut,
  Exited,
  NoResult,
  HealthCheckPassed,
  Passed,
  PendingSkip,
  Skipped,
  // A technical failure, wherever it is among the failures.
  SetUpThrew,
  BodyThrew,
  /// A StrictMock met a call no expectation names.
  MockMisused,
  /// An expected call never came on a mock the test never hands to the
  /// system.
  ExpectationOnUnusedMock,
  /// The mock stands for the application's own class.
  MockOfInternalClass,
  /// An expectation that hands out a value was called too often.
  StubOverSaturated,
  /// The failing call came from the test's own code, not through an entry
  /// point; or an expected call never came and the test calls none.
  MockCallBeforeEntryPoint,
  TearDownThrew,
  SetUpAssertion,
  TearDownAssertion,
  /// An assertion failed in a helper the fixture's set-up calls too, and
  /// whether it failed in the set-up or in the body is not known.
  SetUpHelperUndecided,
  // The skeleton's marker.
  PendingFailure,
  // What the first failure, where the journey stopped, checks.
  UnmetExpectation,
  /// The system, through the entry point, called a boundary mock other
  /// than the test expects: too often, with other arguments, out of order.
  MockCallThroughEntryPoint,
  /// Whether the failing call came through an entry point decides, and is
  /// not known.
  MockOrderUndecided,
  SetupOnlyAssertion,
  UiDetailAssertion,
  BeforeEntryPoint,
  BusinessAssertion,
};

/// A verdict before it is worded: its kind, the fact that decided it and
/// where that happened.
struct Decision {
  VerdictKind Kind = VerdictKind::NotRed;
  Cause Why = Cause::Passed;
  std::string File;
  unsigned Line = 0;
  /// The failure that decided, as an index into the test's failures.
  std::optional<size_t> FailureIndex;
  /// What the deciding message says beyond its kind: the exception and
  /// where it was thrown, the misused mock's call.
  std::string Detail;
  /// The deciding failure's line, when its source was read.
  std::optional<SiteFacts> Site;
  /// A GoogleMock failure decided.
  std::optional<MockFacts> Mock;
  DecidingFact By;
};

/// Decides the verdict on one test. Sites may say nothing (no source at
/// hand).
Decision decide(const TestOutcome &T, SiteLookup Sites);

/// The verdict D on T in words: its reason, and for a failed assertion the
/// outcome it shows and the line it is on.
Verdict describe(const TestOutcome &T, const Decision &D);

/// The verdict on one test, decided and worded.
Verdict judge(const TestOutcome &T, SiteLookup Sites);

/// The test `itdd gen tests` writes per feature that only assembles the
/// system and reaches its mocks.
bool isHealthCheck(llvm::StringRef TestName);

} // namespace itdd::red

#endif // ITDD_RED_VERDICT_H
