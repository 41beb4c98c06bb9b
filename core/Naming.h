//===--- Naming.h - test names versus code-unit names ----------*- C++ -*-===//
//
// Decides whether a test name is named after a code unit (a class or a
// member function) rather than a user outcome. Plain strings only.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_NAMING_H
#define ITDD_CORE_NAMING_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// "OrderService_placeOrderReturns404" -> {order, service, place, order,
/// returns, 404}: camelCase, PascalCase, snake_case and digits, lower-cased.
std::vector<std::string> splitIdentifierWords(llvm::StringRef Name);

/// A class or member function of the application a test might be named
/// after.
struct CodeUnit {
  std::string QualifiedName; ///< "shop::OrderService::placeOrder".
  std::string Name;          ///< "placeOrder".
  bool IsMethod = false;
  /// A class users act through: "ServerRejectsBadHandshake" states what the
  /// product does for them, so a verb after it is an outcome.
  bool EntryPoint = false;
  /// A function the test calls that is not a member of the application's
  /// classes (the standard library's, test support's): it counts only
  /// right after an opening class, as the rest of the name
  /// ("SessionUseCount").
  bool CalledOnly = false;
  /// Name split into words; filled in by findCodeUnitName when empty, so
  /// a caller that reuses its units splits each name once.
  // The initializer lets callers write {Qualified, Name, IsMethod} without
  // a missing-initializer warning.
  // NOLINTNEXTLINE(readability-redundant-member-init)
  std::vector<std::string> Words = {};
};

/// The code unit TestName is named after, if any. A class counts when the
/// test name opens with it and it stands alone, is followed by one of its
/// member functions, is followed by a member function of another of Units
/// or a function the test calls and nothing more ("NodeCreate",
/// "SessionUseCount"), or ends like a code unit (Service,
/// Controller, ...),
/// or, unless users act through it, is followed by a verb and a short
/// object ("SchedulerRejectsClosedDays"); a class inside an outcome
/// sentence does not count ("OperatorSeesTheRouDiBacklogDrain"). A member
/// function of two or more words counts when it follows the opening class,
/// or opens the test name and is not followed by a verb with three or more
/// words after it ("PlaceOrderReturnsId" counts,
/// "StartSpanSetsRandomTraceFlagForRootSpan" is an outcome sentence).
std::optional<CodeUnit> findCodeUnitName(llvm::StringRef TestName,
                                         llvm::ArrayRef<CodeUnit> Units);

} // namespace itdd

#endif // ITDD_CORE_NAMING_H
