//===--- Factory.h - SUT assembly factories --------------------*- C++ -*-===//
//
// The text of a SUT assembly factory from its plan (FactoryPlan.h): the real
// components in dependency order, NiceMock mocks at external boundaries, a
// configuration struct for the plain values, and a make...System function.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_FACTORY_H
#define ITDD_GENERATORS_FACTORY_H

#include "core/DependencyMap.h"
#include "generators/FactoryPlan.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>

namespace itdd {

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
