//===--- Builders.cpp - builders of the data boundaries exchange ----------===//

#include "generators/Builders.h"
#include "generators/DefaultValues.h"
#include "generators/LanguageLevel.h"
#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <fmt/format.h>
#include <functional>
#include <set>

namespace itdd {

namespace {

/// One of the application's components that is surely no data: a boundary
/// may hand out a session object. The map sees no function bodies, so a
/// value class (getters over private fields) may stand in it as an
/// internal component; that one is still data.
bool isComponent(const DependencyMap &Map, llvm::StringRef Name) {
  const Component *C = Map.find(Name);
  return C && (C->Kind != Role::Internal || C->Abstract || !C->Methods.empty());
}

/// A class the map describes as data, not an enum and not a component.
bool isDataClass(const DependencyMap &Map, llvm::StringRef Name) {
  const DataType *T = Map.findData(Name);
  return T && !T->Enum && !isComponent(Map, Name);
}

/// The data classes a field holds: itself, its optional's or its
/// container's element.
void containedClasses(const DependencyMap &Map, const DataType &T,
                      std::vector<std::string> &Out) {
  for (const DataField &F : T.Fields)
    if (!F.Shape.Target.empty() && isDataClass(Map, F.Shape.Target))
      Out.push_back(F.Shape.Target);
}

/// Fields (or constructor arguments) whose type cannot be value-initialised
/// and that no builder makes either.
const DataField *unbuildableField(const DependencyMap &Map, const DataType &T) {
  for (const DataField &F : T.Fields)
    if (!F.DefaultConstructible && !(F.Shape.Kind == ValueKind::Record &&
                                     F.Shape.Wrap == ValueWrap::None &&
                                     whyNoBuilder(Map, F.Shape.Target).empty()))
      return &F;
  return nullptr;
}

/// A with-function cannot take an array by value, nor name an anonymous
/// type.
bool settable(const DataField &F) {
  llvm::StringRef Type = F.Type;
  return !Type.contains('[') && !Type.contains("(unnamed") &&
         !Type.contains("(anonymous");
}

/// The statement that gives field F of the value Holder names the value
/// Value: an assignment to a public field or a constructor's argument, or
/// a call of the setter of a value kept behind accessors.
std::string assignment(const DataField &F, llvm::StringRef Holder,
                       llvm::StringRef Value) {
  if (F.Setter.empty())
    return fmt::format("{}{} = {};", Holder.str(), F.Name, Value.str());
  if (F.SetterReturnsPointer)
    return fmt::format("*{}{}() = {};", Holder.str(), F.Setter, Value.str());
  return fmt::format("{}{}({});", Holder.str(), F.Setter, Value.str());
}

class BuilderEmitter {
public:
  BuilderEmitter(const DependencyMap &Map, const DataType &T)
      : Map(Map), T(T), Class(builderClassName(Map, T.Name)) {}

  std::string run() {
    std::vector<std::string> Sets;
    std::vector<std::string> Inits; // Positional, for a value-initialised type.
    bool UsesNumber = false;
    // A value-initialised aggregate; a class with setters builds itself.
    bool Positional = !T.FromConstructor &&
                      llvm::any_of(T.Fields,
                                   [](const DataField &F) {
                                     return !F.DefaultConstructible;
                                   }) &&
                      llvm::none_of(T.Fields, [](const DataField &F) {
                        return !F.Setter.empty();
                      });
    for (const DataField &F : T.Fields) {
      std::optional<FieldDefault> D = fieldDefault(
          Map, F, [&](llvm::StringRef Type) { return builderCall(Type); });
      UsesNumber |= D && D->UsesNumber;
      if (Positional) {
        Inits.push_back(D ? D->Expression : "{}");
        continue;
      }
      if (D && (F.DefaultConstructible || !T.FromConstructor))
        Sets.push_back("    " + assignment(F, Holder, D->Expression) + "\n");
    }

    std::string Withs;
    for (const DataField &F : T.Fields)
      if (settable(F))
        Withs += fmt::format(
            "  {cls} &with{Name}({type} Value) {{\n"
            "    {assign}\n"
            "    return *this;\n  }}\n",
            fmt::arg("cls", Class),
            fmt::arg("Name", camelCaseIdentifier(F.Name)),
            fmt::arg("type", F.Type),
            fmt::arg("assign", assignment(F, Holder, "std::move(Value)")));

    std::string Ctor;
    if (Positional)
      Ctor = fmt::format("  {0}(){1} {{}}\n", Class,
                         UsesNumber ? " : Number(nextNumber())" : "");
    else if (Sets.empty())
      Ctor = fmt::format("  {0}() = default;\n", Class);
    else
      Ctor = fmt::format("  {0}() {{\n{1}{2}  }}\n", Class,
                         UsesNumber ? "    const int Number = nextNumber();\n"
                                    : "",
                         llvm::join(Sets, ""));

    std::string Private;
    if (UsesNumber)
      Private += "  /// Every builder numbers its strings and ids apart.\n"
                 "  static int nextNumber() {\n"
                 "    static int Built = 0;\n"
                 "    return ++Built;\n  }\n\n";
    if (Positional && UsesNumber)
      Private += "  int Number;\n";
    Private += storage(Inits, Positional);

    return fmt::format(
        "/// Builds {type} values with every field valid, as a healthy third "
        "party sends them; set only what the scenario is about.\n"
        "class {cls} {{\npublic:\n{ctor}\n{withs}\n{build}\nprivate:\n"
        "{priv}}};\n\n"
        "/// A {type} with every field valid.\n"
        "inline {cls} {fn}() {{ return {{}}; }}\n\n",
        fmt::arg("type", T.Name), fmt::arg("cls", Class),
        fmt::arg("ctor", Ctor), fmt::arg("withs", Withs),
        fmt::arg("build", build()), fmt::arg("priv", Private),
        fmt::arg("fn", builderFunctionName(Map, T.Name)));
  }

private:
  std::string builderCall(llvm::StringRef Type) const {
    if (!whyNoBuilder(Map, Type).empty())
      return "";
    return fmt::format("{}().build()", builderFunctionName(Map, Type));
  }

  std::string build() const {
    // A move-only value leaves the builder when it is built: build it once.
    const char *Qualifier = T.Copyable ? " const" : "";
    std::string Value;
    if (T.FromConstructor) {
      std::vector<std::string> Args;
      Args.reserve(T.Fields.size());
      for (const DataField &F : T.Fields)
        Args.push_back(fmt::format(
            fmt::runtime(T.Copyable ? "Args.{}" : "std::move(Args.{})"),
            F.Name));
      Value = fmt::format("{0}({1})", T.Name, llvm::join(Args, ", "));
    } else {
      Value = T.Copyable ? "Result" : "std::move(Result)";
    }
    return fmt::format("  {type} build(){q} {{ return {value}; }}\n"
                       "  operator {type}(){q} {{ return {value}; }}\n",
                       fmt::arg("type", T.Name), fmt::arg("q", Qualifier),
                       fmt::arg("value", Value));
  }

  std::string storage(llvm::ArrayRef<std::string> Inits,
                      bool Positional) const {
    if (!T.FromConstructor)
      return fmt::format("  {0} Result{{{1}}};\n", T.Name,
                         Positional ? llvm::join(Inits, ", ") : "");
    std::string Members;
    for (const DataField &F : T.Fields) {
      std::string Init =
          F.DefaultConstructible
              ? "{}"
              : fmt::format(" = {}", builderCall(F.Shape.Target));
      Members += fmt::format("    {0} {1}{2};\n", F.Type, F.Name, Init);
    }
    return fmt::format("  /// The arguments of its constructor.\n  struct {{\n"
                       "{}  }} Args;\n",
                       Members);
  }

  const DependencyMap &Map;
  const DataType &T;
  std::string Class;
  std::string Holder = T.FromConstructor ? "Args." : "Result.";
};

} // namespace

std::string builderClassName(const DependencyMap &Map, llvm::StringRef Type) {
  llvm::StringRef Short = unqualifiedName(Type);
  std::vector<llvm::StringRef> Others;
  for (const DataType &T : Map.DataTypes)
    if (!T.Enum && T.Name != Type && unqualifiedName(T.Name) == Short)
      Others.push_back(T.Name);
  return distinctShortName(Type, Others) + "Builder";
}

std::string builderFunctionName(const DependencyMap &Map,
                                llvm::StringRef Type) {
  std::string Class = builderClassName(Map, Type);
  llvm::StringRef Name = Class;
  Name.consume_back("Builder");
  bool Vowel =
      !Name.empty() && llvm::StringRef("AEIOUaeiou").contains(Name.front());
  return (Vowel ? "an" : "a") + Name.str();
}

std::string whyNoBuilder(const DependencyMap &Map, llvm::StringRef Type) {
  const DataType *T = Map.findData(Type);
  if (!T)
    return "the map does not describe it";
  if (T->Enum)
    return "an enum: fields of it take its first enumerator that reads as "
           "success";
  if (isComponent(Map, Type))
    return "a component of the application, not data";
  if (!T->NotBuildable.empty())
    return T->NotBuildable;
  if (T->Header.empty())
    return "declared in a source file (" + T->File + "), not a header";
  if (const DataField *F = unbuildableField(Map, *T))
    return (T->FromConstructor ? "its constructor's parameter '"
                               : "its field '") +
           F->Name + "' (" + F->Type +
           ") has no default constructor and no builder";
  return "";
}

std::vector<std::string> withContainedTypes(const DependencyMap &Map,
                                            llvm::ArrayRef<std::string> Roots) {
  std::vector<std::string> Order;
  std::set<std::string> Seen;
  // Depth first, each class after what it contains.
  std::function<void(const std::string &)> Visit =
      [&](const std::string &Name) {
        const DataType *T = Map.findData(Name);
        if (!T || T->Enum || !Seen.insert(Name).second)
          return;
        std::vector<std::string> Inner;
        containedClasses(Map, *T, Inner);
        llvm::sort(Inner);
        for (const std::string &I : Inner)
          Visit(I);
        Order.push_back(Name);
      };
  std::vector<std::string> Sorted(Roots.begin(), Roots.end());
  llvm::sort(Sorted);
  for (const std::string &R : Sorted)
    Visit(R);
  return Order;
}

/// The data types the member functions of the components Crosses picks
/// take or return, and those they contain.
static std::vector<std::string>
dataTypesCrossing(const DependencyMap &Map,
                  llvm::function_ref<bool(const Component &)> Crosses) {
  std::vector<std::string> Roots;
  for (const Component &C : Map.Components) {
    if (!Crosses(C))
      continue;
    for (const Method &M : C.Methods)
      if (isDataClass(Map, M.Returns.Target))
        Roots.push_back(M.Returns.Target);
    for (const UsedType &U : C.MethodTypes)
      if (isDataClass(Map, U.Name))
        Roots.push_back(U.Name);
  }
  return withContainedTypes(Map, Roots);
}

std::vector<std::string>
boundaryDataTypes(const DependencyMap &Map,
                  llvm::ArrayRef<std::string> Boundaries) {
  return dataTypesCrossing(Map, [&](const Component &C) {
    return llvm::is_contained(Boundaries, C.Name);
  });
}

std::vector<std::string> boundaryDataTypes(const DependencyMap &Map) {
  return dataTypesCrossing(
      Map, [](const Component &C) { return C.Kind == Role::ExternalBoundary; });
}

std::vector<std::string> builderIncludes(const DependencyMap &Map,
                                         llvm::ArrayRef<std::string> Types) {
  std::set<std::string> Headers;
  for (const std::string &Name : Types)
    if (const DataType *T = Map.findData(Name); T && !T->Header.empty())
      Headers.insert(includeLine(T->Header, T->HeaderAngled));
  return {Headers.begin(), Headers.end()};
}

std::vector<std::string> builderStdIncludes(const DependencyMap &Map,
                                            llvm::ArrayRef<std::string> Types) {
  if (Types.empty())
    return {};
  bool Chrono = false, Text = false;
  for (const std::string &Name : Types)
    if (const DataType *T = Map.findData(Name))
      for (const DataField &F : T->Fields) {
        Chrono |= F.Shape.Kind == ValueKind::TimePoint;
        Text |= F.Shape.Kind == ValueKind::String;
      }
  std::vector<std::string> Lines;
  if (Chrono)
    Lines.emplace_back("#include <chrono>");
  if (Text)
    Lines.emplace_back("#include <string>");
  Lines.emplace_back("#include <utility>");
  return Lines;
}

std::string builderDefinitions(const DependencyMap &Map,
                               llvm::ArrayRef<std::string> Types) {
  std::string Text;
  for (const std::string &Name : Types) {
    std::string Why = whyNoBuilder(Map, Name);
    Text += Why.empty()
                ? BuilderEmitter(Map, *Map.findData(Name)).run()
                : fmt::format("// No builder for {0}: {1}.\n\n", Name, Why);
  }
  return Text;
}

std::string buildersInfoLine(llvm::StringRef Namespace) {
  return fmt::format("// itdd-builders: namespace={}", Namespace.str());
}

std::optional<std::string> parseBuildersNamespace(llvm::StringRef Text) {
  size_t At = Text.find("// itdd-builders: namespace=");
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Line = Text.substr(At).split('\n').first;
  Line.consume_front("// itdd-builders: namespace=");
  Line = Line.trim();
  if (Line.empty())
    return std::nullopt;
  return Line.str();
}

llvm::Expected<std::string> generateBuilders(const DependencyMap &Map,
                                             const BuildersRequest &Request) {
  for (const std::string &Name : Request.Classes) {
    const DataType *T = Map.findData(Name);
    if (!T || T->Enum) {
      std::vector<std::string> Known;
      for (const DataType &D : Map.DataTypes)
        if (!D.Enum)
          Known.push_back(D.Name);
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "no data class named '%s' in the map%s; give its fully qualified "
          "name, and map a source file that includes its header",
          Name.c_str(), didYouMean(Known, Name).c_str());
    }
    if (std::string Why = whyNoBuilder(Map, Name); !Why.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "no builder for %s: %s", Name.c_str(),
                                     Why.c_str());
  }
  std::vector<std::string> Types =
      Request.Classes.empty() ? boundaryDataTypes(Map)
                              : withContainedTypes(Map, Request.Classes);
  if (Types.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "no data type crosses an external boundary in the map; name classes "
        "with --class, or map the files that declare the boundaries");
  return fmt::format(
      "#pragma once\n// clang-format off\n{info}\n// clang-format on\n\n"
      "{includes}\n\n{std}\n\n{open}\n\n{builders}{close}\n",
      fmt::arg("info", buildersInfoLine(Request.Namespace)),
      fmt::arg("includes", llvm::join(builderIncludes(Map, Types), "\n")),
      fmt::arg("std", llvm::join(builderStdIncludes(Map, Types), "\n")),
      fmt::arg("open", namespaceOpening(languageLevel(Map), Request.Namespace)),
      fmt::arg("close",
               namespaceClosing(languageLevel(Map), Request.Namespace)),
      fmt::arg("builders", builderDefinitions(Map, Types)));
}

} // namespace itdd
