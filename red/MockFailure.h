//===--- MockFailure.h - what a GoogleMock failure says --------*- C++ -*-===//
//
// Reads GoogleMock's failure messages for what each says happened: a call
// that never came, one too many, one with other arguments or out of its
// sequence, one no expectation names on a StrictMock.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_MOCKFAILURE_H
#define ITDD_RED_MOCKFAILURE_H

#include "red/Outcome.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace itdd::red {

enum class MockFailureKind {
  /// An expectation's calls did not all come (never, or fewer than it
  /// asks): GoogleMock checks when the mock is verified, at the test's end.
  NeverCalled,
  /// More calls than the expectation allows (or one after it retired).
  OverSaturated,
  /// A call whose arguments no expectation of the method matches.
  ArgumentMismatch,
  /// A call that came before the calls its sequence (InSequence, After)
  /// puts first.
  OrderViolation,
  /// A call no expectation matches for another reason.
  UnexpectedCall,
  /// A call no expectation names, on a StrictMock (the only mock that
  /// fails on one).
  UninterestingCall,
};

/// "never-called", "over-saturated", "argument-mismatch",
/// "order-violation", "unexpected-call", "uninteresting-call".
llvm::StringRef mockFailureKindName(MockFailureKind K);

struct MockFailure {
  MockFailureKind Kind = MockFailureKind::NeverCalled;
  /// The call as GoogleMock prints it, addresses aside ("today()"); empty
  /// for NeverCalled.
  std::string Call;
  /// The mocked method returns a value (GoogleMock prints "Returns:"): an
  /// expectation on it hands the system a value.
  bool ReturnsValue = false;
  /// The expectation allows no call at all (Times(0)).
  bool Forbidden = false;
  /// The expectation concerned, as written ("EXPECT_CALL(mail, send(_))"),
  /// when the message quotes it; and where it was set: the failure's own
  /// place for NeverCalled and OverSaturated, the expectation GoogleMock
  /// tried that decided the kind for the other unexpected calls.
  std::string Expectation;
  std::string ExpectationFile;
  unsigned ExpectationLine = 0;
  /// What did not match, in words: "expected to be called once, called
  /// twice", "argument #1: has substring \"100\", was \"120\"".
  std::string Mismatch;

  /// GoogleMock reported it when the call was made, not at the test's end.
  bool atCallTime() const { return Kind != MockFailureKind::NeverCalled; }
};

/// The GoogleMock failure Message reports; nullopt when it is none.
std::optional<MockFailure> readMockFailure(llvm::StringRef Message);

/// GoogleMock reports an unexpected call at "unknown file"; its message
/// names the expectations it tried. Gives each such failure of T the place
/// of the expectation that decided its kind, as GoogleMock's other
/// failures have.
void locateUnexpectedCalls(TestOutcome &T);

} // namespace itdd::red

#endif // ITDD_RED_MOCKFAILURE_H
