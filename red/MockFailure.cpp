//===--- MockFailure.cpp - what a GoogleMock failure says -----------------===//

#include "red/MockFailure.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"

namespace itdd::red {

llvm::StringRef mockFailureKindName(MockFailureKind K) {
  switch (K) {
  case MockFailureKind::NeverCalled:
    return "never-called";
  case MockFailureKind::OverSaturated:
    return "over-saturated";
  case MockFailureKind::ArgumentMismatch:
    return "argument-mismatch";
  case MockFailureKind::OrderViolation:
    return "order-violation";
  case MockFailureKind::UnexpectedCall:
    return "unexpected-call";
  case MockFailureKind::UninterestingCall:
    return "uninteresting-call";
  }
  return "";
}

namespace {

using Lines = llvm::SmallVector<llvm::StringRef, 16>;

Lines linesOf(llvm::StringRef Text) {
  Lines Result;
  Text.split(Result, '\n');
  return Result;
}

/// The text after "Label: " on the first line that has it, trimmed.
std::string valueAfter(llvm::ArrayRef<llvm::StringRef> Text,
                       llvm::StringRef Label) {
  for (llvm::StringRef Line : Text) {
    llvm::StringRef Trimmed = Line.trim();
    if (Trimmed.consume_front(Label))
      return Trimmed.trim().str();
  }
  return "";
}

/// "send(@0x7ffc… "ann", 1)" -> "send("ann", 1)": GoogleMock prints where
/// reference arguments live, which changes from run to run.
std::string withoutAddresses(std::string Call) {
  static const llvm::Regex Address("@0x[0-9a-f]+ ");
  while (Address.match(Call))
    Call = Address.sub("", Call);
  return Call;
}

/// "to be called once" / "called twice - over-saturated and active" ->
/// "expected to be called once, called twice".
std::string countMismatch(llvm::ArrayRef<llvm::StringRef> Text) {
  // The cardinality is the last Expected/Actual pair of a block.
  std::string Expected, Actual;
  for (size_t I = 0; I + 1 < Text.size(); ++I) {
    llvm::StringRef E = Text[I].trim(), A = Text[I + 1].trim();
    if (E.consume_front("Expected: ") && A.consume_front("Actual: ") &&
        (E.starts_with("to be ") || E.starts_with("is ")) &&
        A.contains(" - ")) {
      Expected = E.str();
      Actual = A.split(" - ").first.str();
    }
  }
  if (Expected.empty())
    return "";
  return "expected " + Expected + ", " + Actual;
}

/// One expectation an unexpected call was tried against: where it is, how
/// it is written, and why it did not match.
struct Tried {
  std::string File;
  unsigned Line = 0;
  std::string Expectation;
  bool Arguments = false, Order = false, Retired = false;
  std::string ArgumentWords;
  Lines Body;
};

/// "file:12: EXPECT_CALL(m, f(_))..." or "file:12: tried expectation #0:
/// EXPECT_CALL(m, f(_))...".
bool startsTried(llvm::StringRef Line, Tried &Out) {
  static const llvm::Regex Head(
      "^(.+):([0-9]+): (tried expectation #[0-9]+: )?(EXPECT_CALL\\(.*\\))"
      "\\.\\.\\.$");
  llvm::SmallVector<llvm::StringRef, 5> M;
  if (!Head.match(Line, &M))
    return false;
  Out = Tried();
  Out.File = M[1].str();
  M[2].getAsInteger(10, Out.Line);
  Out.Expectation = M[4].str();
  return true;
}

std::vector<Tried> triedExpectations(llvm::ArrayRef<llvm::StringRef> Text) {
  std::vector<Tried> Result;
  for (llvm::StringRef Line : Text) {
    Tried Next;
    if (startsTried(Line, Next)) {
      Result.push_back(std::move(Next));
      continue;
    }
    if (Result.empty())
      continue;
    Tried &T = Result.back();
    T.Body.push_back(Line);
    llvm::StringRef Trimmed = Line.trim();
    if (Trimmed.starts_with("Expected arg #") ||
        Trimmed.starts_with("Expected args: ")) {
      T.Arguments = true;
      if (T.ArgumentWords.empty()) {
        llvm::StringRef What = Trimmed.split(": ").second;
        llvm::StringRef Which = Trimmed.split(": ").first;
        Which.consume_front("Expected ");
        T.ArgumentWords = (Which.consume_front("args")    ? "the arguments"
                           : Which.consume_front("arg ") ? "argument " + Which.str()
                                                         : Which.str()) +
                          " " + What.str();
      }
    } else if (Trimmed.starts_with("Actual: ") && T.Arguments &&
               T.ArgumentWords.find(", was ") == std::string::npos) {
      T.ArgumentWords += ", was " + Trimmed.drop_front(8).str();
    } else if (Trimmed == "Expected: all pre-requisites are satisfied") {
      T.Order = true;
    } else if (Trimmed == "Actual: it is retired") {
      T.Retired = true;
    }
  }
  return Result;
}

/// An unexpected call: its kind from why the expectations GoogleMock tried
/// did not match. A call that matches an expectation but for its sequence
/// is out of order; one that matches a retired expectation but for that is
/// one call too many.
MockFailure unexpectedCall(llvm::ArrayRef<llvm::StringRef> Text) {
  MockFailure F;
  F.Kind = MockFailureKind::UnexpectedCall;
  std::vector<Tried> All = triedExpectations(Text);
  // The first reason that fits one of the expectations, in this order.
  using Fits = bool (*)(const Tried &);
  const std::pair<MockFailureKind, Fits> Reasons[] = {
      {MockFailureKind::OrderViolation,
       [](const Tried &T) { return T.Order && !T.Arguments; }},
      {MockFailureKind::OverSaturated,
       [](const Tried &T) { return T.Retired && !T.Arguments; }},
      {MockFailureKind::ArgumentMismatch,
       [](const Tried &T) { return T.Arguments; }},
      {MockFailureKind::UnexpectedCall, [](const Tried &) { return true; }}};
  const Tried *Decides = nullptr;
  for (const auto &[Kind, Fit] : Reasons) {
    for (const Tried &T : All)
      if (!Decides && Fit(T))
        Decides = &T;
    if (Decides) {
      F.Kind = Kind;
      break;
    }
  }
  if (!Decides)
    return F;
  F.Expectation = Decides->Expectation;
  F.ExpectationFile = Decides->File;
  F.ExpectationLine = Decides->Line;
  switch (F.Kind) {
  case MockFailureKind::ArgumentMismatch:
    F.Mismatch = Decides->ArgumentWords;
    break;
  case MockFailureKind::OrderViolation:
    F.Mismatch = "the calls its sequence puts first have not come";
    break;
  case MockFailureKind::OverSaturated:
    F.Mismatch = "the expectation had retired: " + countMismatch(Decides->Body);
    break;
  default:
    F.Mismatch = countMismatch(Decides->Body);
    break;
  }
  return F;
}

} // namespace

std::optional<MockFailure> readMockFailure(llvm::StringRef Message) {
  // The message opens with what happened; a console line or a note may
  // come first.
  static const char *const Openings[] = {
      "Actual function call count doesn't match ",
      "Mock function called more times than expected",
      "Uninteresting mock function call", "Unexpected mock function call"};
  size_t Start = llvm::StringRef::npos;
  for (const char *Opening : Openings) {
    size_t At = Message.find(Opening);
    if (At != llvm::StringRef::npos && (At == 0 || Message[At - 1] == '\n'))
      Start = std::min(Start, At);
  }
  if (Start == llvm::StringRef::npos)
    return std::nullopt;
  Message = Message.drop_front(Start);
  Lines Text = linesOf(Message);
  MockFailure F;
  F.Call = withoutAddresses(valueAfter(Text, "Function call: "));
  F.ReturnsValue = llvm::any_of(Text, [](llvm::StringRef Line) {
    return Line.trim().starts_with("Returns: ");
  });
  if (Message.starts_with("Actual function call count doesn't match ")) {
    F.Kind = MockFailureKind::NeverCalled;
    static const llvm::Regex Quoted("doesn't match (EXPECT_CALL\\(.*\\))\\.\\.\\.$");
    llvm::SmallVector<llvm::StringRef, 2> M;
    if (Quoted.match(Text.front(), &M))
      F.Expectation = M[1].str();
    F.Mismatch = countMismatch(Text);
    return F;
  }
  if (Message.starts_with("Mock function called more times than expected")) {
    F.Kind = MockFailureKind::OverSaturated;
    F.Forbidden = valueAfter(Text, "Expected: ") == "to be never called";
    F.Mismatch = countMismatch(Text);
    return F;
  }
  if (Message.starts_with("Uninteresting mock function call")) {
    F.Kind = MockFailureKind::UninterestingCall;
    return F;
  }
  if (Message.starts_with("Unexpected mock function call")) {
    MockFailure U = unexpectedCall(Text);
    U.Call = F.Call;
    U.ReturnsValue = F.ReturnsValue;
    return U;
  }
  return std::nullopt;
}

void locateUnexpectedCalls(TestOutcome &T) {
  for (Failure &F : T.Failures) {
    if (!F.File.empty())
      continue;
    std::optional<MockFailure> M = readMockFailure(F.Message);
    if (M && !M->ExpectationFile.empty()) {
      F.File = M->ExpectationFile;
      F.Line = M->ExpectationLine;
    }
  }
}

} // namespace itdd::red
