//===--- Factory.cpp - SUT assembly factories -----------------------------===//

#include "generators/Factory.h"
#include "generators/Builders.h"
#include "generators/Mocks.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>
#include <fmt/format.h>

namespace itdd {

std::string factoryInfoLine(const FactoryInfo &Info) {
  return "// itdd-factory: name=" + Info.Name + " namespace=" + Info.Namespace +
         " entry=" + Info.Entry + " member=" + Info.EntryMember +
         " mocks=" + llvm::join(Info.MockMembers, ",");
}

std::optional<FactoryInfo> parseFactoryInfo(llvm::StringRef Text) {
  size_t At = Text.find("// itdd-factory: ");
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Line = Text.substr(At).split('\n').first;
  Line.consume_front("// itdd-factory: ");
  FactoryInfo Info;
  llvm::SmallVector<llvm::StringRef, 8> Fields;
  Line.trim().split(Fields, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef F : Fields) {
    auto [Key, Value] = F.split('=');
    if (Key == "name")
      Info.Name = Value.str();
    else if (Key == "namespace")
      Info.Namespace = Value.str();
    else if (Key == "entry")
      Info.Entry = Value.str();
    else if (Key == "member")
      Info.EntryMember = Value.str();
    else if (Key == "mocks")
      for (llvm::StringRef M : llvm::split(Value, ','))
        if (!M.empty())
          Info.MockMembers.push_back(M.str());
  }
  if (Info.Name.empty() || Info.EntryMember.empty())
    return std::nullopt;
  return Info;
}

namespace {

bool isStd(llvm::StringRef Type, llvm::StringRef Template) {
  return Type.starts_with(("std::" + Template + "<").str());
}

class Emitter {
public:
  Emitter(const DependencyMap &Map, const FactoryRequest &Request,
          const FactoryPlan &Plan)
      : Map(Map), Request(Request), Plan(Plan), Nodes(Plan.Nodes) {}

  std::string run() {
    std::string System = Request.Name + "System";
    std::string ConfigName = System + "Config";
    FactoryInfo Info;
    Info.Name = Request.Name;
    Info.Namespace = Request.Namespace;
    Info.Entry = Request.Entry;
    Info.EntryMember = Nodes[Plan.Top].Member;
    std::vector<std::string> Real, Mocked;
    for (const PlanNode &N : Nodes) {
      (N.Mock ? Mocked : Real).push_back(N.Class);
      if (N.Mock)
        Info.MockMembers.push_back(N.Member);
    }
    std::vector<std::string> Includes = includesFor(Map, Real);
    // The builders the mocks answer with, unless a header brings them.
    std::vector<std::string> Data;
    if (Request.MocksHeader.empty()) {
      std::vector<std::string> ForMocks = mockIncludesFor(Map, Mocked);
      Includes.insert(Includes.end(), ForMocks.begin(), ForMocks.end());
      if (Request.BuildersHeader.empty())
        Data = answeredDataTypes(Map, Mocked, Request.Answers);
      std::vector<std::string> ForData = builderIncludes(Map, Data);
      Includes.insert(Includes.end(), ForData.begin(), ForData.end());
    }
    llvm::sort(Includes);
    Includes.erase(std::unique(Includes.begin(), Includes.end()),
                   Includes.end());
    if (!Request.MocksHeader.empty() && !Mocked.empty())
      Includes.push_back(includeLine(Request.MocksHeader, /*Angled=*/false));
    else if (!Request.BuildersHeader.empty() && !Mocked.empty())
      Includes.push_back(includeLine(Request.BuildersHeader, /*Angled=*/false));
    std::vector<std::string> Std = {"<gmock/gmock.h>", "<memory>"};
    for (llvm::StringRef Line : builderStdIncludes(Map, Data))
      if (Line.consume_front("#include "))
        Std.push_back(Line.str());
    if (Plan.NeedsOptional)
      Std.push_back("<optional>");
    if (Plan.NeedsRequire)
      Std.insert(Std.end(), {"<stdexcept>", "<string>"});
    Std.push_back("<utility>");
    llvm::sort(Std.begin() + 1, Std.end());
    Std.erase(std::unique(Std.begin(), Std.end()), Std.end());

    std::string Text = fmt::format(
        "#pragma once\n// clang-format off\n{info}\n// clang-format "
        "on\n\n{includes}\n\n{std}\n\nnamespace {ns} {{\n\n",
        fmt::arg("info", factoryInfoLine(Info)),
        fmt::arg("includes", llvm::join(Includes, "\n")),
        fmt::arg("std", "#include " + llvm::join(Std, "\n#include ")),
        fmt::arg("ns", Request.Namespace));
    if (Request.MocksHeader.empty()) {
      Text += builderDefinitions(Map, Data);
      for (const std::string &Class : Mocked)
        Text +=
            mockClassDefinition(Map, *Map.find(Class), Request.Answers) + "\n";
    }

    std::string Fields;
    for (const ConfigField &F : Plan.Fields)
      Fields += fmt::format("  /// {comment}\n  {decl};\n",
                            fmt::arg("comment", F.Comment),
                            fmt::arg("decl", F.Declaration));
    Text += fmt::format("/// The plain values the constructors of {system}'s "
                        "components take.\nstruct {config} {{\n{fields}}};\n\n",
                        fmt::arg("system", System),
                        fmt::arg("config", ConfigName),
                        fmt::arg("fields", Fields));

    std::string Inits;
    for (size_t I = 0; I < Nodes.size(); ++I)
      Inits += initializer(static_cast<int>(I));
    std::string Members;
    for (const PlanNode &N : Nodes)
      Members += member(N);
    Text += fmt::format(
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
        "{{\n  return std::make_unique<{system}>(std::move(Values));\n}}\n\n"
        "}} // namespace {ns}\n",
        fmt::arg("entry", Request.Entry), fmt::arg("system", System),
        fmt::arg("config", ConfigName), fmt::arg("inits", Inits),
        fmt::arg("members", Members),
        fmt::arg("helpers", helpers(ConfigName)),
        fmt::arg("ns", Request.Namespace));
    return Text;
  }

private:
  std::string typeOf(const PlanNode &N) const {
    return N.Mock ? "::testing::NiceMock<" + mockClassName(Map, N.Class) + ">"
                  : N.Class;
  }

  /// What one element of the parameter gets: the member, its address, its
  /// shared_ptr, or the unique_ptr that hands it over.
  std::string elementText(const PlanArgument &A, int Consumer) const {
    const PlanNode &Dep = Nodes[A.Node];
    // A project's own smart pointer is built from std's.
    bool Foreign = !A.Many && !isStd(A.ValueType, "shared_ptr") &&
                   !isStd(A.ValueType, "unique_ptr");
    switch (Dep.Keep) {
    case Storage::Shared:
      if (A.Pass == Passing::SharedPtr)
        return Foreign ? A.ValueType + "(" + Dep.Member + ")" : Dep.Member;
      return A.Pass == Passing::Pointer ? Dep.Member + ".get()"
                                        : "*" + Dep.Member;
    case Storage::Owned:
      if (A.Pass == Passing::UniquePtr && Dep.Owner == Consumer)
        return Foreign ? A.ValueType + "(" + Dep.Member + "_owner.release())"
                       : "std::move(" + Dep.Member + "_owner)";
      [[fallthrough]];
    case Storage::Value:
      return A.Pass == Passing::Pointer ? "&" + Dep.Member : Dep.Member;
    }
    return Dep.Member;
  }

  std::string argumentText(const PlanArgument &A, int Consumer) const {
    if (A.Node < 0)
      return A.FieldUse;
    std::string Element = elementText(A, Consumer);
    // A container of them gets a container of the one the system built.
    if (A.Many)
      return "itddListOf<" + A.ValueType + ">(" + Element + ")";
    // Taken as T&&: the system's object is moved into its consumer.
    if (A.Rvalue)
      return "std::move(" + Element + ")";
    return Element;
  }

  std::string initializer(int I) const {
    const PlanNode &N = Nodes[I];
    std::vector<std::string> Args;
    Args.reserve(N.Args.size());
    for (const PlanArgument &A : N.Args)
      Args.push_back(argumentText(A, I));
    std::string Call = llvm::join(Args, ", ");
    switch (N.Keep) {
    case Storage::Value:
      return fmt::format(",\n        {0}({1})", N.Member, Call);
    case Storage::Shared:
      return fmt::format(",\n        {0}(std::make_shared<{1}>({2}))",
                         N.Member, typeOf(N), Call);
    case Storage::Owned:
      return fmt::format(",\n        {0}_owner(std::make_unique<{1}>({2})),"
                         "\n        {0}(*{0}_owner)",
                         N.Member, typeOf(N), Call);
    }
    return "";
  }

  std::string roleNote(const PlanNode &N) const {
    std::string Note;
    if (N.Mock)
      Note = "External boundary " + N.Class + ": a mock.";
    else if (static_cast<int>(&N - Nodes.data()) == Plan.Top)
      Note = "The entry point the test drives.";
    else
      Note = "Real " + roleName(N.Comp->Kind).str() + ".";
    for (const auto &[Interface, Impl] : Request.Bind)
      if (!N.Mock && Impl == N.Class)
        Note += " Implements " + Interface + " (--bind).";
    if (!N.CtorNote.empty())
      Note += " " + N.CtorNote;
    if (!N.Defaulted.empty())
      Note += " Its constructor's defaults apply to " +
              llvm::join(N.Defaulted, ", ") + ".";
    // A comment is one line, whatever text it quotes.
    std::replace(Note.begin(), Note.end(), '\n', ' ');
    return Note;
  }

  std::string member(const PlanNode &N) const {
    std::string Note = "  /// " + roleNote(N) + "\n";
    switch (N.Keep) {
    case Storage::Value:
      return fmt::format("{0}  {1} {2};\n", Note, typeOf(N), N.Member);
    case Storage::Shared:
      return fmt::format("{0}  std::shared_ptr<{1}> {2};\n", Note, typeOf(N),
                         N.Member);
    case Storage::Owned:
      return fmt::format("{0}  std::unique_ptr<{1}> {2}_owner; // Handed over "
                         "to {3}.\n  {1} &{2};\n",
                         Note, typeOf(N), N.Member, Nodes[N.Owner].Class);
    }
    return "";
  }

  std::string helpers(const std::string &ConfigName) const {
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
      Text += fmt::format(Require, fmt::arg("param", "T *Value"),
                          fmt::arg("config", ConfigName));
    if (Plan.NeedsOptional)
      Text += fmt::format(Require, fmt::arg("param", "std::optional<T> &Value"),
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
