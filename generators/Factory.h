//===--- Factory.h - SUT assembly factories --------------------*- C++ -*-===//
//
// From an entry point down its constructor dependencies: the real
// components in dependency order, NiceMock mocks at external boundaries, a
// configuration struct for the plain values, and a make...System function.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_FACTORY_H
#define ITDD_GENERATORS_FACTORY_H

#include "core/DependencyMap.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>

namespace itdd {

struct FactoryRequest {
  std::string Entry; ///< Fully qualified entry-point class.
  /// "Checkout" names CheckoutSystem, CheckoutSystemConfig and
  /// makeCheckoutSystem.
  std::string Name;
  std::string Namespace; ///< Where the generated code goes.
  /// Interface -> the implementation to build for it.
  std::map<std::string, std::string> Bind;
  /// Include of a generated mocks header to use instead of emitting the mock
  /// classes (written as given, e.g. "support/mocks.h").
  std::string MocksHeader;
};

/// The first line of every factory header after the generated-file header:
/// `// itdd-factory: name=... namespace=... entry=... member=...`. What
/// `itdd gen tests` reads to use the factory.
struct FactoryInfo {
  std::string Name, Namespace, Entry, EntryMember;
  std::vector<std::string> MockMembers;
};
std::string factoryInfoLine(const FactoryInfo &Info);
std::optional<FactoryInfo> parseFactoryInfo(llvm::StringRef Text);

/// The header's body, or an error that says what to change (an unknown
/// entry point, an interface with several implementations and no --bind, a
/// dependency cycle, ...).
llvm::Expected<std::string> generateFactory(const DependencyMap &Map,
                                            const FactoryRequest &Request);

} // namespace itdd

#endif // ITDD_GENERATORS_FACTORY_H
