//===--- ConstructorChoice.h - which constructor builds a class -*- C++ -*-===//
//
// The public constructor a factory calls for a class: the one --ctor names,
// by its number or by its leading parameter types, or else the widest.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_CONSTRUCTORCHOICE_H
#define ITDD_GENERATORS_CONSTRUCTORCHOICE_H

#include "core/DependencyMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// Which constructor was chosen, for a class that has several: what the
/// reader of a factory is told about the member.
struct ConstructorChoice {
  unsigned Number = 0; ///< 1-based in declaration order; 0: nothing to tell.
  unsigned Of = 0;     ///< How many public constructors the class has.
  /// The --ctor that chose it, as the user wrote it; empty when it is the
  /// widest, chosen by default.
  std::string Flag;
};

/// The parameters of C's constructor that Selector (the value --ctor gives
/// for C: "2", or "std::vector, int"; none: the widest) picks, or an error
/// that lists the constructors. Flag is the option as the user wrote it.
llvm::Expected<std::vector<CtorParam>>
chooseConstructor(const Component &C,
                  const std::optional<std::string> &Selector,
                  llvm::StringRef Flag, ConstructorChoice &Choice);

/// The parameter list as a reader knows it: "(std::ostream & Log, int N)".
std::string describeParameters(const std::vector<CtorParam> &Params);

} // namespace itdd

#endif // ITDD_GENERATORS_CONSTRUCTORCHOICE_H
