//===--- Factory.cpp - SUT assembly factories -----------------------------===//

#include "generators/Factory.h"
#include "generators/Builders.h"
#include "generators/ConfigFields.h"
#include "generators/LanguageLevel.h"
#include "generators/Mocks.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include <algorithm>
#include <fmt/format.h>

namespace itdd {

namespace {

bool isStd(llvm::StringRef Type, llvm::StringRef Template) {
  return Type.starts_with(("std::" + Template + "<").str());
}

/// Which constructor built the class, when it has several.
std::string constructorNote(const PlanNode &N) {
  const ConstructorChoice &Ctor = N.Ctor;
  if (!Ctor.Number)
    return "";
  if (Ctor.Flag.empty())
    return fmt::format("Built with constructor {number} of {of} (the "
                       "widest); choose another with --ctor {cls}=N.",
                       fmt::arg("number", Ctor.Number), fmt::arg("of", Ctor.Of),
                       fmt::arg("cls", N.Class));
  return fmt::format("Built with constructor {number} of {of} ({flag}).",
                     fmt::arg("number", Ctor.Number), fmt::arg("of", Ctor.Of),
                     fmt::arg("flag", Ctor.Flag));
}

class Emitter {
public:
  Emitter(const DependencyMap &Map, const FactoryRequest &Request,
          const FactoryPlan &Plan)
      : Map(Map), Request(Request), Plan(Plan), Nodes(Plan.Nodes),
        Level(languageLevel(Map)), System(Request.Name + "System"),
        ConfigName(System + "Config") {
    for (const PlanNode &N : Nodes)
      (N.Mock ? Mocked : Real).push_back(N.Class);
    // The builders the mocks answer with, unless a header brings them.
    if (Request.MocksHeader.empty() && Request.BuildersHeader.empty())
      Data = answeredDataTypes(Map, Mocked, Request.Answers);
  }

  std::string run() const {
    std::string Text = preamble();
    if (Request.MocksHeader.empty()) {
      Text += builderDefinitions(Map, Data);
      for (const std::string &Class : Mocked)
        Text +=
            mockClassDefinition(Map, *Map.find(Class), Request.Answers) + "\n";
    }
    return Text + configStruct() + systemStruct();
  }

private:
  /// The line `itdd gen tests` reads to use the factory.
  std::string infoLine() const {
    FactoryInfo Info;
    Info.Name = Request.Name;
    Info.Namespace = Request.Namespace;
    Info.Entry = Request.Entry;
    Info.EntryMember = Nodes[Plan.Top].Member;
    for (const PlanNode &N : Nodes)
      if (N.Mock)
        Info.MockMembers.push_back(N.Member);
    return factoryInfoLine(Info);
  }

  /// The include lines of the project's headers (and the mocks' and
  /// builders' header when the user gave one).
  std::vector<std::string> projectIncludes() const {
    std::vector<std::string> Includes = includesFor(Map, Real);
    if (Request.MocksHeader.empty()) {
      std::vector<std::string> ForMocks = mockIncludesFor(Map, Mocked);
      Includes.insert(Includes.end(), ForMocks.begin(), ForMocks.end());
      std::vector<std::string> ForData = builderIncludes(Map, Data);
      Includes.insert(Includes.end(), ForData.begin(), ForData.end());
    }
    llvm::sort(Includes);
    Includes.erase(std::unique(Includes.begin(), Includes.end()),
                   Includes.end());
    const std::string &Given = !Request.MocksHeader.empty()
                                   ? Request.MocksHeader
                                   : Request.BuildersHeader;
    if (!Given.empty() && !Mocked.empty())
      Includes.push_back(includeLine(Given, /*Angled=*/false));
    return Includes;
  }

  /// The standard headers, GoogleMock's first.
  std::vector<std::string> standardHeaders() const {
    std::vector<std::string> Std = {"<gmock/gmock.h>", "<memory>"};
    for (llvm::StringRef Line : builderStdIncludes(Map, Data))
      if (Line.consume_front("#include "))
        Std.push_back(Line.str());
    if (Plan.NeedsOptional && Level.hasOptional())
      Std.push_back("<optional>");
    if (Plan.NeedsRequire)
      Std.insert(Std.end(), {"<stdexcept>", "<string>"});
    Std.push_back("<utility>");
    llvm::sort(Std.begin() + 1, Std.end());
    Std.erase(std::unique(Std.begin(), Std.end()), Std.end());
    return Std;
  }

  std::string preamble() const {
    return fmt::format(
        "#pragma once\n// clang-format off\n{info}\n// clang-format "
        "on\n\n{includes}\n\n#include {std}\n\n{open}\n\n",
        fmt::arg("info", infoLine()),
        fmt::arg("includes", llvm::join(projectIncludes(), "\n")),
        fmt::arg("std", llvm::join(standardHeaders(), "\n#include ")),
        fmt::arg("open", namespaceOpening(Level, Request.Namespace)));
  }

  std::string configStruct() const {
    std::string Fields;
    for (const ConfigField &F : Plan.Fields)
      Fields += fmt::format("  /// {comment}\n  {decl};\n",
                            fmt::arg("comment", fieldComment(F, Level)),
                            fmt::arg("decl", fieldDeclaration(F, Level)));
    return fmt::format("/// The plain values the constructors of {system}'s "
                       "components take.\nstruct {config} {{\n{fields}}};\n\n",
                       fmt::arg("system", System),
                       fmt::arg("config", ConfigName),
                       fmt::arg("fields", Fields));
  }

  std::string systemStruct() const {
    std::string Inits;
    for (size_t I = 0; I < Nodes.size(); ++I)
      Inits += initializer(static_cast<int>(I));
    std::string Members;
    for (const PlanNode &N : Nodes)
      Members += member(N);
    return fmt::format(
        "/// {entry} and every component it reaches through its "
        "constructors, built for real and wired in dependency order; the "
        "external boundaries are NiceMock mocks the test sets expectations "
        "on.\n"
        "struct {system} {{\n"
        "  explicit {system}({config} Values)\n"
        "      : config(std::move(Values)){inits} {{}}\n\n"
        "  {system}(const {system} &) = delete;\n"
        "  {system} &operator=(const {system} &) = delete;\n\n"
        "  {config} config;\n{members}{helpers}}};\n\n"
        "/// A freshly assembled {system}: one per test, so tests share no "
        "state.\n"
        "inline std::unique_ptr<{system}> make{system}({config} Values = {{}}) "
        "{{\n  return {make};\n}}\n\n"
        "{close}\n",
        fmt::arg("make",
                 makeUniqueExpression(Level, System, "std::move(Values)")),
        fmt::arg("entry", Request.Entry), fmt::arg("system", System),
        fmt::arg("config", ConfigName), fmt::arg("inits", Inits),
        fmt::arg("members", Members), fmt::arg("helpers", helpers()),
        fmt::arg("close", namespaceClosing(Level, Request.Namespace)));
  }

  std::string typeOf(const PlanNode &N) const {
    return N.Mock ? fmt::format("::testing::NiceMock<{}>",
                                mockClassName(Map, N.Class))
                  : N.Class;
  }

  /// What one element of the parameter gets: the member, its address, its
  /// shared_ptr, or the unique_ptr that hands it over.
  std::string elementText(const PlanArgument &A, int Consumer) const {
    const PlanNode &Dep = Nodes[A.Node];
    // A project's own smart pointer is built from std's.
    bool Foreign = !A.Many && !isStd(A.ValueType, "shared_ptr") &&
                   !isStd(A.ValueType, "unique_ptr");
    const char *Form = "{member}";
    switch (Dep.Keep) {
    case Storage::Shared:
      if (A.Pass == Passing::SharedPtr)
        Form = Foreign ? "{type}({member})" : "{member}";
      else
        Form = A.Pass == Passing::Pointer ? "{member}.get()" : "*{member}";
      break;
    case Storage::Owned:
      if (A.Pass == Passing::UniquePtr && Dep.Owner == Consumer) {
        Form = Foreign ? "{type}({member}_owner.release())"
                       : "std::move({member}_owner)";
        break;
      }
      [[fallthrough]];
    case Storage::Value:
      Form = A.Pass == Passing::Pointer ? "&{member}" : "{member}";
      break;
    }
    return fmt::format(fmt::runtime(Form), fmt::arg("member", Dep.Member),
                       fmt::arg("type", A.ValueType));
  }

  std::string argumentText(const PlanArgument &A, int Consumer) const {
    if (A.Node < 0)
      return fieldUse(Plan.Fields[A.Field]);
    std::string Element = elementText(A, Consumer);
    // A container of them gets a container of the one the system built.
    if (A.Many)
      return fmt::format("itddListOf<{0}>({1})", A.ValueType, Element);
    // Taken as T&&: the system's object is moved into its consumer.
    if (A.Rvalue)
      return fmt::format("std::move({})", Element);
    return Element;
  }

  /// What the member is initialised with: the constructor's arguments, or
  /// the object (or smart pointer) made by the class's factory function.
  std::string creation(int I) const {
    const PlanNode &N = Nodes[I];
    std::vector<std::string> Args;
    Args.reserve(N.Args.size());
    for (const PlanArgument &A : N.Args)
      Args.push_back(argumentText(A, I));
    std::string Joined = llvm::join(Args, ", ");
    std::string Call =
        N.Made ? fmt::format("{0}::{1}({2})", N.Class, N.Made->Name, Joined)
               : Joined;
    // A pointer the factory function hands back is kept as it is.
    if (N.Made && N.Made->Returns != Passing::Value)
      return Call;
    switch (N.Keep) {
    case Storage::Value:
      return Call;
    case Storage::Shared:
      return fmt::format("std::make_shared<{0}>({1})", typeOf(N), Call);
    case Storage::Owned:
      return makeUniqueExpression(Level, typeOf(N), Call);
    }
    llvm_unreachable("every storage has its creation");
  }

  std::string initializer(int I) const {
    const PlanNode &N = Nodes[I];
    const char *Form = N.Keep == Storage::Owned
                           ? ",\n        {member}_owner({make}),\n        "
                             "{member}(*{member}_owner)"
                           : ",\n        {member}({make})";
    return fmt::format(fmt::runtime(Form), fmt::arg("member", N.Member),
                       fmt::arg("make", creation(I)));
  }

  std::string roleNote(const PlanNode &N) const {
    std::string Note;
    if (N.Mock)
      Note = fmt::format("External boundary {}: a mock.", N.Class);
    else if (static_cast<int>(&N - Nodes.data()) == Plan.Top)
      Note = "The entry point the test drives.";
    else
      Note = fmt::format("Real {}.", roleName(N.Comp->Kind).str());
    for (const auto &[Interface, Impl] : Request.Bind)
      if (!N.Mock && Impl == N.Class)
        Note += fmt::format(" Implements {} (--bind).", Interface);
    if (std::string Ctor = constructorNote(N); !Ctor.empty())
      Note += " " + Ctor;
    if (N.Made)
      Note += fmt::format(" Built by {0}::{1}{2}.", N.Class, N.Made->Name,
                          N.Made->Returns == Passing::Pointer
                              ? ", whose pointer the system owns"
                              : "");
    if (!N.Defaulted.empty()) {
      std::vector<std::string> Defaults;
      Defaults.reserve(N.Defaulted.size());
      for (const CtorParam &P : N.Defaulted)
        Defaults.push_back(fmt::format("`{} = {}`", P.Name, P.Default));
      Note += fmt::format(" Its constructor's defaults apply to {}.",
                          llvm::join(Defaults, ", "));
    }
    // A comment is one line, whatever text it quotes.
    std::replace(Note.begin(), Note.end(), '\n', ' ');
    return Note;
  }

  std::string member(const PlanNode &N) const {
    const char *Form = "  /// {note}\n  {type} {member};\n";
    switch (N.Keep) {
    case Storage::Value:
      break;
    case Storage::Shared:
      Form = "  /// {note}\n  std::shared_ptr<{type}> {member};\n";
      break;
    case Storage::Owned:
      Form =
          "  /// {note}\n  std::unique_ptr<{type}> {member}_owner; // Handed "
          "over to {owner}.\n  {type} &{member};\n";
      break;
    }
    return fmt::format(
        fmt::runtime(Form), fmt::arg("note", roleNote(N)),
        fmt::arg("type", typeOf(N)), fmt::arg("member", N.Member),
        fmt::arg("owner",
                 N.Keep == Storage::Owned ? Nodes[N.Owner].Class : ""));
  }

  std::string helpers() const {
    if (!Plan.NeedsRequire && !Plan.NeedsList)
      return "";
    std::string Text = "\nprivate:\n";
    const char *Require =
        "  template <typename T>\n"
        "  static T &requireField({param}, const char *Field) {{\n"
        "    if (!Value)\n"
        "      throw std::invalid_argument(std::string(\"{config}::\") + "
        "Field + \" must be set\");\n"
        "    return *Value;\n  }}\n";
    if (Plan.NeedsRequire)
      Text += fmt::format(fmt::runtime(Require), fmt::arg("param", "T *Value"),
                          fmt::arg("config", ConfigName));
    if (Plan.NeedsOptional)
      Text += fmt::format(fmt::runtime(Require),
                          fmt::arg("param", Level.hasOptional()
                                                ? "std::optional<T> &Value"
                                                : "std::shared_ptr<T> &Value"),
                          fmt::arg("config", ConfigName));
    if (Plan.NeedsList)
      Text += "  template <typename List, typename Item>\n"
              "  static List itddListOf(Item &&One) {\n"
              "    List Result;\n"
              "    Result.push_back(std::forward<Item>(One));\n"
              "    return Result;\n  }\n";
    return Text;
  }

  const DependencyMap &Map;
  const FactoryRequest &Request;
  const FactoryPlan &Plan;
  const std::vector<PlanNode> &Nodes;
  /// The project's C++ standard: what the generated code may use.
  const LanguageLevel Level;
  const std::string System, ConfigName;
  /// The classes built for real and those mocked, in dependency order.
  std::vector<std::string> Real, Mocked;
  /// The data types whose builders the mocks' answers need here.
  std::vector<std::string> Data;
};

} // namespace

llvm::Expected<std::string> generateFactory(const DependencyMap &Map,
                                            const FactoryRequest &Request) {
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, Request);
  if (!Plan)
    return Plan.takeError();
  return Emitter(Map, Request, *Plan).run();
}

} // namespace itdd
