//===--- DataTypes.h - the data that crosses external boundaries -*- C++
//-*-===//
//
// Plain descriptions of data types (structs, value classes, enums) and of
// the shape of a value, as `itdd gen builders` and the mocks' default
// answers need them. No Clang types: the map's shards carry them.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_DATATYPES_H
#define ITDD_CORE_DATATYPES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// What a value is, as far as choosing a valid default for it goes.
enum class ValueKind {
  Other,
  String,     ///< std::string
  StringView, ///< std::string_view
  Bool,
  Integer,
  Floating,
  Enum,      ///< Target names the enum.
  Record,    ///< A class; Target names it.
  Container, ///< A standard container; Target names its element's class.
  TimePoint, ///< std::chrono::time_point
};

/// What holds the value of that kind, if anything.
enum class ValueWrap {
  None,
  Optional,  ///< std::optional and the like.
  Expected,  ///< std::expected-likes: built from the value alone.
  UniquePtr, ///< std::unique_ptr
  SharedPtr, ///< std::shared_ptr
  Pointer,
  Reference,
};

llvm::StringRef valueKindName(ValueKind K);
std::optional<ValueKind> valueKindFromName(llvm::StringRef Name);
llvm::StringRef valueWrapName(ValueWrap W);
std::optional<ValueWrap> valueWrapFromName(llvm::StringRef Name);

struct ValueShape {
  ValueKind Kind = ValueKind::Other;
  ValueWrap Wrap = ValueWrap::None;
  /// The record or enum the value is (or, in a container, holds), fully
  /// qualified; empty for other kinds.
  std::string Target;
  bool operator==(const ValueShape &O) const {
    return Kind == O.Kind && Wrap == O.Wrap && Target == O.Target;
  }
};

/// A public field of a data type, a parameter of the constructor that
/// builds a type without public fields, or a value such a type keeps behind
/// a getter and a setter.
struct DataField {
  std::string Name;
  std::string Type; ///< Spelled fully qualified, without reference.
  ValueShape Shape;
  /// The default member initializer or default argument as written
  /// ("= 0", "{}", "OrderStatus::Pending"); empty when there is none.
  std::string Initializer;
  /// `Type{}` compiles.
  bool DefaultConstructible = true;
  /// The member function that sets a value the class keeps behind
  /// accessors (`set_name`, `setName`, `mutable_total`); empty for a public
  /// field or a constructor's parameter.
  std::string Setter;
  /// Setter returns a pointer to assign through.
  bool SetterReturnsPointer = false;
  bool operator==(const DataField &O) const {
    return Name == O.Name && Type == O.Type && Shape == O.Shape &&
           Initializer == O.Initializer &&
           DefaultConstructible == O.DefaultConstructible &&
           Setter == O.Setter && SetterReturnsPointer == O.SetterReturnsPointer;
  }
};

/// A data type: a struct or value class (its fields) or an enum (its
/// enumerators).
struct DataType {
  std::string Name; ///< Fully qualified.
  std::string File;
  unsigned Line = 0;
  /// The include spelling of its header; empty when declared in a source
  /// file.
  std::string Header;
  bool HeaderAngled = false;
  bool Enum = false;
  std::vector<std::string> Enumerators; ///< In declaration order.
  /// Public fields in declaration order, or, with FromConstructor, the
  /// parameters of the widest public constructor.
  std::vector<DataField> Fields;
  bool FromConstructor = false;
  /// A copy can be made: build() returns one.
  bool Copyable = true;
  /// Why no builder can make it (abstract, no accessible constructor, a
  /// reference field); empty when one can.
  std::string NotBuildable;
  bool operator==(const DataType &O) const {
    return Name == O.Name && File == O.File && Line == O.Line &&
           Header == O.Header && HeaderAngled == O.HeaderAngled &&
           Enum == O.Enum && Enumerators == O.Enumerators &&
           Fields == O.Fields && FromConstructor == O.FromConstructor &&
           Copyable == O.Copyable && NotBuildable == O.NotBuildable;
  }
};

llvm::json::Value toJSON(const ValueShape &S);
ValueShape valueShapeFromJSON(const llvm::json::Object &O);
llvm::json::Value toJSON(const DataType &T);
std::optional<DataType> dataTypeFromJSON(const llvm::json::Value &V);

} // namespace itdd

#endif // ITDD_CORE_DATATYPES_H
