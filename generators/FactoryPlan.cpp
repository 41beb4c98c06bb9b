//===--- FactoryPlan.cpp - what a SUT assembly factory builds -------------===//

#include "generators/FactoryPlan.h"
#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include <set>

namespace itdd {

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

class Planner {
public:
  Planner(const DependencyMap &Map, const FactoryRequest &Request)
      : Map(Map), Request(Request) {}

  llvm::Expected<FactoryPlan> run() {
    const Component *Entry = Map.find(Request.Entry);
    if (!Entry) {
      std::string Known;
      for (const Component &C : Map.Components)
        if (C.EntryPoint)
          Known += " " + C.Name;
      return fail("no class named '" + Request.Entry + "' in the map" +
                  didYouMean(Map, Request.Entry) + "; entry points in it:" +
                  (Known.empty() ? std::string(" none") : Known));
    }
    if (Entry->Abstract)
      return fail(Request.Entry +
                  " is abstract: name the class users act through");
    for (const auto &[Interface, Impl] : Request.Bind) {
      std::string Bind = "--bind ";
      Bind.append(Interface).append("=").append(Impl).append(": ");
      if (!Map.find(Interface))
        return fail(llvm::Twine(Bind) + "no class named '" + Interface +
                    "' in the map" + didYouMean(Map, Interface));
      if (!Map.find(Impl))
        return fail(llvm::Twine(Bind) + "no class named '" + Impl +
                    "' in the map" + didYouMean(Map, Impl));
      if (!derivesFrom(Map, Impl, Interface))
        return fail(llvm::Twine(Bind) + Impl + " does not implement " +
                    Interface + "; name a class derived from it");
    }
    for (const auto &[Class, Choice] : Request.Ctor)
      if (!Class.empty() && !Map.find(Class))
        return fail(llvm::Twine("--ctor ") + Class + "=" + Choice +
                    ": no class named '" + Class + "' in the map" +
                    didYouMean(Map, Class));
    Path.push_back(Request.Entry);
    llvm::Expected<int> Top = visitReal(*Entry);
    if (!Top)
      return Top.takeError();
    Plan.Top = *Top;
    if (llvm::Error E = decideStorage())
      return E;
    assignMembers();
    for (const PlanNode &N : Plan.Nodes)
      if (N.Comp->Header.empty())
        return fail(N.Class + " is declared in a source file (" + N.Comp->File +
                    "); the factory can only include classes declared in "
                    "headers");
    return std::move(Plan);
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
    if (C->Kind == Role::ExternalBoundary)
      return mockNode(*C);
    if (!C->Abstract && !Request.Bind.count(Wanted))
      return visitReal(*C);
    std::vector<std::string> Candidates;
    auto Bound = Request.Bind.find(Wanted);
    if (Bound != Request.Bind.end()) {
      Candidates = {Bound->second};
    } else {
      Candidates = concreteImplementations(Wanted);
      // An interface the project builds with its own factory function
      // (`static std::unique_ptr<Storage> Storage::create()`) is built
      // that way unless the map shows its one implementation.
      if (Candidates.size() != 1 && C->Factory)
        return visitReal(*C);
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
    if (Impl->Kind == Role::ExternalBoundary)
      return mockNode(*C);
    return visitReal(*Impl);
  }

  /// The --ctor given for C, as the user wrote it ("--ctor 2" for the
  /// entry point, "--ctor app::Clock=2"), and its selector; none when none.
  std::optional<std::pair<std::string, std::string>>
  ctorFlagFor(const Component &C) const {
    auto Named = Request.Ctor.find(C.Name);
    if (Named == Request.Ctor.end() && C.Name == Request.Entry)
      Named = Request.Ctor.find("");
    if (Named == Request.Ctor.end())
      return std::nullopt;
    return std::make_pair(
        "--ctor " + (Named->first.empty() ? "" : C.Name + "=") + Named->second,
        Named->second);
  }

  /// The constructor that builds C: the one --ctor names, else the widest.
  llvm::Expected<std::vector<CtorParam>>
  chooseConstructorOf(const Component &C, ConstructorChoice &Choice) {
    auto Flag = ctorFlagFor(C);
    if (!Flag)
      return chooseConstructor(C, std::nullopt, "", Choice);
    return chooseConstructor(C, Flag->second, Flag->first, Choice);
  }

  /// The parameters a factory passes: trailing ones with default arguments
  /// keep them, as a person calling the constructor would.
  static size_t passedCount(const std::vector<CtorParam> &Params) {
    size_t Count = Params.size();
    while (Count > 0 && !Params[Count - 1].Default.empty())
      --Count;
    return Count;
  }

  llvm::Expected<int> mockNode(const Component &C) {
    std::string Key = "mock:" + C.Name;
    if (auto It = Index.find(Key); It != Index.end())
      return It->second;
    PlanNode N;
    N.Class = C.Name;
    N.Mock = true;
    N.Comp = &C;
    // A mock of a concrete class is built with its constructor's values.
    if (C.UserConstructors)
      if (llvm::Error E = addArguments(C, N, /*Wire=*/false))
        return E;
    Plan.Nodes.push_back(std::move(N));
    return Index[Key] = static_cast<int>(Plan.Nodes.size() - 1);
  }

  llvm::Expected<int> visitReal(const Component &C) {
    if (auto It = Index.find(C.Name); It != Index.end()) {
      if (It->second < 0)
        return fail("dependency cycle: " + pathText() +
                    "; the constructors cannot build each other, so the "
                    "factory cannot either");
      return It->second;
    }
    if (!C.Constructible && !C.Factory)
      return fail(pathText() + ": " + C.Name +
                  " has no public constructor (its constructors are deleted "
                  "or not public) and no public static member function that "
                  "returns it (a friend builds it); start the factory at the "
                  "class that builds it, bind an interface it implements to "
                  "another class, or write that part of the factory by hand");
    Index[C.Name] = -1;
    PlanNode N;
    N.Class = C.Name;
    N.Comp = &C;
    if (llvm::Error E = addArguments(C, N, /*Wire=*/true))
      return E;
    Plan.Nodes.push_back(std::move(N));
    return Index[C.Name] = static_cast<int>(Plan.Nodes.size() - 1);
  }

  /// The arguments of the constructor that builds C: components it names
  /// are wired (when Wire), everything else is a configuration field.
  llvm::Error addArguments(const Component &C, PlanNode &N, bool Wire) {
    // A class others cannot construct (or an interface) is built by its
    // factory function; a mock of it derives from it and calls its
    // constructor.
    if (Wire && C.Factory)
      N.Made = &*C.Factory;
    if (auto Flag = N.Made ? ctorFlagFor(C) : std::nullopt)
      return fail(llvm::formatv("{0}: {1} has no public constructor; the "
                                "factory builds it with {1}::{2}",
                                Flag->first, C.Name, N.Made->Name));
    llvm::Expected<std::vector<CtorParam>> Params =
        N.Made ? N.Made->Params : chooseConstructorOf(C, N.Ctor);
    if (!Params)
      return Params.takeError();
    size_t Count = passedCount(*Params);
    N.Defaulted.assign(Params->begin() + Count, Params->end());
    for (size_t I = 0; I < Count; ++I) {
      const CtorParam &P = (*Params)[I];
      if (!Wire || P.Class.empty()) {
        llvm::Expected<PlanArgument> A =
            plainArgument(C, P, I, N.Made ? N.Made->Name : "");
        if (!A)
          return A.takeError();
        N.Args.push_back(std::move(*A));
        continue;
      }
      Path.push_back(P.Class);
      llvm::Expected<int> Dep = visitDependency(P.Class);
      Path.pop_back();
      if (!Dep)
        return Dep.takeError();
      PlanArgument A;
      A.Node = *Dep;
      A.Pass = P.Pass;
      A.Many = P.Many;
      A.Rvalue = P.Pass == Passing::Reference &&
                 llvm::StringRef(P.Type).ends_with("&&");
      A.ValueType = P.ValueType;
      N.Args.push_back(std::move(A));
    }
    return llvm::Error::success();
  }

  /// A configuration field for a plain constructor parameter.
  llvm::Expected<PlanArgument> plainArgument(const Component &C,
                                             const CtorParam &P, size_t I,
                                             llvm::StringRef Function) {
    std::string Param =
        P.Name.empty() ? "arg" + std::to_string(I + 1) : P.Name;
    if (P.Abstract && P.Pass == Passing::Value)
      return fail(pathText() + ": parameter `" + P.Type + " " + Param +
                  "` of " + C.Name + "'s constructor takes the abstract " +
                  P.ValueType + " by value; no object can be passed. Choose "
                  "another constructor with --ctor " + C.Name + "=N");
    std::string Base = snakeCaseIdentifier(C.Name) + "_" +
                       snakeCaseIdentifier(Param);
    std::string Name = Base;
    for (unsigned Suffix = 2; UsedFields.count(Name); ++Suffix)
      Name = Base + std::to_string(Suffix);
    UsedFields.insert(Name);
    ConfigField F;
    F.Name = Name;
    F.Kind = fieldKind(P);
    F.Param = P;
    F.Class = C.Name;
    F.Function = Function.str();
    Plan.NeedsRequire |=
        F.Kind == FieldKind::Referenced || F.Kind == FieldKind::Required;
    Plan.NeedsOptional |= F.Kind == FieldKind::Required;
    PlanArgument A;
    A.Field = static_cast<int>(Plan.Fields.size());
    A.Pass = P.Pass;
    A.ValueType = P.ValueType;
    Plan.Fields.push_back(std::move(F));
    return A;
  }

  static FieldKind fieldKind(const CtorParam &P) {
    llvm::StringRef Type = P.Type;
    bool LvalueRef = P.Pass == Passing::Reference && Type.ends_with("&") &&
                     !Type.ends_with("&&");
    // A non-const reference, or a reference to an abstract class: the test
    // owns the object, the system refers to it.
    if (LvalueRef && (!Type.starts_with("const ") || P.Abstract))
      return FieldKind::Referenced;
    if (P.Pass == Passing::Pointer && !P.Many)
      return FieldKind::Pointer;
    if (P.Pass == Passing::UniquePtr || Type.ends_with("&&"))
      return FieldKind::Moved;
    if (P.DefaultConstructible)
      return FieldKind::Value;
    return FieldKind::Required;
  }

  llvm::Error decideStorage() {
    std::vector<PlanNode> &Nodes = Plan.Nodes;
    for (size_t Consumer = 0; Consumer < Nodes.size(); ++Consumer)
      for (const PlanArgument &A : Nodes[Consumer].Args) {
        if (A.Node < 0)
          continue;
        Plan.NeedsList |= A.Many;
        PlanNode &Dep = Nodes[A.Node];
        if (A.Pass == Passing::SharedPtr) {
          if (Dep.Keep == Storage::Owned)
            return fail(Dep.Class + " is taken both as std::unique_ptr and as "
                        "std::shared_ptr; one object cannot be both");
          Dep.Keep = Storage::Shared;
        } else if (A.Pass == Passing::UniquePtr) {
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
    for (PlanNode &N : Nodes)
      if (llvm::Error E = keepWhatTheFactoryReturns(N))
        return E;
    return llvm::Error::success();
  }

  /// A factory function that hands back a pointer decides how the system
  /// keeps the object: behind a shared_ptr unless a consumer owns it.
  static llvm::Error keepWhatTheFactoryReturns(PlanNode &N) {
    if (!N.Made || N.Made->Returns == Passing::Value)
      return llvm::Error::success();
    if (N.Made->Returns == Passing::SharedPtr && N.Keep == Storage::Owned)
      return fail(N.Class + "::" + N.Made->Name + " returns " +
                  N.Made->ReturnType + ", but a constructor takes " + N.Class +
                  " as std::unique_ptr; one object cannot be both");
    if (N.Keep == Storage::Value)
      N.Keep = Storage::Shared;
    return llvm::Error::success();
  }

  void assignMembers() {
    llvm::StringSet<> Used = {"config"};
    std::map<std::string, unsigned> Count;
    for (const PlanNode &N : Plan.Nodes)
      ++Count[snakeCaseIdentifier(N.Class)];
    for (PlanNode &N : Plan.Nodes) {
      std::string Name = snakeCaseIdentifier(N.Class);
      if (Count[Name] > 1) {
        // Same class name in two namespaces: spell the namespaces too.
        std::string Joined;
        for (llvm::StringRef Part : llvm::split(N.Class, "::"))
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

  const DependencyMap &Map;
  const FactoryRequest &Request;
  FactoryPlan Plan;
  std::map<std::string, int> Index;
  std::vector<std::string> Path;
  std::set<std::string> UsedFields;
};

} // namespace

llvm::Expected<FactoryPlan> planFactory(const DependencyMap &Map,
                                        const FactoryRequest &Request) {
  return Planner(Map, Request).run();
}

} // namespace itdd
