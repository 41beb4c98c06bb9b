//===--- DataTypes.cpp - the data that crosses external boundaries --------===//

#include "core/DataTypes.h"
#include "llvm/ADT/ArrayRef.h"
#include <utility>

namespace itdd {

namespace {

constexpr std::pair<ValueKind, const char *> KindNames[] = {
    {ValueKind::Other, "other"},
    {ValueKind::String, "string"},
    {ValueKind::StringView, "string_view"},
    {ValueKind::Bool, "bool"},
    {ValueKind::Integer, "integer"},
    {ValueKind::Floating, "floating"},
    {ValueKind::Enum, "enum"},
    {ValueKind::Record, "record"},
    {ValueKind::Container, "container"},
    {ValueKind::TimePoint, "time_point"},
};

constexpr std::pair<ValueWrap, const char *> WrapNames[] = {
    {ValueWrap::None, "none"},
    {ValueWrap::Optional, "optional"},
    {ValueWrap::Expected, "expected"},
    {ValueWrap::UniquePtr, "unique_ptr"},
    {ValueWrap::SharedPtr, "shared_ptr"},
    {ValueWrap::Pointer, "pointer"},
    {ValueWrap::Reference, "reference"},
};

template <typename Enum, size_t N>
llvm::StringRef nameIn(const std::pair<Enum, const char *> (&Table)[N],
                       Enum Value) {
  for (const auto &[E, Name] : Table)
    if (E == Value)
      return Name;
  return Table[0].second;
}

template <typename Enum, size_t N>
std::optional<Enum> valueIn(const std::pair<Enum, const char *> (&Table)[N],
                            llvm::StringRef Name) {
  for (const auto &[E, Text] : Table)
    if (Name == Text)
      return E;
  return std::nullopt;
}

std::string stringOf(const llvm::json::Object &O, llvm::StringRef Key) {
  return O.getString(Key).value_or("").str();
}

} // namespace

llvm::StringRef valueKindName(ValueKind K) { return nameIn(KindNames, K); }
std::optional<ValueKind> valueKindFromName(llvm::StringRef Name) {
  return valueIn(KindNames, Name);
}
llvm::StringRef valueWrapName(ValueWrap W) { return nameIn(WrapNames, W); }
std::optional<ValueWrap> valueWrapFromName(llvm::StringRef Name) {
  return valueIn(WrapNames, Name);
}

llvm::json::Value toJSON(const ValueShape &S) {
  llvm::json::Object O{{"kind", valueKindName(S.Kind)}};
  if (S.Wrap != ValueWrap::None)
    O["wrap"] = valueWrapName(S.Wrap);
  if (!S.Target.empty())
    O["target"] = S.Target;
  return O;
}

ValueShape valueShapeFromJSON(const llvm::json::Object &O) {
  ValueShape S;
  S.Kind = valueKindFromName(O.getString("kind").value_or(""))
               .value_or(ValueKind::Other);
  S.Wrap = valueWrapFromName(O.getString("wrap").value_or(""))
               .value_or(ValueWrap::None);
  S.Target = stringOf(O, "target");
  return S;
}

llvm::json::Value toJSON(const DataType &T) {
  llvm::json::Object O{{"name", T.Name},
                       {"file", T.File},
                       {"line", T.Line},
                       {"header", T.Header},
                       {"header_angled", T.HeaderAngled}};
  if (T.Enum) {
    O["enumerators"] = llvm::json::Array(T.Enumerators);
    return O;
  }
  llvm::json::Array Fields;
  for (const DataField &F : T.Fields) {
    llvm::json::Object Field{
        {"name", F.Name}, {"type", F.Type}, {"shape", toJSON(F.Shape)}};
    // Written only when set, so maps stay short.
    if (!F.Initializer.empty())
      Field["initializer"] = F.Initializer;
    if (!F.DefaultConstructible)
      Field["default_constructible"] = false;
    if (!F.Setter.empty())
      Field["setter"] = F.Setter;
    if (F.SetterReturnsPointer)
      Field["setter_returns_pointer"] = true;
    Fields.push_back(std::move(Field));
  }
  O["fields"] = std::move(Fields);
  if (T.FromConstructor)
    O["from_constructor"] = true;
  if (!T.Copyable)
    O["copyable"] = false;
  if (!T.NotBuildable.empty())
    O["not_buildable"] = T.NotBuildable;
  return O;
}

std::optional<DataType> dataTypeFromJSON(const llvm::json::Value &V) {
  const llvm::json::Object *O = V.getAsObject();
  if (!O || !O->getString("name"))
    return std::nullopt;
  DataType T;
  T.Name = stringOf(*O, "name");
  T.File = stringOf(*O, "file");
  T.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
  T.Header = stringOf(*O, "header");
  T.HeaderAngled = O->getBoolean("header_angled").value_or(false);
  if (const llvm::json::Array *Enumerators = O->getArray("enumerators")) {
    T.Enum = true;
    for (const llvm::json::Value &E : *Enumerators)
      if (std::optional<llvm::StringRef> S = E.getAsString())
        T.Enumerators.push_back(S->str());
  }
  if (const llvm::json::Array *Fields = O->getArray("fields"))
    for (const llvm::json::Value &FV : *Fields) {
      const llvm::json::Object *F = FV.getAsObject();
      if (!F)
        continue;
      DataField Field;
      Field.Name = stringOf(*F, "name");
      Field.Type = stringOf(*F, "type");
      if (const llvm::json::Object *Shape = F->getObject("shape"))
        Field.Shape = valueShapeFromJSON(*Shape);
      Field.Initializer = stringOf(*F, "initializer");
      Field.DefaultConstructible =
          F->getBoolean("default_constructible").value_or(true);
      Field.Setter = stringOf(*F, "setter");
      Field.SetterReturnsPointer =
          F->getBoolean("setter_returns_pointer").value_or(false);
      T.Fields.push_back(std::move(Field));
    }
  T.FromConstructor = O->getBoolean("from_constructor").value_or(false);
  T.Copyable = O->getBoolean("copyable").value_or(true);
  T.NotBuildable = stringOf(*O, "not_buildable");
  return T;
}

} // namespace itdd
