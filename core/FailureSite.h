//===--- FailureSite.h - what the source says at a failing line -*- C++ -*-===//
//
// The facts `itdd red` weighs about the line a test failure points at: the
// function it is in, the kind of assertion written there and whether the
// test had gone through an entry point by then. Read from the source text,
// or by the analysis that drives the checks when a build directory is given.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_FAILURESITE_H
#define ITDD_CORE_FAILURESITE_H

#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// What a mocked class is to the application: a boundary (or
/// infrastructure) that tests may mock, or its own code that must stay real.
enum class MockRole { Unknown, Boundary, Internal };

/// Whether something happened before the test went through an entry point
/// or after.
enum class CallOrder { Unknown, Before, After };

/// An EXPECT_CALL on a failing line, as the analysis reads it.
struct ExpectationFacts {
  /// The mock's class and the class it stands for, fully qualified.
  std::string MockClass, Mocked;
  MockRole Role = MockRole::Unknown;
  /// The test calls an entry point at all (its fixture's SetUp included):
  /// GoogleMock checks the calls that never came when the test ends.
  std::optional<bool> EntryPointInTest;
  /// Who calls the mock once the expectation is set: only entry points the
  /// test body calls after it (After), only the test's own code, with no
  /// entry point called after it (Before); Unknown otherwise.
  CallOrder CallsAfterIt = CallOrder::Unknown;
  /// The mock object the expectation is set on (a variable of the test or
  /// a field of its fixture) is named nowhere else in the test, its
  /// fixture's set-up or the helpers they call: the system never gets it,
  /// so nothing it does can meet the expectation. The object as written
  /// ("nice_handler"); empty when it is handed on, or when that is not
  /// known.
  std::string NeverHandedOver;
};

struct SiteFacts {
  enum class Place { Unknown, TestBody, SetUp, TearDown, Helper };
  Place Where = Place::Unknown;
  /// The function holding the line ("SetUp", "makeCheckoutSystem").
  std::string Function;
  enum class Check { Unknown, Business, SetupOnly, UiDetail, Pending };
  Check Assertion = Check::Unknown;
  /// The test called an entry point before the line (known from the
  /// analysis only).
  std::optional<bool> EntryPointBefore;
  /// A helper that the fixture's constructor or SetUp calls, read from the
  /// source text: an assertion in it may fail while the test is being set
  /// up (GoogleTest then skips the body) or later, in the body.
  bool CalledBySetUp = false;
  /// The failing line as written.
  std::string LineText;
  /// The application classes the statement on the line observes: the
  /// class a mock in an EXPECT_CALL stands for, the components whose state
  /// an assertion reads (fully qualified, in order of appearance).
  std::vector<std::string> Observes;
  /// The stubs `itdd gen stubs` wrote that the test body calls, as
  /// "OrderController::cancelOrder(OrderId)" (from the analysis only).
  std::vector<std::string> Stubs;
  /// The EXPECT_CALL on the line (from the analysis only).
  std::optional<ExpectationFacts> Expectation;
  /// From the analysis that drives the checks, not from the text.
  bool FromAnalysis = false;
};

} // namespace itdd

#endif // ITDD_CORE_FAILURESITE_H
