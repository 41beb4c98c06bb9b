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
#include "generators/FactoryInfo.h"
#include "generators/FactoryPlan.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>

namespace itdd {

/// The header's body, or an error that says what to change (an unknown
/// entry point, an interface with several implementations and no --bind, a
/// dependency cycle, ...).
llvm::Expected<std::string> generateFactory(const DependencyMap &Map,
                                            const FactoryRequest &Request);

} // namespace itdd

#endif // ITDD_GENERATORS_FACTORY_H
