//===--- FactoryPlan.h - what a SUT assembly factory builds ----*- C++ -*-===//
//
// The decisions behind `itdd gen factory`, apart from the text: which class
// each constructor parameter gets (real, bound, mocked), which constructor
// builds it, how the system keeps it, and the configuration fields.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_FACTORYPLAN_H
#define ITDD_GENERATORS_FACTORYPLAN_H

#include "core/DependencyMap.h"
#include "generators/ConstructorChoice.h"
#include "generators/MockAnswers.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>
#include <vector>

namespace itdd {

struct FactoryRequest {
  std::string Entry; ///< Fully qualified entry-point class.
  /// "Checkout" names CheckoutSystem, CheckoutSystemConfig and
  /// makeCheckoutSystem.
  std::string Name;
  std::string Namespace; ///< Where the generated code goes.
  /// Interface -> the implementation to build for it.
  std::map<std::string, std::string> Bind;
  /// Class -> which of its public constructors builds it: "2" (1-based,
  /// in declaration order) or its parameter types, comma separated, each a
  /// part of the type as the map spells it ("unique_ptr<SpanProcessor>").
  /// The key "" stands for the entry point.
  std::map<std::string, std::string> Ctor;
  /// Include of a generated mocks header to use instead of emitting the mock
  /// classes (written as given, e.g. "support/mocks.h").
  std::string MocksHeader;
  /// How the emitted mocks answer calls no test configured.
  MockAnswers Answers;
  /// Include of a generated builders header to use instead of emitting the
  /// builders the mocks' answers need.
  std::string BuildersHeader;
};

/// How the system keeps a component: in place, behind a shared_ptr (some
/// constructor takes a shared_ptr), or created behind a unique_ptr whose
/// ownership passes to the one constructor that takes it.
enum class Storage { Value, Shared, Owned };

/// One constructor argument: another component or a configuration field.
struct PlanArgument {
  int Node = -1;  ///< The component passed, or -1.
  int Field = -1; ///< When Node < 0: the configuration field passed.
  Passing Pass = Passing::Value;
  bool Many = false;
  /// Taken as `T&&`: the component is moved into its consumer.
  bool Rvalue = false;
  /// The parameter's type without reference and const.
  std::string ValueType;
};

struct PlanNode {
  std::string Class; ///< The class built, or the class mocked.
  bool Mock = false;
  const Component *Comp = nullptr;
  std::string Member;
  std::vector<PlanArgument> Args;
  Storage Keep = Storage::Value;
  int Owner = -1; ///< With Storage::Owned: the node that takes ownership.
  /// Which constructor was chosen, when the class has several.
  ConstructorChoice Ctor;
  /// The static member function that builds it, for a class without a
  /// public constructor; null when a constructor does.
  const FactoryFunction *Made = nullptr;
  /// Trailing parameters left to their default arguments.
  std::vector<CtorParam> Defaulted;
};

/// How a configuration field reaches its constructor parameter, which also
/// says how the configuration struct declares it.
enum class FieldKind {
  /// A value-initialised `T`, passed as it is.
  Value,
  /// A pointer type, null unless the test sets it, passed as it is.
  Pointer,
  /// A value-initialised `T` moved into the constructor (`unique_ptr`, `T&&`).
  Moved,
  /// A `T *` the test must set: the test owns the object, the system refers
  /// to it (a non-const reference, or a reference to an abstract class).
  Referenced,
  /// A `std::optional<T>` the test must set: T has no default value.
  Required,
};

/// A plain value a constructor takes, kept in the configuration struct.
struct ConfigField {
  std::string Name;
  FieldKind Kind = FieldKind::Value;
  /// The parameter it is passed to, and the class whose constructor (or
  /// factory function) takes it.
  CtorParam Param;
  std::string Class;
  /// The factory function that takes it; empty for a constructor.
  std::string Function;
};

struct FactoryPlan {
  std::vector<PlanNode> Nodes; ///< In dependency order.
  int Top = -1;                ///< The entry point's node.
  std::vector<ConfigField> Fields;
  bool NeedsRequire = false, NeedsOptional = false, NeedsList = false;
};

/// Plans the factory, or says what the user must add (--bind, --ctor, a
/// class to map) when it cannot be built.
llvm::Expected<FactoryPlan> planFactory(const DependencyMap &Map,
                                        const FactoryRequest &Request);

} // namespace itdd

#endif // ITDD_GENERATORS_FACTORYPLAN_H
