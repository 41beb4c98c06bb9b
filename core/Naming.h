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
};

/// The code unit TestName is named after, if any. A class counts when its
/// name has two or more words and ends like a code unit (Service,
/// Controller, Context, ...) or is followed by a verb of unit tests
/// (Returns, Throws, Calls, ...); a member function counts when its name has
/// two or more words and it opens the test name, follows a class name, or is
/// followed by such a verb.
std::optional<CodeUnit> findCodeUnitName(llvm::StringRef TestName,
                                         llvm::ArrayRef<CodeUnit> Units);

} // namespace itdd

#endif // ITDD_CORE_NAMING_H
