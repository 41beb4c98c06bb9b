//===--- Verdict.cpp - good red, bad red, pending or not red --------------===//

#include "red/Verdict.h"
#include "generators/TestSkeletons.h"
#include "red/Process.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"
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
  }
  return "";
}

bool isPendingMessage(llvm::StringRef Message) {
  // GTEST_FAIL() << marker prints "Failed" and then the streamed message;
  // GTEST_SKIP() << marker only the message. The marker must open it: a
  // business assertion that mentions the word says something else.
  Message.consume_front("Failed\n");
  return Message.starts_with(std::string(PendingMarker) + ": ");
}

bool isHealthCheck(llvm::StringRef TestName) {
  TestName.consume_front("DISABLED_");
  return TestName == HealthCheckName || TestName.ends_with("HealthCheck");
}

namespace {

/// The first line that says something: FAIL()'s "Failed" aside.
std::string firstLine(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.starts_with("Failed\n"))
    Text = Text.drop_front(7).ltrim();
  return Text.split('\n').first.trim().str();
}

/// "  expr\n    Which is: value" blocks of "Expected equality of these
/// values:" into (expression, printed value or "").
struct Operand {
  std::string Expression, Value;
};

llvm::SmallVector<Operand, 2> equalityOperands(llvm::StringRef Body) {
  llvm::SmallVector<Operand, 2> Result;
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Body.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.starts_with("    Which is: ") && !Result.empty())
      Result.back().Value = Line.drop_front(14).str();
    else if (Line.starts_with("  ") && !Line.starts_with("   ") &&
             Result.size() < 2)
      Result.push_back({Line.trim().str(), ""});
    else if (!Line.starts_with("  "))
      break;
  }
  return Result;
}

std::string valueOf(const Operand &O) {
  return O.Value.empty() ? O.Expression : O.Value;
}

} // namespace

std::string outcomeInWords(llvm::StringRef Message, std::string *Observed) {
  llvm::SmallVector<llvm::StringRef, 4> M;
  std::string Ignored;
  std::string &Seen = Observed ? *Observed : Ignored;
  if (Message.consume_front("Expected equality of these values:\n")) {
    llvm::SmallVector<Operand, 2> Ops = equalityOperands(Message);
    if (Ops.size() == 2) {
      // The side written as a literal (no "Which is") is what was expected;
      // with two expressions, GoogleTest's (actual, expected) order.
      bool FirstIsExpected = Ops[0].Value.empty() && !Ops[1].Value.empty();
      const Operand &Actual = FirstIsExpected ? Ops[1] : Ops[0];
      const Operand &Wanted = FirstIsExpected ? Ops[0] : Ops[1];
      Seen = Actual.Expression;
      return "expected " + Actual.Expression + " to be " + valueOf(Wanted) +
             ", was " + valueOf(Actual);
    }
  }
  static const llvm::Regex Boolean(
      "^Value of: (.*)\n +Actual: (.*)\nExpected: (true|false)");
  if (Boolean.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " to be " + M[3].str() + ", was " +
           M[2].str();
  }
  static const llvm::Regex That("^Value of: (.*)\nExpected: (.*)\n +Actual: (.*)");
  if (That.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[2].str() + ", was " +
           firstLine(M[3]);
  }
  static const llvm::Regex Compare(
      "^Expected: \\((.*)\\) (<|<=|>|>=|!=) \\((.*)\\), actual: (.*)");
  if (Compare.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[2].str() + " " + M[3].str() +
           ", was " + firstLine(M[4]);
  }
  static const llvm::Regex Call(
      "^Actual function call count doesn't match (EXPECT_CALL\\((.*)\\))\\.\\.\\.\n"
      " *Expected: (.*)\n *Actual: ([^-\n]*)");
  if (Call.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[3].str() + ", was " +
           llvm::StringRef(M[4]).trim().str();
  }
  return firstLine(Message);
}

namespace {

/// What a failure message says happened, before any source is read.
enum class FailureKind {
  Assertion,
  UnmetExpectation,
  SetUpException,
  TearDownException,
  BodyException,
  MockMisuse,
  Pending,
};

struct ReadFailure {
  FailureKind Kind = FailureKind::Assertion;
  std::string Detail;
};

ReadFailure readFailure(const Failure &F) {
  llvm::StringRef Message = F.Message;
  // "C++ exception with description "what" thrown in the test body." or
  // "Unknown C++ exception thrown in SetUp().", read without a regex: a
  // run may hold thousands of failures.
  llvm::StringRef Text = Message.trim();
  llvm::StringRef Described, Where;
  bool Thrown = false;
  if (Text.consume_front("C++ exception with description \"")) {
    size_t End = Text.rfind("\" thrown in ");
    Thrown = End != llvm::StringRef::npos;
    if (Thrown) {
      Described = Text.take_front(End);
      Where = Text.drop_front(End + 12);
    }
  } else if (Text.consume_front("Unknown C++ exception thrown in ")) {
    Thrown = true;
    Where = Text;
  }
  if (Thrown) {
    Where.consume_back(".");
    std::string What = Described.empty() ? "an unknown exception"
                                         : "\"" + Described.str() + "\"";
    if (Where.starts_with("SetUp") || Where.contains("constructor"))
      return {FailureKind::SetUpException, Where.str() + " threw " + What};
    if (Where.starts_with("TearDown") || Where.contains("destructor"))
      return {FailureKind::TearDownException, Where.str() + " threw " + What};
    return {FailureKind::BodyException, Where.str() + " threw " + What};
  }
  for (llvm::StringRef Kind :
       {"Uninteresting mock function call", "Unexpected mock function call"})
    if (size_t At = Message.find(Kind); At != llvm::StringRef::npos) {
      llvm::StringRef Rest = Message.drop_front(At);
      std::string Call;
      if (size_t C = Rest.find("Function call: "); C != llvm::StringRef::npos)
        Call = firstLine(Rest.drop_front(C + 15));
      // GoogleMock prints where reference arguments live: "@0x7ffc... ".
      static const llvm::Regex Address("@0x[0-9a-f]+ ");
      while (Address.match(Call))
        Call = Address.sub("", Call);
      return {FailureKind::MockMisuse,
              Kind.lower() + (Call.empty() ? "" : " " + Call)};
    }
  if (isPendingMessage(Message))
    return {FailureKind::Pending, firstLine(Message.split(": ").second.split(": ").second)};
  if (Message.starts_with("Actual function call count doesn't match"))
    return {FailureKind::UnmetExpectation, ""};
  return {FailureKind::Assertion, ""};
}

/// Assertions that only check the system was assembled, from GoogleTest's
/// wording: a no-throw check, a non-null check.
bool readsAsSetupCheck(llvm::StringRef Message) {
  if (!Message.contains("NULL") && !Message.contains("nullptr") &&
      !Message.contains("!= (0)") && !Message.contains("doesn't throw") &&
      !Message.contains("fatal failure"))
    return false;
  static const llvm::Regex NonNull(
      "(!= \\(?(nullptr|NULL|0)\\)?(, actual|\n|$))|(^Value of: [^\n]*(!= "
      "nullptr|!= NULL))|Expected: isn't NULL");
  return Message.contains("doesn't throw an exception") ||
         Message.contains("without a fatal failure") || NonNull.match(Message);
}

std::string at(const std::string &File, unsigned Line) {
  return File.empty() ? std::string() : " at " + File + ":" + std::to_string(Line);
}

Verdict bad(std::string Reason, const std::string &File = "",
            unsigned Line = 0) {
  Verdict V;
  V.Kind = VerdictKind::BadRed;
  V.Reason = std::move(Reason);
  V.File = File;
  V.Line = Line;
  return V;
}

std::string placeName(const SiteFacts &S) {
  switch (S.Where) {
  case SiteFacts::Place::SetUp:
    return S.Function.empty() ? "the set-up" : "the set-up (" + S.Function + ")";
  case SiteFacts::Place::TearDown:
    return S.Function.empty() ? "the tear-down" : "the tear-down (" + S.Function + ")";
  default:
    return S.Function;
  }
}

} // namespace

Verdict judge(const TestOutcome &T, SiteLookup Sites) {
  if (!T.SuiteSetupFailure.empty()) {
    ReadFailure R = readFailure({"", 0, T.SuiteSetupFailure});
    return bad("set-up failed: " +
                   (R.Detail.empty() || R.Kind == FailureKind::MockMisuse
                        ? "SetUpTestSuite of " + T.Suite + " failed: " +
                              firstLine(T.SuiteSetupFailure)
                        : R.Detail + " (suite " + T.Suite + ")"),
               T.File, T.Line);
  }
  const Failure *Last = T.Failures.empty() ? nullptr : &T.Failures.back();
  std::string LastWhere =
      Last && !Last->File.empty()
          ? " (last failure before it" + at(Last->File, Last->Line) + ")"
      : T.File.empty() ? ""
                       : " (the test" + at(T.File, T.Line) + ")";
  switch (T.End) {
  case Ending::Crashed:
    if (T.Signal == SIGABRT)
      return bad("aborted: " + signalDescription(T.Signal) + LastWhere, T.File,
                 T.Line);
    return bad("crashed: " + signalDescription(T.Signal) + LastWhere, T.File,
               T.Line);
  case Ending::TimedOut:
    return bad("timeout: " +
                   (T.MissingReason.empty()
                        ? "no result after " + std::to_string(T.TimeoutSeconds) +
                              " s; killed"
                        : T.MissingReason) +
                   LastWhere,
               T.File, T.Line);
  case Ending::Exited:
    return bad("exited: the process ended with exit code " +
                   std::to_string(T.ExitCode) + " in the middle of the test" +
                   LastWhere,
               T.File, T.Line);
  case Ending::Missing:
    return bad("no result: " + T.MissingReason, T.File, T.Line);
  case Ending::Passed: {
    Verdict V;
    V.Kind = isHealthCheck(T.Name) ? VerdictKind::Healthy : VerdictKind::NotRed;
    V.Reason = isHealthCheck(T.Name)
                   ? "passed: the system assembles and its mocks are reachable"
                   : "passed: it is not red; make it fail at the business "
                     "outcome the scenario asks for";
    V.File = T.File;
    V.Line = T.Line;
    return V;
  }
  case Ending::Skipped: {
    Verdict V;
    V.File = T.File;
    V.Line = T.Line;
    if (isPendingMessage(T.SkipMessage)) {
      V.Kind = VerdictKind::Pending;
      V.Reason = "pending: the skeleton is not filled in yet";
    } else {
      V.Kind = VerdictKind::NotRed;
      V.Reason = "skipped: " + (T.SkipMessage.empty() ? std::string("GTEST_SKIP()")
                                                      : firstLine(T.SkipMessage));
    }
    return V;
  }
  case Ending::Failed:
    break;
  }

  // Technical failures decide, wherever they are among the failures.
  std::vector<ReadFailure> Read;
  Read.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Read.push_back(readFailure(F));
  for (FailureKind Kind :
       {FailureKind::SetUpException, FailureKind::BodyException,
        FailureKind::MockMisuse, FailureKind::TearDownException})
    for (size_t I = 0; I < Read.size(); ++I) {
      if (Read[I].Kind != Kind)
        continue;
      const Failure &F = T.Failures[I];
      // An exception has no location of its own: the test's.
      const std::string &File = F.File.empty() ? T.File : F.File;
      unsigned Line = F.File.empty() ? T.Line : F.Line;
      switch (Kind) {
      case FailureKind::SetUpException:
        return bad("set-up failed: " + Read[I].Detail, File, Line);
      case FailureKind::BodyException:
        return bad("uncaught exception: " + Read[I].Detail, File, Line);
      case FailureKind::MockMisuse:
        return bad("mock misconfigured: " + Read[I].Detail +
                       "; set the expectation or use a NiceMock",
                   File, Line);
      default:
        return bad("tear-down failed: " + Read[I].Detail, File, Line);
      }
    }

  // Assertions in set-up or tear-down are technical too.
  std::vector<std::optional<SiteFacts>> Facts;
  Facts.reserve(T.Failures.size());
  for (const Failure &F : T.Failures)
    Facts.push_back(F.File.empty() ? std::nullopt : Sites(T, F));
  for (size_t I = 0; I < T.Failures.size(); ++I) {
    const std::optional<SiteFacts> &S = Facts[I];
    if (!S || Read[I].Kind == FailureKind::UnmetExpectation)
      continue;
    if (S->Where == SiteFacts::Place::SetUp ||
        S->Where == SiteFacts::Place::TearDown) {
      Verdict V = bad((S->Where == SiteFacts::Place::SetUp ? "set-up failed: "
                                                           : "tear-down failed: ") +
                          std::string("an assertion in ") + placeName(*S) +
                          " failed: " + outcomeInWords(T.Failures[I].Message, nullptr),
                      T.Failures[I].File, T.Failures[I].Line);
      V.LineText = S->LineText;
      return V;
    }
  }

  for (size_t I = 0; I < T.Failures.size(); ++I) {
    const auto &Fact = Facts[I];
    if (Read[I].Kind == FailureKind::Pending ||
        (Fact && Fact->Assertion == SiteFacts::Check::Pending)) {
      Verdict V;
      V.Kind = VerdictKind::Pending;
      V.Reason = "pending: the skeleton is not filled in yet";
      V.File = T.Failures[I].File;
      V.Line = T.Failures[I].Line;
      return V;
    }
  }

  // The first failure is where the journey stopped.
  const Failure &F = T.Failures.front();
  const std::optional<SiteFacts> &S = Facts.front();
  Verdict V;
  V.File = F.File;
  V.Line = F.Line;
  V.Outcome = outcomeInWords(F.Message, &V.Observed);
  if (S) {
    V.LineText = S->LineText;
    V.Observes = S->Observes;
  }
  std::string Where = V.File.empty() ? "" : at(V.File, V.Line);
  if (Read.front().Kind == FailureKind::UnmetExpectation) {
    V.Kind = VerdictKind::GoodRed;
    V.Reason = "an expected call on a boundary mock did not happen" + Where;
    return V;
  }
  bool SetupOnly = S && S->Assertion != SiteFacts::Check::Unknown
                       ? S->Assertion == SiteFacts::Check::SetupOnly
                       : readsAsSetupCheck(F.Message);
  V.Kind = VerdictKind::BadRed;
  if (SetupOnly) {
    V.Reason = "set-up assertion: the failing assertion" + Where +
               " only checks that the system was assembled";
    return V;
  }
  if (S && S->Assertion == SiteFacts::Check::UiDetail) {
    V.Reason = "ui detail: the failing assertion" + Where +
               " checks a rendering detail, not a business outcome";
    return V;
  }
  if (S && S->EntryPointBefore && !*S->EntryPointBefore) {
    V.Reason = "before the entry point: the test failed" + Where +
               " before it called an entry point";
    return V;
  }
  V.Kind = VerdictKind::GoodRed;
  V.Reason = "failed at a business assertion" + Where;
  if (!S || !S->FromAnalysis)
    V.Reason += S ? " (judged from the source text; -p BUILD_DIR for the "
                    "analysis)"
                  : " (judged from the failure message only; source not found)";
  return V;
}

} // namespace itdd::red
