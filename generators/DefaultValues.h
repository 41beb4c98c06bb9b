//===--- DefaultValues.h - valid defaults for boundary data ----*- C++ -*-===//
//
// The rules that give a field of a boundary's data, or the answer of a
// mocked boundary call, a value a healthy third party would send: read
// from the name (success or trouble), the kind of value and the map.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_DEFAULTVALUES_H
#define ITDD_GENERATORS_DEFAULTVALUES_H

#include "core/DependencyMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace itdd {

/// How a name reads: "approved", "isOk", "sent" read as success;
/// "declined", "isFraud", "errorMessage", "notSent" as trouble.
enum class Reading { Neutral, Success, Trouble };
Reading readingOf(llvm::StringRef Name);

/// The enumerator a healthy answer carries: the first that reads as
/// success, else the first that does not read as trouble (nor as "no
/// value": Unknown, None, Unspecified), else the first. Empty for none.
std::string preferredEnumerator(llvm::ArrayRef<std::string> Enumerators);

/// Whether zero means "not set" for a number of that name: ids, amounts,
/// quantities, timestamps, versions, ports.
bool zeroIsSentinel(llvm::StringRef Name);

/// "chargeId", "charge_id", "ChargeId" -> "charge-id".
std::string kebabName(llvm::StringRef Name);

/// A fixed instant of a time-point type Type: 2024-01-01T00:00:00Z.
std::string fixedInstant(llvm::StringRef Type);

/// The call that builds a value of Type ("aChargeResult().build()"), or
/// "" when there is no builder for it.
using BuilderCall = llvm::function_ref<std::string(llvm::StringRef Type)>;

struct FieldDefault {
  std::string Expression;
  /// Expression reads `Number`, the builder's sequence number.
  bool UsesNumber = false;
};

/// What a builder sets a field to, or nothing when the field keeps what a
/// value-initialised (or default-initialised, when it has an initializer)
/// object holds: empty containers and optionals, null pointers, numbers
/// whose zero means nothing special, the author's own defaults.
std::optional<FieldDefault> fieldDefault(const DependencyMap &Map,
                                         const DataField &Field,
                                         BuilderCall Builder);

/// The GoogleMock action a mock answers a call of M with by default
/// ("::testing::Return(aChargeResult().build())"), or nothing when the
/// value-initialised answer is already right (void, references, trouble).
std::optional<std::string> defaultAnswer(const DependencyMap &Map,
                                         const Method &M, BuilderCall Builder);

/// The member of a mock that the answer of M, which returns a reference,
/// refers to: its type (the referred type without const) and initializer
/// (" = aConfig().build()" with Healthy answers and a builder, else "{}").
struct ReferredMember {
  std::string Type;
  std::string Init;
};
/// Nothing when no initializer compiles for certain: an abstract, unknown
/// or unbuildable class.
std::optional<ReferredMember> referredMember(const DependencyMap &Map,
                                             const Method &M,
                                             BuilderCall Builder, bool Healthy);

} // namespace itdd

#endif // ITDD_GENERATORS_DEFAULTVALUES_H
