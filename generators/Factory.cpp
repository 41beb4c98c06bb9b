//===--- Factory.cpp - SUT assembly factories -----------------------------===//

#include "generators/Factory.h"
#include "generators/Mocks.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

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

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

/// How the system keeps a component: in place, behind a shared_ptr (some
/// constructor takes a shared_ptr), or created behind a unique_ptr whose
/// ownership passes to the one constructor that takes it.
enum class Storage { Value, Shared, Owned };

/// One constructor argument: another component or a configuration field.
struct Argument {
  int Node = -1;
  /// When Node < 0: the expression that reads the configuration field.
  std::string FieldUse;
  std::string Passing;
};

struct Node {
  std::string Class; ///< The class built, or the class mocked.
  bool Mock = false;
  const Component *Comp = nullptr;
  std::string Member;
  std::vector<Argument> Args;
  Storage Keep = Storage::Value;
  int Owner = -1; ///< With Storage::Owned: the node that takes ownership.
};

struct ConfigField {
  std::string Name;
  std::string Declaration; ///< "std::string name{}", "std::ostream *name = nullptr"
  std::string Comment;
  std::string Use;         ///< The expression a constructor argument reads.
};

class Assembler {
public:
  Assembler(const DependencyMap &Map, const FactoryRequest &Request)
      : Map(Map), Request(Request) {}

  llvm::Expected<std::string> run() {
    const Component *Entry = Map.find(Request.Entry);
    if (!Entry) {
      std::string Known;
      for (const Component &C : Map.Components)
        if (C.EntryPoint)
          Known += " " + C.Name;
      return fail("no class named '" + Request.Entry +
                  "' in the map; entry points in it:" +
                  (Known.empty() ? std::string(" none") : Known));
    }
    if (Entry->Abstract)
      return fail(Request.Entry +
                  " is abstract: name the class users act through");
    for (const auto &[Interface, Impl] : Request.Bind) {
      if (!Map.find(Interface))
        return fail(llvm::Twine("--bind ") + Interface + "=" + Impl +
                    ": no class named '" + Interface + "' in the map");
      if (!Map.find(Impl))
        return fail(llvm::Twine("--bind ") + Interface + "=" + Impl +
                    ": no class named '" + Impl + "' in the map");
    }
    Path.push_back(Request.Entry);
    llvm::Expected<int> Top = visitReal(*Entry);
    if (!Top)
      return Top.takeError();
    if (llvm::Error E = decideStorage())
      return E;
    assignMembers();
    for (const Node &N : Nodes)
      if (N.Comp->Header.empty())
        return fail(N.Class + " is declared in a source file (" + N.Comp->File +
                    "); the factory can only include classes declared in "
                    "headers");
    return emit(*Top);
  }

private:
  /// Implementations of an interface, abstract ones followed further down.
  std::vector<std::string> concreteImplementations(const std::string &Name) {
    std::vector<std::string> Result;
    std::set<std::string> Seen;
    std::vector<std::string> Work = {Name};
    while (!Work.empty()) {
      std::string Current = Work.back();
      Work.pop_back();
      for (const Component &C : Map.Components)
        if (llvm::is_contained(C.Implements, Current) &&
            Seen.insert(C.Name).second) {
          if (C.Abstract)
            Work.push_back(C.Name);
          else
            Result.push_back(C.Name);
        }
    }
    llvm::sort(Result);
    return Result;
  }

  std::string pathText() const { return llvm::join(Path, " -> "); }

  /// The node that satisfies a constructor parameter naming Wanted.
  llvm::Expected<int> visitDependency(const std::string &Wanted) {
    const Component *C = Map.find(Wanted);
    if (!C)
      return fail(pathText() + ": " + Wanted +
                  " is not in the map; map a source file that includes its "
                  "header");
    if (C->Role == "external-boundary")
      return mockNode(*C);
    if (!C->Abstract && !Request.Bind.count(Wanted))
      return visitReal(*C);
    std::vector<std::string> Candidates;
    auto Bound = Request.Bind.find(Wanted);
    if (Bound != Request.Bind.end()) {
      Candidates = {Bound->second};
    } else {
      Candidates = concreteImplementations(Wanted);
      if (Candidates.empty())
        return fail(pathText() + ": no implementation of " + Wanted +
                    " in the map; map the source file that defines one, or "
                    "choose one with --bind " + Wanted + "=CLASS");
      if (Candidates.size() > 1)
        return fail(pathText() + ": " + Wanted +
                    " has several implementations (" +
                    llvm::join(Candidates, ", ") + "); choose one with --bind " +
                    Wanted + "=" + Candidates.front());
    }
    const Component *Impl = Map.find(Candidates.front());
    if (Impl->Abstract)
      return fail("--bind " + Wanted + "=" + Impl->Name + ": " + Impl->Name +
                  " is abstract");
    // An interface whose implementation leaves the application is a
    // boundary: the test replaces it, not the implementation.
    if (Impl->Role == "external-boundary")
      return mockNode(*C);
    return visitReal(*Impl);
  }

  llvm::Expected<int> mockNode(const Component &C) {
    std::string Key = "mock:" + C.Name;
    if (auto It = Index.find(Key); It != Index.end())
      return It->second;
    Node N;
    N.Class = C.Name;
    N.Mock = true;
    N.Comp = &C;
    // A mock of a concrete class is built with its constructor's values.
    if (C.UserConstructors)
      for (size_t I = 0; I < C.Constructor.size(); ++I)
        N.Args.push_back(plainArgument(C, I));
    Nodes.push_back(std::move(N));
    return Index[Key] = static_cast<int>(Nodes.size() - 1);
  }

  llvm::Expected<int> visitReal(const Component &C) {
    if (auto It = Index.find(C.Name); It != Index.end()) {
      if (It->second < 0)
        return fail("dependency cycle: " + pathText() +
                    "; the constructors cannot build each other, so the "
                    "factory cannot either");
      return It->second;
    }
    Index[C.Name] = -1;
    Node N;
    N.Class = C.Name;
    N.Comp = &C;
    for (size_t I = 0; I < C.Constructor.size(); ++I) {
      const CtorParam &P = C.Constructor[I];
      if (P.Class.empty()) {
        N.Args.push_back(plainArgument(C, I));
        continue;
      }
      Path.push_back(P.Class);
      llvm::Expected<int> Dep = visitDependency(P.Class);
      Path.pop_back();
      if (!Dep)
        return Dep.takeError();
      N.Args.push_back({*Dep, "", P.Passing});
    }
    Nodes.push_back(std::move(N));
    return Index[C.Name] = static_cast<int>(Nodes.size() - 1);
  }

  /// A configuration field for a plain constructor parameter.
  Argument plainArgument(const Component &C, size_t I) {
    const CtorParam &P = C.Constructor[I];
    std::string Param =
        P.Name.empty() ? "arg" + std::to_string(I + 1) : P.Name;
    std::string Base = snakeCaseIdentifier(C.Name) + "_" +
                       snakeCaseIdentifier(Param);
    std::string Name = Base;
    for (unsigned Suffix = 2; UsedFields.count(Name); ++Suffix)
      Name = Base + std::to_string(Suffix);
    UsedFields.insert(Name);
    ConfigField F;
    F.Name = Name;
    llvm::StringRef Spelled = P.Type;
    bool Glued = Spelled.ends_with("&") || Spelled.ends_with("*");
    F.Comment = "`" + P.Type +
                (P.Name.empty() ? "" : (Glued ? "" : " ") + P.Name) + "` of " +
                C.Name + "'s constructor.";
    std::string Ref = "config." + Name;
    llvm::StringRef Type = P.Type;
    bool LvalueRef = P.Passing == "reference" && Type.ends_with("&") &&
                     !Type.ends_with("&&");
    if (LvalueRef && !Type.starts_with("const ")) {
      F.Declaration = P.ValueType + " *" + Name + " = nullptr";
      F.Comment += " Required: points at an object that outlives the system.";
      F.Use = "requireField(" + Ref + ", \"" + Name + "\")";
      NeedsRequire = true;
    } else if (P.Passing == "pointer") {
      F.Declaration = P.ValueType + " " + Name + " = nullptr";
      F.Use = Ref;
    } else if (P.Passing == "unique_ptr" || Type.ends_with("&&")) {
      F.Declaration = P.ValueType + " " + Name + "{}";
      F.Use = "std::move(" + Ref + ")";
    } else if (P.DefaultConstructible) {
      F.Declaration = P.ValueType + " " + Name + "{}";
      F.Use = Ref;
    } else {
      F.Declaration = "std::optional<" + P.ValueType + "> " + Name;
      F.Comment += " Required: " + P.ValueType + " has no default value.";
      F.Use = "requireField(" + Ref + ", \"" + Name + "\")";
      NeedsRequire = NeedsOptional = true;
    }
    Argument A{-1, F.Use, P.Passing};
    Fields.push_back(std::move(F));
    return A;
  }

  llvm::Error decideStorage() {
    for (size_t Consumer = 0; Consumer < Nodes.size(); ++Consumer)
      for (const Argument &A : Nodes[Consumer].Args) {
        if (A.Node < 0)
          continue;
        Node &Dep = Nodes[A.Node];
        if (A.Passing == "shared_ptr") {
          if (Dep.Keep == Storage::Owned)
            return fail(Dep.Class + " is taken both as std::unique_ptr and as "
                        "std::shared_ptr; one object cannot be both");
          Dep.Keep = Storage::Shared;
        } else if (A.Passing == "unique_ptr") {
          if (Dep.Keep == Storage::Shared)
            return fail(Dep.Class + " is taken both as std::unique_ptr and as "
                        "std::shared_ptr; one object cannot be both");
          if (Dep.Keep == Storage::Owned)
            return fail(Dep.Class + " is taken as std::unique_ptr by both " +
                        Nodes[Dep.Owner].Class + " and " +
                        Nodes[Consumer].Class +
                        "; only one of them can own it");
          Dep.Keep = Storage::Owned;
          Dep.Owner = static_cast<int>(Consumer);
        }
      }
    return llvm::Error::success();
  }

  void assignMembers() {
    llvm::StringSet<> Used = {"config"};
    std::map<std::string, unsigned> Count;
    for (const Node &N : Nodes)
      ++Count[snakeCaseIdentifier(N.Class)];
    for (Node &N : Nodes) {
      std::string Name = snakeCaseIdentifier(N.Class);
      if (Count[Name] > 1) {
        // Same class name in two namespaces: spell the namespaces too.
        std::string Qualified = N.Class;
        std::string Joined;
        for (llvm::StringRef Part : llvm::split(Qualified, "::"))
          Joined += (Joined.empty() ? "" : "_") + snakeCaseIdentifier(Part);
        Name = Joined;
      }
      std::string Unique = Name;
      for (unsigned Suffix = 2; Used.contains(Unique); ++Suffix)
        Unique = Name + std::to_string(Suffix);
      Used.insert(Unique);
      N.Member = Unique;
    }
  }

  std::string typeOf(const Node &N) const {
    return N.Mock ? "::testing::NiceMock<" + mockClassName(N.Class) + ">"
                  : N.Class;
  }

  std::string argumentText(const Argument &A, int Consumer) const {
    if (A.Node < 0)
      return A.FieldUse;
    const Node &Dep = Nodes[A.Node];
    switch (Dep.Keep) {
    case Storage::Shared:
      if (A.Passing == "shared_ptr")
        return Dep.Member;
      return A.Passing == "pointer" ? Dep.Member + ".get()" : "*" + Dep.Member;
    case Storage::Owned:
      if (A.Passing == "unique_ptr" && Dep.Owner == Consumer)
        return "std::move(" + Dep.Member + "_owner)";
      [[fallthrough]];
    case Storage::Value:
      return A.Passing == "pointer" ? "&" + Dep.Member : Dep.Member;
    }
    return Dep.Member;
  }

  std::string roleNote(const Node &N, int Top) const {
    if (N.Mock)
      return "External boundary " + N.Class + ": a mock.";
    std::string Role = N.Comp->Role;
    std::string Note = (static_cast<int>(&N - Nodes.data()) == Top)
                           ? "The entry point the test drives."
                           : "Real " + Role + ".";
    for (const auto &[Interface, Impl] : Request.Bind)
      if (Impl == N.Class)
        Note += " Implements " + Interface + " (--bind).";
    return Note;
  }

  std::string emit(int Top) {
    std::string System = Request.Name + "System";
    std::string ConfigName = System + "Config";
    FactoryInfo Info;
    Info.Name = Request.Name;
    Info.Namespace = Request.Namespace;
    Info.Entry = Request.Entry;
    Info.EntryMember = Nodes[Top].Member;
    std::vector<std::string> Classes, Mocked;
    for (const Node &N : Nodes) {
      Classes.push_back(N.Class);
      if (N.Mock) {
        Info.MockMembers.push_back(N.Member);
        Mocked.push_back(N.Class);
      }
    }

    std::string Text;
    llvm::raw_string_ostream OS(Text);
    // Kept on one line for `itdd gen tests` to read.
    OS << "#pragma once\n// clang-format off\n" << factoryInfoLine(Info)
       << "\n// clang-format on\n\n";
    for (const std::string &Line : includesFor(Map, Classes))
      OS << Line << "\n";
    if (!Request.MocksHeader.empty() && !Mocked.empty())
      OS << "#include \"" << Request.MocksHeader << "\"\n";
    OS << "\n#include <gmock/gmock.h>\n#include <memory>\n";
    if (NeedsOptional)
      OS << "#include <optional>\n";
    if (NeedsRequire)
      OS << "#include <stdexcept>\n#include <string>\n";
    OS << "#include <utility>\n\nnamespace " << Request.Namespace << " {\n\n";

    if (Request.MocksHeader.empty())
      for (const std::string &Class : Mocked) {
        writeMockClass(*Map.find(Class), OS);
        OS << "\n";
      }

    OS << "/// The plain values the constructors of " << System
       << "'s components take.\nstruct " << ConfigName << " {\n";
    for (const ConfigField &F : Fields)
      OS << "  /// " << F.Comment << "\n  " << F.Declaration << ";\n";
    OS << "};\n\n";

    OS << "/// " << Request.Entry
       << " and every component it reaches through its constructors, built "
          "for real and wired in dependency order; the external boundaries "
          "are NiceMock mocks the test sets expectations on.\n"
       << "struct " << System << " {\n  explicit " << System << "("
       << ConfigName << " Values)\n      : config(std::move(Values))";
    for (size_t I = 0; I < Nodes.size(); ++I) {
      const Node &N = Nodes[I];
      std::vector<std::string> Args;
      Args.reserve(N.Args.size());
      for (const Argument &A : N.Args)
        Args.push_back(argumentText(A, static_cast<int>(I)));
      std::string Call = llvm::join(Args, ", ");
      switch (N.Keep) {
      case Storage::Value:
        OS << ",\n        " << N.Member << "(" << Call << ")";
        break;
      case Storage::Shared:
        OS << ",\n        " << N.Member << "(std::make_shared<" << typeOf(N)
           << ">(" << Call << "))";
        break;
      case Storage::Owned:
        OS << ",\n        " << N.Member << "_owner(std::make_unique<"
           << typeOf(N) << ">(" << Call << ")),\n        " << N.Member << "(*"
           << N.Member << "_owner)";
        break;
      }
    }
    OS << " {}\n\n  " << System << "(const " << System << " &) = delete;\n  "
       << System << " &operator=(const " << System << " &) = delete;\n\n";
    OS << "  " << ConfigName << " config;\n";
    for (const Node &N : Nodes) {
      OS << "  /// " << roleNote(N, Top) << "\n";
      switch (N.Keep) {
      case Storage::Value:
        OS << "  " << typeOf(N) << " " << N.Member << ";\n";
        break;
      case Storage::Shared:
        OS << "  std::shared_ptr<" << typeOf(N) << "> " << N.Member << ";\n";
        break;
      case Storage::Owned:
        OS << "  std::unique_ptr<" << typeOf(N) << "> " << N.Member
           << "_owner; // Handed over to " << Nodes[N.Owner].Class
           << ".\n  " << typeOf(N) << " &" << N.Member << ";\n";
        break;
      }
    }
    if (NeedsRequire) {
      OS << "\nprivate:\n  template <typename T>\n"
         << "  static T &requireField(T *Value, const char *Field) {\n"
         << "    if (!Value)\n      throw std::invalid_argument(std::string(\""
         << ConfigName << "::\") + Field + \" must be set\");\n"
         << "    return *Value;\n  }\n";
      if (NeedsOptional)
        OS << "  template <typename T>\n"
           << "  static T &requireField(std::optional<T> &Value, "
              "const char *Field) {\n"
           << "    if (!Value)\n      throw std::invalid_argument(std::string(\""
           << ConfigName << "::\") + Field + \" must be set\");\n"
           << "    return *Value;\n  }\n";
    }
    OS << "};\n\n/// A freshly assembled " << System
       << ": one per test, so tests share no state.\n"
       << "inline std::unique_ptr<" << System << "> make" << System << "("
       << ConfigName << " Values = {}) {\n  return std::make_unique<" << System
       << ">(std::move(Values));\n}\n\n} // namespace " << Request.Namespace
       << "\n";
    return Text;
  }

  const DependencyMap &Map;
  const FactoryRequest &Request;
  std::vector<Node> Nodes;
  std::map<std::string, int> Index;
  std::vector<std::string> Path;
  std::vector<ConfigField> Fields;
  std::set<std::string> UsedFields;
  bool NeedsRequire = false, NeedsOptional = false;
};

} // namespace

llvm::Expected<std::string> generateFactory(const DependencyMap &Map,
                                            const FactoryRequest &Request) {
  return Assembler(Map, Request).run();
}

} // namespace itdd
