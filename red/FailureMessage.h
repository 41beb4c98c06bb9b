//===--- FailureMessage.h - what a GoogleTest failure says -----*- C++ -*-===//
//
// Reads GoogleTest's and GoogleMock's failure messages: what kind of
// failure each is, and the failing business outcome in words.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_FAILUREMESSAGE_H
#define ITDD_RED_FAILUREMESSAGE_H

#include "red/MockFailure.h"
#include "red/Outcome.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace itdd::red {

/// What a failure message says happened, before any source is read.
enum class FailureKind {
  Assertion,
  /// A GoogleMock failure (ReadFailure::Mock says which).
  Mock,
  SetUpException,
  TearDownException,
  BodyException,
  Pending,
};

struct ReadFailure {
  FailureKind Kind = FailureKind::Assertion;
  /// An exception: where it was thrown and what it said; pending: the
  /// skeleton's message.
  std::string Detail;
  std::optional<MockFailure> Mock;
};

ReadFailure readFailure(const Failure &F);

/// Assertions that only check the system was assembled, from GoogleTest's
/// wording: a no-throw check, a non-null check.
bool readsAsSetupCheck(llvm::StringRef Message);

/// The message a pending skeleton fails (or skips) with.
bool isPendingMessage(llvm::StringRef Message);

/// "expected order.status to be Confirmed, was Pending" from a GoogleTest
/// failure message; the first line of the message when its form is not
/// one GoogleTest writes. Observed, when given, receives the expression
/// the assertion checks.
std::string outcomeInWords(llvm::StringRef Message, std::string *Observed);

/// The first line that says something: FAIL()'s "Failed" aside.
std::string firstLine(llvm::StringRef Text);

} // namespace itdd::red

#endif // ITDD_RED_FAILUREMESSAGE_H
