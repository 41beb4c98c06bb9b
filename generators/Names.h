//===--- Names.h - identifiers for generated code --------------*- C++ -*-===//
//
// Turns class names, parameter names and Gherkin titles into C++
// identifiers (snake_case members, CamelCase test names), and spells the
// string literals and include lines generated code needs.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_NAMES_H
#define ITDD_GENERATORS_NAMES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

/// "shop::OrderService" -> "order_service", "HTTPClient" -> "http_client".
/// Keywords get a trailing underscore.
std::string snakeCaseIdentifier(llvm::StringRef Name);

/// "Customer buys an in-stock item" -> "CustomerBuysAnInStockItem". Letters
/// and digits only; a leading digit gets the prefix "Scenario".
std::string camelCaseIdentifier(llvm::StringRef Text);

/// The last component of a qualified name: "shop::OrderService" ->
/// "OrderService".
llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName);

/// The fewest trailing components of QualifiedName that tell it from
/// each of Others, joined in CamelCase: "net::http::Transport" beside
/// "net::grpc::Transport" -> "HttpTransport"; alone -> "Transport".
std::string distinctShortName(llvm::StringRef QualifiedName,
                              llvm::ArrayRef<llvm::StringRef> Others);

/// Whether Word is a C++ keyword (or an alternative token).
bool isCppKeyword(llvm::StringRef Word);

/// Text as the contents of a C++ string literal (quotes not included).
std::string escapeCppString(llvm::StringRef Text);

/// `#include <Header>` when Angled, else `#include "Header"`.
std::string includeLine(llvm::StringRef Header, bool Angled);

} // namespace itdd

#endif // ITDD_GENERATORS_NAMES_H
