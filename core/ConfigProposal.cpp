//===--- ConfigProposal.cpp - the itdd block itdd init proposes -----------===//

#include "core/ConfigProposal.h"
#include "core/Config.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <set>
#include <tuple>

using namespace llvm;

namespace itdd {

namespace {

/// At most this many lines of evidence per kind, then "and N more".
constexpr size_t MaxLines = 12;

/// So many tests that come in the same way are a pattern, not a few tests
/// that go around the entry points.
constexpr size_t MinPattern = 5;

/// How the evidence of itdd.IntegrationTestFiles names a test file it
/// leaves out.
constexpr llvm::StringLiteral LeftOut = "not: ";

std::string listed(const std::set<std::string> &Names) {
  return join(Names.begin(), Names.end(), ", ");
}

/// The first three names, and how many more.
std::string listedFew(const std::set<std::string> &Names) {
  constexpr size_t Shown = 3;
  if (Names.size() <= Shown)
    return listed(Names);
  std::set<std::string> First(Names.begin(), std::next(Names.begin(), Shown));
  return listed(First) + formatv(" and {0} more", Names.size() - Shown).str();
}

std::string escapeRegex(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (StringRef(".[]()*+?{}|^$\\").contains(C))
      Out += '\\';
    Out += C;
  }
  return Out;
}

/// `^(a|b)$`, or `^a$` for one name.
std::string alternation(const std::set<std::string> &Names) {
  std::vector<std::string> Escaped;
  Escaped.reserve(Names.size());
  for (const std::string &N : Names)
    Escaped.push_back(escapeRegex(N));
  if (Escaped.size() == 1)
    return "^" + Escaped.front() + "$";
  return "^(" + join(Escaped, "|") + ")$";
}

void addCapped(std::vector<std::string> &Out, std::vector<std::string> Lines) {
  for (size_t I = 0; I < Lines.size() && I < MaxLines; ++I)
    Out.push_back(std::move(Lines[I]));
  if (Lines.size() > MaxLines)
    Out.push_back(formatv("... and {0} more", Lines.size() - MaxLines).str());
}

struct TestFileStats {
  const TestFileEvidence *File = nullptr;
  unsigned Tests = 0, Wiring = 0;
  /// Of its tests, how many reach an entry point found, once they are
  /// found; nullopt before.
  std::optional<unsigned> Reaching;
  /// Most of its tests wire two or more components.
  bool wiring() const { return Tests > 0 && 2 * Wiring > Tests; }
  /// Most of its tests reach no entry point found: unit tests of what
  /// they build, or journeys that all go around the entry points; which,
  /// the evidence cannot tell.
  bool goesAround() const { return Reaching && 2 * *Reaching < Tests; }
  /// Left out of the integration test files: its tests wire, but mostly
  /// go around the entry points.
  bool setAside() const { return wiring() && goesAround(); }
  /// An integration test file: its tests mostly wire, and they mostly
  /// come in through an entry point.
  bool integration() const { return wiring() && !goesAround(); }
};

/// The names a role key rests on: found by the evidence, kept from the
/// pattern it replaces, and the evidence lines.
struct RoleFinding {
  std::set<std::string> Found, Kept;
  std::vector<std::string> Lines;
};

class Proposer {
public:
  Proposer(const DependencyMap &Map, const ProjectEvidence &Evidence,
           const Config &Current)
      : Map(Map), Evidence(Evidence), Current(Current) {
    for (const TestFileEvidence &F : Evidence.TestFiles) {
      TestFileStats S;
      S.File = &F;
      for (const TestEvidence &T : F.Tests) {
        ++S.Tests;
        S.Wiring += T.Components.size() >= 2;
      }
      if (S.Tests)
        Stats.push_back(S);
      for (const std::string &M : F.Mocked)
        MockedIn[M].insert(F.File);
    }
    for (const Component &C : Map.Components) {
      for (const std::string &D : C.Dependencies)
        TakenBy[D].insert(C.Name);
      for (const std::string &I : C.Implements)
        ImplementedBy[I].insert(C.Name);
      if (C.Factory)
        FactoryOf[C.Name] = C.Name + "::" + C.Factory->Name;
    }
    for (const ClassLink &L : Evidence.Owns) {
      TakenBy[L.To].insert(L.From);
      OwnedBy[L.To].insert(L.From);
    }
    for (const ClassLink &L : Evidence.Holds)
      TakenBy[L.To].insert(L.From);
    for (const ClassLink &L : Evidence.Makes) {
      Makes[L.From].insert(L.To);
      MadeBy[L.To].insert(L.From);
    }
    for (const auto *Links : {&Evidence.Owns, &Evidence.Holds, &Evidence.Makes})
      for (const ClassLink &L : *Links)
        Leads.insert(L.From);
    for (const ClassLink &L : Evidence.FreeFactories) {
      FactoryOf.try_emplace(L.To, L.From);
      Drives[L.From].insert(L.To);
    }
    for (const ClassLink &L : Evidence.FunctionDrives)
      Drives[L.From].insert(L.To);
    for (const Component &C : Map.Components)
      if (C.Kind != Role::Test && !C.File.empty())
        ProductFiles.insert(C.File);
    for (const FileEvidence &F : Evidence.Files)
      ProductFiles.insert(F.File);
  }

  ConfigProposal run() {
    ConfigProposal P;
    P.Keys.push_back(integrationTestFiles());
    Covered = filesCoveredBy(P.Keys.back());
    wiredByIntegrationTests();
    closeDrives();
    ProposedKey Boundaries{"itdd.ExternalBoundaries", {}, {}};
    ProposedKey Infrastructure{"itdd.Infrastructure", {}, {}};
    boundariesAndInfrastructure();
    P.Keys.push_back(entryPoints());
    // Files whose tests wire but mostly reach no entry point found are
    // not proposed: judging them would report most of their tests on
    // evidence that cannot tell unit tests from journeys going around.
    if (llvm::any_of(Stats,
                     [](const TestFileStats &S) { return S.setAside(); }))
      P.Keys.front() = integrationTestFiles();
    sayHowManyReach(P.Keys.front(), P.Keys.back());
    // A class found to be where users come in keeps no other role the
    // default patterns gave it.
    for (const std::string &Name : EntryFound) {
      BoundaryRole.Kept.erase(Name);
      InfraRole.Kept.erase(Name);
    }
    roleKey(Boundaries, BoundaryRole, "an external boundary");
    roleKey(Infrastructure, InfraRole, "infrastructure");
    P.Keys.push_back(std::move(Boundaries));
    P.Keys.push_back(std::move(Infrastructure));
    P.Keys.push_back(uiTypes());
    return P;
  }

private:
  // --- Integration test files -------------------------------------------

  /// Patterns covering the integration test files under Dir: the
  /// directory itself when they are most of its test files, else each
  /// subdirectory's and each file's own.
  void cover(StringRef Dir, const std::vector<const TestFileStats *> &Files,
             std::vector<std::string> &Patterns) {
    unsigned Wiring = 0;
    bool SetAside = false;
    for (const TestFileStats *S : Files) {
      Wiring += S->integration();
      SetAside |= S->setAside();
    }
    if (!Wiring)
      return;
    // A directory is named only when it holds no product file (where
    // tests sit beside the sources, naming it would make the product's
    // own files test code) and no file set aside.
    if (!Dir.empty() && 2 * size_t(Wiring) > Files.size() &&
        !holdsProductFile(Dir) && !SetAside) {
      Patterns.push_back("(^|/)" + escapeRegex(Dir) + "/");
      return;
    }
    std::map<std::string, std::vector<const TestFileStats *>> Below;
    for (const TestFileStats *S : Files) {
      StringRef Rest =
          StringRef(S->File->File).drop_front(Dir.empty() ? 0 : Dir.size() + 1);
      auto [Head, Tail] = Rest.split('/');
      if (Tail.empty()) {
        if (S->integration())
          Patterns.push_back("(^|/)" + escapeRegex(S->File->File) + "$");
        continue;
      }
      std::string Sub = Dir.empty() ? Head.str() : (Dir + "/" + Head).str();
      Below[Sub].push_back(S);
    }
    for (auto &[Sub, SubFiles] : Below)
      cover(Sub, SubFiles, Patterns);
  }

  bool holdsProductFile(StringRef Dir) const {
    std::string Prefix = Dir.str() + "/";
    auto It = ProductFiles.lower_bound(Prefix);
    return It != ProductFiles.end() && StringRef(*It).starts_with(Prefix);
  }

  static std::string commonDirectory(const std::vector<std::string> &Files) {
    std::string Common = sys::path::parent_path(Files.front()).str();
    for (const std::string &F : Files)
      while (!Common.empty() && !StringRef(F).starts_with(Common + "/"))
        Common = sys::path::parent_path(Common).str();
    return Common;
  }

  std::string statLine(const TestFileStats &S) {
    std::set<std::string> Built;
    for (const TestEvidence &T : S.File->Tests)
      if (T.Components.size() >= 2)
        Built.insert(T.Components.begin(), T.Components.end());
    std::string Line = formatv("{0}: {1} of {2} tests build two or more of "
                               "the project's components",
                               S.File->File, S.Wiring, S.Tests);
    if (!Built.empty())
      Line += " (" + listedFew(Built) + ")";
    if (S.setAside())
      Line += formatv(", but only {0} reach an entry point: unit tests of "
                      "what they build, or journeys that go around the "
                      "entry points; name it here if they are journeys",
                      S.Reaching.value_or(0))
                  .str();
    return Line;
  }

  ProposedKey integrationTestFiles() {
    ProposedKey K{"itdd.IntegrationTestFiles", {}, {}};
    std::vector<std::string> Wiring, SetAside, Units;
    bool SetAsideMatched = false;
    std::vector<std::string> WiringFiles;
    bool AllMatched = true;
    for (const TestFileStats &S : Stats) {
      if (S.integration()) {
        Wiring.push_back(statLine(S));
        WiringFiles.push_back(S.File->File);
        AllMatched &= Current.isIntegrationTestFile(S.File->File);
      } else if (S.setAside()) {
        SetAside.push_back(LeftOut.str() + statLine(S));
        // The pattern in effect would still judge a file set aside.
        SetAsideMatched |= Current.isIntegrationTestFile(S.File->File);
      } else {
        Units.push_back(LeftOut.str() + statLine(S));
      }
    }
    AllMatched &= !SetAsideMatched;
    if (WiringFiles.empty()) {
      K.Evidence.push_back(
          SetAside.empty()
              ? formatv("no test file has tests that build two or more of "
                        "the project's components ({0} test files read); "
                        "{1} stays",
                        Stats.size(),
                        Current.isSet(K.Key) ? "your value" : "the default")
                    .str()
              : formatv("every test file whose tests build two or more of "
                        "the project's components has tests that mostly "
                        "reach no entry point found ({0} test files read)",
                        Stats.size())
                    .str());
      // Every file set aside is named: none is left out unseen.
      K.Evidence.insert(K.Evidence.end(), SetAside.begin(), SetAside.end());
      addCapped(K.Evidence, Units);
      // No file is judged rather than files the evidence cannot place.
      if (SetAsideMatched)
        K.Value = "^$";
      return K;
    }
    K.Evidence.push_back(formatv("{0} of {1} test files have tests that "
                                 "mostly build two or more of the project's "
                                 "components:",
                                 WiringFiles.size(), Stats.size()));
    addCapped(K.Evidence, Wiring);
    K.Evidence.insert(K.Evidence.end(), SetAside.begin(), SetAside.end());
    addCapped(K.Evidence, Units);
    if (AllMatched) {
      K.Evidence.push_back(
          formatv("{0} already matches all of them",
                  Current.isSet(K.Key) ? "your value" : "the default pattern")
              .str());
      return K;
    }
    std::string Common = commonDirectory(WiringFiles);
    std::vector<const TestFileStats *> Under;
    for (const TestFileStats &S : Stats)
      if (Common.empty() || StringRef(S.File->File).starts_with(Common + "/"))
        Under.push_back(&S);
    std::vector<std::string> Patterns;
    cover(Common, Under, Patterns);
    K.Value = join(Patterns, "|");
    return K;
  }

  // --- Components -------------------------------------------------------

  /// The test files the proposed key (or the pattern in effect, when none
  /// is proposed) makes integration test files.
  std::set<std::string> filesCoveredBy(const ProposedKey &K) const {
    std::set<std::string> Files;
    llvm::Regex Proposed(K.Value ? *K.Value : "");
    for (const TestFileStats &S : Stats)
      if (K.Value ? Proposed.match(S.File->File)
                  : Current.isIntegrationTestFile(S.File->File))
        Files.insert(S.File->File);
    return Files;
  }

  /// How many tests of the files the final key covers reach an entry
  /// point: the first line of the entry points' evidence, so that the cap
  /// on evidence lines never hides it.
  void sayHowManyReach(const ProposedKey &Files, ProposedKey &Entries) const {
    std::set<std::string> Judged = filesCoveredBy(Files);
    unsigned Tests = 0, Reaching = 0;
    for (const TestFileStats &S : Stats)
      if (Judged.count(S.File->File)) {
        Tests += S.Tests;
        Reaching += S.Reaching.value_or(0);
      }
    if (Tests)
      Entries.Evidence.insert(
          Entries.Evidence.begin(),
          formatv("{0} of the {1} tests of the integration test files "
                  "reach one of these entry points",
                  Reaching, Tests)
              .str());
  }

  void wiredByIntegrationTests() {
    for (const TestFileStats &S : Stats) {
      // A function its users call may be what the tests of a file call
      // without building two components (a request function that builds
      // them out of sight): every file the key covers counts.
      if (Covered.count(S.File->File))
        for (const TestEvidence &T : S.File->Tests)
          for (const std::string &F : T.Functions)
            CalledIn[F].insert(S.File->File);
      if (!S.integration())
        continue;
      for (const TestEvidence &T : S.File->Tests) {
        Wired.insert(T.Components.begin(), T.Components.end());
        for (const std::string &U : T.Used)
          DrivenIn[U].insert(S.File->File);
      }
    }
    for (const TestFileStats &S : Stats)
      for (const TestEvidence &T : S.File->Tests)
        UsedByTests.insert(T.Used.begin(), T.Used.end());
  }

  /// What each free function builds or drives, through the functions it
  /// calls as well.
  void closeDrives() {
    std::map<std::string, std::set<std::string>> Calls;
    for (const ClassLink &L : Evidence.FunctionCalls)
      if (L.From != L.To)
        Calls[L.From].insert(L.To);
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (auto &[From, Callees] : Calls)
        for (const std::string &Callee : Callees) {
          auto It = Drives.find(Callee);
          if (It == Drives.end())
            continue;
          std::set<std::string> &Into = Drives[From];
          size_t Before = Into.size();
          Into.insert(It->second.begin(), It->second.end());
          Changed |= Into.size() != Before;
        }
    }
  }

  /// Reaching it reaches more of the project: it takes, owns, holds or
  /// makes a component, or it is an interface built by a factory, whose
  /// implementation is out of sight. A leaf class (an option, a slice of
  /// bytes, a lock) is something a journey passes along, not its entry.
  bool leadsOn(const Component &C) const {
    return !C.Dependencies.empty() || Leads.count(C.Name) ||
           (C.Abstract && FactoryOf.count(C.Name));
  }

  /// The integration tests drive it before anything of the project takes
  /// it: called or built by them (or through its factory), taken, owned or
  /// held by no component (see takenBy), and made by none (users get what
  /// a component makes from that component).
  bool drivenFirst(const Component &C) {
    bool Driven = DrivenIn.count(C.Name) ||
                  (FactoryOf.count(C.Name) && UsedByTests.count(C.Name));
    return Driven && takenBy(C).empty() && !MadeBy.count(C.Name);
  }

  /// Nothing of the project takes it in a constructor, owns or holds it,
  /// nor an interface it implements.
  std::string takenBy(const Component &C) {
    // What a class makes and hands its users may hold on to it (a call
    // that keeps its proxy): that takes nothing away from its users.
    auto Taker = [&](const std::string &Of) -> std::string {
      auto It = TakenBy.find(Of);
      if (It == TakenBy.end())
        return "";
      auto Made = Makes.find(C.Name);
      for (const std::string &By : It->second)
        if (Made == Makes.end() || !Made->second.count(By))
          return By;
      return "";
    };
    if (std::string By = Taker(C.Name); !By.empty())
      return By;
    for (const std::string &I : C.Implements)
      if (std::string By = Taker(I); !By.empty())
        return By;
    return "";
  }

  ProposedKey entryPoints() {
    ProposedKey K{"itdd.EntryPoints", {}, {}};
    std::set<std::string> Found, Kept;
    std::vector<std::string> Lines;
    for (const Component &C : Map.Components) {
      if (C.Kind == Role::Test || Proposed.count(C.Name))
        continue;
      auto Driven = DrivenIn.find(C.Name);
      auto Factory = FactoryOf.find(C.Name);
      bool ByFactory = Factory != FactoryOf.end() && UsedByTests.count(C.Name);
      if (!drivenFirst(C) || (C.Abstract && !ByFactory) || !leadsOn(C))
        continue;
      std::vector<std::string> Why;
      if (Factory != FactoryOf.end())
        Why.push_back("built by the project's factory '" + Factory->second +
                      "'");
      if (Driven != DrivenIn.end())
        Why.push_back("the integration tests call it (" +
                      listedFew(Driven->second) + ")");
      Why.push_back("no component of the project takes or owns it");
      Found.insert(C.Name);
      Lines.push_back(C.Name + ": " + join(Why, "; "));
    }
    for (const auto &[Function, Files] : CalledIn) {
      auto It = Drives.find(Function);
      if (It == Drives.end() ||
          llvm::none_of(It->second, [&](const std::string &Name) {
            const Component *C = Map.find(Name);
            return C && leadsOn(*C);
          }))
        continue;
      Found.insert(Function);
      Lines.push_back(Function +
                      " (a function): the integration tests call "
                      "it (" +
                      listedFew(Files) + "); it builds or drives " +
                      listedFew(It->second));
    }
    for (const Component &C : Map.Components)
      if (C.EntryPoint && !C.DrivenByTests &&
          Current.isEntryPointName(C.Name) && !Found.count(C.Name) &&
          !Proposed.count(C.Name))
        Kept.insert(C.Name);
    RoleFinding Entry{Found, Kept, std::move(Lines)};
    journeysReachEntries(Entry);
    EntryFound = Entry.Found;
    for (TestFileStats &S : Stats)
      S.Reaching = llvm::count_if(S.File->Tests, [&](const TestEvidence &T) {
        return reaches(T, Entry);
      });
    return roleKey(K, Entry, "an entry point");
  }

  /// Under the entry points found, would a test of the covered files reach
  /// one: a class or function of Entry, or a class its own tests drive
  /// (the checks' structural entry point; with no key proposed, any class
  /// the pattern in effect makes one).
  bool reaches(const TestEvidence &T, const RoleFinding &Entry) const {
    auto Reached = [&](const std::string &Name) {
      if (Entry.Found.count(Name) || Entry.Kept.count(Name))
        return true;
      const Component *C = Map.find(Name);
      return C && C->EntryPoint && (C->DrivenByTests || Entry.Found.empty());
    };
    return llvm::any_of(T.Used, Reached) || llvm::any_of(T.Functions, Reached);
  }

  /// A class a test uses that could be where its journey comes in: a
  /// component of the project no evidence made a boundary or
  /// infrastructure.
  /// A class another builds and keeps as its part is reached through
  /// that class: a test that builds it goes around it.
  bool couldBeEntry(const std::string &Class) const {
    const Component *C = Map.find(Class);
    return C && C->Kind != Role::Test && C->Kind != Role::None &&
           !Proposed.count(Class) && !OwnedBy.count(Class);
  }

  /// Where more than one test in ten of the integration test files reaches
  /// no entry point found, and most of those (at least MinPattern) use one
  /// class or free function of the project, that is where they come in and
  /// the evidence missed it: in a library, what users make first is often
  /// handed to the next thing they make, so something of the project takes
  /// it. Adds such names one at a time, each with its count. Fewer tests
  /// that go around the entry points are findings to read, not a missed
  /// entry point.
  void journeysReachEntries(RoleFinding &Entry) {
    std::vector<const TestEvidence *> Journeys, Away;
    for (const TestFileStats &S : Stats)
      if (Covered.count(S.File->File))
        for (const TestEvidence &T : S.File->Tests)
          Journeys.push_back(&T);
    for (const TestEvidence *T : Journeys)
      if (!reaches(*T, Entry))
        Away.push_back(T);
    std::vector<std::string> Added;
    while (Away.size() * 10 > Journeys.size()) {
      std::map<std::string, size_t> Uses;
      for (const TestEvidence *T : Away) {
        std::set<std::string> Names(T->Functions.begin(), T->Functions.end());
        for (const std::string &Class : T->Used)
          if (couldBeEntry(Class))
            Names.insert(Class);
        for (const std::string &Name : Names)
          ++Uses[Name];
      }
      // The most used; of as many, one that leads on, then one no other
      // component makes (users get the made one from its maker).
      auto Rank = [&](const std::pair<const std::string, size_t> &U) {
        const Component *C = Map.find(U.first);
        bool Leads = C ? leadsOn(*C) : Drives.count(U.first) != 0;
        return std::make_tuple(U.second, Leads, !MadeBy.count(U.first));
      };
      auto Best = Uses.end();
      for (auto It = Uses.begin(); It != Uses.end(); ++It)
        if (Best == Uses.end() || Rank(*It) > Rank(*Best))
          Best = It;
      if (Best == Uses.end() || 2 * Best->second <= Away.size() ||
          Best->second < MinPattern)
        break;
      const std::string &Name = Best->first;
      Entry.Found.insert(Name);
      Added.push_back(formatv("{0}{1}: {2} of the {3} tests of the "
                              "integration test files reach none of the "
                              "other entry points, and {4} of those use it",
                              Name, Map.find(Name) ? "" : " (a function)",
                              Away.size(), Journeys.size(), Best->second)
                          .str());
      llvm::erase_if(Away,
                     [&](const TestEvidence *T) { return reaches(*T, Entry); });
    }
    // First, so that the cap on evidence lines never hides them.
    Entry.Lines.insert(Entry.Lines.begin(), Added.begin(), Added.end());
  }

  /// The outside headers the files implementing Class include.
  std::set<std::string> outsideIncludes(const std::string &Class) {
    std::set<std::string> Out;
    for (const FileEvidence &F : Evidence.Files)
      if (llvm::is_contained(F.Classes, Class))
        for (const OutsideInclude &I : F.Includes)
          Out.insert(I.Spelled + " (" + (I.System ? "system" : "third-party") +
                     ", in " + F.File + ")");
    return Out;
  }

  void boundariesAndInfrastructure() {
    std::set<std::string> &BoundaryFound = BoundaryRole.Found,
                          &InfraFound = InfraRole.Found;
    std::vector<std::string> &BoundaryLines = BoundaryRole.Lines,
                             &InfraLines = InfraRole.Lines;
    std::vector<std::string> Internal;
    for (const Component &C : Map.Components) {
      if (C.Kind == Role::Test)
        continue;
      std::vector<std::string> Why;
      auto Mocked = MockedIn.find(C.Name);
      if (Mocked != MockedIn.end())
        Why.push_back("the tests mock it (" + listedFew(Mocked->second) + ")");
      // Where the tests come in, not what the project depends on: what its
      // implementations include says nothing about a boundary.
      if (Mocked == MockedIn.end() && drivenFirst(C))
        continue;
      std::set<std::string> Headers, RealImpls;
      if (C.Abstract) {
        bool Outside = false;
        for (const OutsideImplementation &O : Evidence.OutsideImplementations)
          if (O.Interface == C.Name) {
            Outside = true;
            Why.push_back("implemented outside the project by " + O.Name +
                          " (" + O.File + ")");
            Headers.merge(outsideIncludes(O.Name));
          }
        for (const std::string &Impl : ImplementedBy[C.Name]) {
          Headers.merge(outsideIncludes(Impl));
          if (Wired.count(Impl))
            RealImpls.insert(Impl);
        }
        if (!Headers.empty())
          Why.push_back("its implementations include headers from outside "
                        "the project: " +
                        listed(Headers));
        if (!Outside && !C.ImplementedInProject && !TakenBy.count(C.Name) &&
            !FactoryOf.count(C.Name))
          Why.push_back("no class of the project implements it and no "
                        "component takes it: its users implement it (a "
                        "callback)");
      }
      if (Wired.count(C.Name))
        RealImpls.insert(C.Name);
      if (Why.empty())
        continue;
      std::string Line = C.Name + ": " + join(Why, "; ");
      if (RealImpls.empty()) {
        BoundaryFound.insert(C.Name);
        BoundaryLines.push_back(Line);
      } else if (!Headers.empty()) {
        InfraFound.insert(C.Name);
        InfraLines.push_back(Line + "; the integration tests build " +
                             listed(RealImpls) + " for real");
      } else {
        Internal.push_back(C.Name +
                           ": not a boundary: the integration tests "
                           "build " +
                           listed(RealImpls) + " for real, although " +
                           join(Why, "; "));
      }
    }
    for (const Component &C : Map.Components) {
      if (C.Kind == Role::ExternalBoundary &&
          Current.isExternalBoundaryName(C.Name) &&
          !BoundaryFound.count(C.Name))
        BoundaryRole.Kept.insert(C.Name);
      if (C.Kind == Role::Infrastructure &&
          Current.isInfrastructureName(C.Name) && !InfraFound.count(C.Name))
        InfraRole.Kept.insert(C.Name);
    }
    Proposed.insert(BoundaryFound.begin(), BoundaryFound.end());
    Proposed.insert(InfraFound.begin(), InfraFound.end());
    BoundaryLines.insert(BoundaryLines.end(), Internal.begin(), Internal.end());
  }

  ProposedKey uiTypes() {
    ProposedKey K{"itdd.UiTypes", {}, {}};
    std::set<std::string> Ui;
    for (const Component &C : Map.Components)
      if (C.Ui)
        Ui.insert(C.Name);
    K.Evidence.push_back(
        std::string("no structural evidence of user interface classes; ") +
        (Current.isSet(K.Key) ? "your value" : "the default pattern") +
        " stays" + (Ui.empty() ? "" : ", which gives: " + listed(Ui)));
    return K;
  }

  /// Sets K to the names found plus those the pattern it replaces gave
  /// the role, unless the pattern in effect already gives them all.
  ProposedKey &roleKey(ProposedKey &K, const RoleFinding &R, StringRef Role) {
    const std::set<std::string> &Found = R.Found, &Kept = R.Kept;
    std::string Pattern =
        Current.isSet(K.Key) ? "your value" : "the default pattern";
    addCapped(K.Evidence, R.Lines);
    // Only a pattern gives a role in every translation unit alike: a role
    // from structure may depend on what a unit sees (a constructor that
    // takes the interface), so it is spelled out.
    bool AlreadyGiven = llvm::all_of(Found, [&](const std::string &Name) {
      return patternGives(K.Key, Name);
    });
    if (Found.empty() || AlreadyGiven) {
      K.Evidence.push_back(
          (Found.empty()
               ? "no structural evidence; " + Pattern + " stays"
               : Pattern + " already makes each of them " + Role.str()) +
          (Kept.empty() ? "" : "; it also gives: " + listed(Kept)));
      return K;
    }
    std::set<std::string> All = Found;
    All.insert(Kept.begin(), Kept.end());
    if (!Kept.empty())
      K.Evidence.push_back("kept from " + Pattern +
                           ", which this key replaces: " + listed(Kept));
    K.Value = alternation(All);
    return K;
  }

  /// The pattern in effect for Key matches Name.
  bool patternGives(StringRef Key, StringRef Name) const {
    if (Key == "itdd.EntryPoints")
      return Current.isEntryPointName(Name);
    if (Key == "itdd.ExternalBoundaries")
      return Current.isExternalBoundaryName(Name);
    return Current.isInfrastructureName(Name);
  }

  const DependencyMap &Map;
  const ProjectEvidence &Evidence;
  const Config &Current;
  std::vector<TestFileStats> Stats;
  std::map<std::string, std::set<std::string>> MockedIn, TakenBy, OwnedBy,
      ImplementedBy, DrivenIn;
  /// Free functions: the integration test files that call each, and the
  /// components each builds or drives.
  std::map<std::string, std::set<std::string>> CalledIn, Drives;
  /// Classes and the new objects of other classes their members return.
  std::map<std::string, std::set<std::string>> Makes, MadeBy;
  /// Classes that own, hold or make another component.
  std::set<std::string> Leads;
  /// The files of the project's components and of product files that
  /// include outside headers, relative to the root.
  std::set<std::string> ProductFiles;
  RoleFinding BoundaryRole, InfraRole;
  /// Test files the integration-test key covers.
  std::set<std::string> Covered;
  std::set<std::string> EntryFound;
  std::map<std::string, std::string> FactoryOf;
  /// Components the integration tests build for real; the classes any
  /// test uses; the classes already given a boundary role.
  std::set<std::string> Wired, UsedByTests, Proposed;
};

} // namespace

const ProposedKey *ConfigProposal::find(StringRef Key) const {
  for (const ProposedKey &K : Keys)
    if (K.Key == Key)
      return &K;
  return nullptr;
}

ConfigProposal proposeConfig(const DependencyMap &Map,
                             const ProjectEvidence &Evidence,
                             const Config &Current) {
  return Proposer(Map, Evidence, Current).run();
}

std::string yamlQuoted(StringRef Value) {
  std::string Out = "'";
  for (char C : Value) {
    Out += C;
    if (C == '\'')
      Out += '\'';
  }
  return Out + "'";
}

std::string renderKey(const ProposedKey &K, StringRef Indent) {
  std::string Out;
  for (const std::string &Line : K.Evidence)
    Out += Indent.str() + "# " + Line + "\n";
  if (K.Value)
    Out += Indent.str() + K.Key + ": " + yamlQuoted(*K.Value) + "\n";
  else
    Out += Indent.str() + "# " + K.Key + ": not set\n";
  return Out;
}

std::string renderProposal(const ConfigProposal &P) {
  std::string Out =
      "# The itdd checks, with the keys 'itdd init' inferred from the\n"
      "# project's structure; each says what it rests on.\n"
      "Checks: '-*,itdd-*'\n"
      "CheckOptions:\n";
  bool AnySet = false;
  for (const ProposedKey &K : P.Keys) {
    Out += renderKey(K, "  ");
    AnySet |= K.Value.has_value();
  }
  if (!AnySet)
    Out += "  {}\n";
  return Out;
}

std::optional<std::string> leftOutBecause(StringRef Text, StringRef Path) {
  SmallVector<StringRef, 64> Lines;
  Text.split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.consume_front("#") || !Line.ltrim().starts_with(LeftOut))
      continue;
    Line = Line.ltrim().drop_front(LeftOut.size());
    auto [File, Why] = Line.split(": ");
    if (File.empty() || Why.empty() || !Path.ends_with(File) ||
        (Path.size() > File.size() &&
         Path[Path.size() - File.size() - 1] != '/'))
      continue;
    return Why.str();
  }
  return std::nullopt;
}

} // namespace itdd
