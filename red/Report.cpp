//===--- Report.cpp - what itdd red tells CI and people -------------------===//

#include "red/Report.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <map>
#include <set>

namespace itdd::red {

Summary summarize(llvm::ArrayRef<JudgedTest> Tests) {
  Summary S;
  for (const JudgedTest &T : Tests)
    switch (T.Result.Kind) {
    case VerdictKind::GoodRed:
      ++S.GoodRed;
      break;
    case VerdictKind::BadRed:
      ++S.BadRed;
      break;
    case VerdictKind::Pending:
      ++S.Pending;
      break;
    case VerdictKind::NotRed:
      ++S.NotRed;
      break;
    case VerdictKind::Healthy:
      ++S.Healthy;
      break;
    case VerdictKind::MissingApi:
      ++S.MissingApi;
      break;
    case VerdictKind::BlockedByBuild:
      ++S.BlockedByBuild;
      break;
    }
  return S;
}

std::string summaryLine(const Summary &S) {
  std::string Line = std::to_string(S.GoodRed) + " good red, " +
                     std::to_string(S.BadRed) + " bad red, " +
                     std::to_string(S.Pending) + " pending, " +
                     std::to_string(S.NotRed) + " not red";
  if (S.MissingApi)
    Line += ", " + std::to_string(S.MissingApi) + " missing-api";
  if (S.BlockedByBuild)
    Line += ", " + std::to_string(S.BlockedByBuild) + " blocked by the build";
  if (S.Healthy)
    Line += " (" + std::to_string(S.Healthy) +
            (S.Healthy == 1 ? " health check passed)" : " health checks passed)");
  return Line;
}

int exitCodeOf(const Summary &S) { return S.BadRed || S.NotRed ? 1 : 0; }

namespace {

/// "Inst/Suite.Name/3" -> ("Suite", "Name"), DISABLED_ aside.
std::pair<llvm::StringRef, llvm::StringRef> baseName(llvm::StringRef Full) {
  auto [Suite, Name] = Full.split('.');
  Suite = Suite.rsplit('/').second.empty() ? Suite : Suite.rsplit('/').second;
  Name = Name.split('/').first;
  Suite.consume_front("DISABLED_");
  Name.consume_front("DISABLED_");
  return {Suite, Name};
}

bool stands(const ExpectedTest &E, llvm::StringRef Full) {
  auto [Suite, Name] = baseName(Full);
  return Suite == E.Suite && Name == E.Name;
}

/// Per feature, the tests it calls for.
std::vector<std::vector<ExpectedTest>>
expectedPerFeature(llvm::ArrayRef<FeatureSource> Features) {
  std::vector<std::vector<ExpectedTest>> Result;
  Result.reserve(Features.size());
  for (const FeatureSource &F : Features) {
    llvm::Expected<std::vector<ExpectedTest>> E = expectedTests(F);
    if (!E) {
      llvm::consumeError(E.takeError());
      Result.emplace_back();
      continue;
    }
    Result.push_back(std::move(*E));
  }
  return Result;
}

std::string featureFixtureOf(const std::vector<ExpectedTest> &Expected) {
  for (const ExpectedTest &E : Expected)
    if (!E.Parameterized)
      return E.Suite;
  return "";
}

} // namespace

void attachScenarios(std::vector<JudgedTest> &Tests,
                     llvm::ArrayRef<FeatureSource> Features) {
  for (const std::vector<ExpectedTest> &Expected : expectedPerFeature(Features))
    for (const ExpectedTest &E : Expected)
      for (JudgedTest &T : Tests)
        if (!T.BuildFailure && stands(E, T.Name))
          T.Scenario = E.Scenario;
}

void applyHealthChecks(std::vector<JudgedTest> &Tests,
                       llvm::ArrayRef<FeatureSource> Features) {
  std::vector<std::vector<ExpectedTest>> PerFeature = expectedPerFeature(Features);
  for (JudgedTest &Check : Tests) {
    if (Check.BuildFailure || !isHealthCheck(baseName(Check.Name).second) ||
        Check.Result.Kind == VerdictKind::Healthy)
      continue;
    llvm::StringRef Suite = baseName(Check.Name).first;
    Check.Result.Kind = VerdictKind::BadRed;
    Check.Result.Reason = "health check failed, the whole feature is blocked: " +
                          Check.Result.Reason;
    // The feature whose fixture the health check uses, if known.
    const std::vector<ExpectedTest> *Feature = nullptr;
    for (const std::vector<ExpectedTest> &Expected : PerFeature)
      if (featureFixtureOf(Expected) == Suite)
        Feature = &Expected;
    for (JudgedTest &T : Tests) {
      if (&T == &Check || T.BuildFailure)
        continue;
      bool Member = baseName(T.Name).first == Suite;
      if (Feature)
        Member |= llvm::any_of(*Feature, [&](const ExpectedTest &E) {
          return stands(E, T.Name);
        });
      if (!Member)
        continue;
      Verdict Blocked;
      Blocked.Kind = VerdictKind::BadRed;
      Blocked.Reason = "blocked by set-up: the health check " + Check.Name +
                       " failed; not judged";
      Blocked.File = T.Result.File;
      Blocked.Line = T.Result.Line;
      T.Result = std::move(Blocked);
    }
  }
}

namespace {

/// A name, or null when it is not known.
llvm::json::Value nameOrNull(const std::string &Name) {
  return Name.empty() ? llvm::json::Value(nullptr) : llvm::json::Value(Name);
}

llvm::json::Value mockToJSON(const MockFacts &M) {
  return llvm::json::Object{
      {"kind", mockFailureKindName(M.Failure.Kind)},
      {"class", nameOrNull(M.MockClass)},
      {"mocks", nameOrNull(M.Mocked)},
      {"role", mockRoleName(M.Role)},
      {"role-from", nameOrNull(evidenceName(M.RoleFrom).str())},
      {"order", callOrderName(M.Order)},
      {"order-from", nameOrNull(evidenceName(M.OrderFrom).str())},
      {"call", nameOrNull(M.Failure.Call)},
      {"expectation", nameOrNull(M.Failure.Expectation)}};
}

} // namespace

llvm::json::Value toJSON(llvm::ArrayRef<JudgedTest> Tests) {
  llvm::json::Array List;
  for (const JudgedTest &T : Tests) {
    llvm::json::Object O{{"name", T.Name},
                         {"verdict", verdictName(T.Result.Kind)},
                         {"reason", T.Result.Reason},
                         {"file", T.Result.File},
                         {"line", T.Result.Line},
                         {"scenario", T.Scenario}};
    if (!T.Result.Outcome.empty())
      O["outcome"] = T.Result.Outcome;
    if (T.BuildFailure)
      O["build"] = true;
    if (!T.Result.Apis.empty())
      O["apis"] = llvm::json::Array(T.Result.Apis);
    if (!T.Result.Stubs.empty())
      O["stubs"] = llvm::json::Array(T.Result.Stubs);
    const DecidingFact &By = T.Result.DecidedBy;
    if (!By.Fact.empty())
      O["decided-by"] = llvm::json::Object{{"fact", By.Fact},
                                           {"value", By.Value},
                                           {"from", nameOrNull(evidenceName(By.From).str())}};
    if (T.Result.Mock)
      O["mock"] = mockToJSON(*T.Result.Mock);
    List.push_back(std::move(O));
  }
  Summary S = summarize(Tests);
  return llvm::json::Object{
      {"tests", std::move(List)},
      {"summary", llvm::json::Object{{"good-red", S.GoodRed},
                                     {"bad-red", S.BadRed},
                                     {"pending", S.Pending},
                                     {"not-red", S.NotRed},
                                     {"healthy", S.Healthy},
                                     {"missing-api", S.MissingApi},
                                     {"blocked-by-build", S.BlockedByBuild}}}};
}

namespace {

/// "email_sender", "mockEmailSender", "EmailSender" -> "emailsender".
std::string normalized(llvm::StringRef Identifier) {
  std::string Result;
  for (char C : Identifier)
    if (C != '_')
      Result += llvm::toLower(C);
  llvm::StringRef R = Result;
  if (R.starts_with("mock") && R.size() > 4)
    R = R.drop_front(4);
  return R.str();
}

std::vector<std::string> identifiers(llvm::StringRef Text) {
  std::vector<std::string> Result;
  std::string Current;
  for (char C : Text) {
    if (llvm::isAlnum(C) || C == '_') {
      Current += C;
      continue;
    }
    if (!Current.empty() && !llvm::isDigit(Current.front()))
      Result.push_back(Current);
    Current.clear();
  }
  if (!Current.empty() && !llvm::isDigit(Current.front()))
    Result.push_back(Current);
  return Result;
}

std::vector<std::string> successors(const DependencyMap &Map,
                                    const Component &C) {
  std::vector<std::string> Next = C.Dependencies;
  if (C.Abstract) {
    std::vector<std::string> Impl = Map.implementationsOf(C.Name);
    Next.insert(Next.end(), Impl.begin(), Impl.end());
  }
  return Next;
}

/// Components reachable from Start, with their distance.
std::map<std::string, unsigned> distancesFrom(const DependencyMap &Map,
                                              const std::string &Start) {
  std::map<std::string, unsigned> Distance{{Start, 0}};
  std::deque<std::string> Queue{Start};
  while (!Queue.empty()) {
    std::string Name = Queue.front();
    Queue.pop_front();
    const Component *C = Map.find(Name);
    if (!C)
      continue;
    for (const std::string &Next : successors(Map, *C))
      if (Distance.emplace(Next, Distance[Name] + 1).second)
        Queue.push_back(Next);
  }
  return Distance;
}

} // namespace

std::vector<std::string> integrationPoints(const DependencyMap &Map,
                                           const Verdict &Failed) {
  std::vector<std::string> Targets;
  for (const std::string &Name : Failed.Observes) {
    const Component *C = Map.find(Name);
    if (C && !C->EntryPoint)
      Targets.push_back(Name);
  }
  // Without the analysis: the components the expression names.
  std::vector<std::string> Names;
  if (Failed.Observes.empty())
    Names = identifiers(Failed.Observed);
  for (const std::string &Id : Names) {
    std::string Key = normalized(Id);
    for (const Component &C : Map.Components) {
      llvm::StringRef Short = llvm::StringRef(C.Name).rsplit("::").second;
      if (Short.empty())
        Short = C.Name;
      if (!C.EntryPoint && normalized(Short) == Key &&
          !llvm::is_contained(Targets, C.Name))
        Targets.push_back(C.Name);
    }
  }
  std::vector<std::string> Result;
  for (const std::string &Target : Targets) {
    std::set<std::string> Entries;
    std::map<std::string, unsigned> OnPath;
    for (const Component &E : Map.Components) {
      if (!E.EntryPoint)
        continue;
      std::map<std::string, unsigned> From = distancesFrom(Map, E.Name);
      if (!From.count(Target))
        continue;
      Entries.insert(E.Name);
      // On a path: reachable from the entry point and reaching the target.
      for (const auto &[Name, Distance] : From)
        if (Name != E.Name && distancesFrom(Map, Name).count(Target)) {
          auto [It, New] = OnPath.emplace(Name, Distance);
          if (!New)
            It->second = std::min(It->second, Distance);
        }
    }
    if (Entries.empty()) {
      Result.push_back("`" + Target + "` (no entry point reaches it in the map)");
      continue;
    }
    std::vector<std::pair<unsigned, std::string>> Chain;
    Chain.reserve(OnPath.size());
    for (const auto &[Name, Distance] : OnPath)
      if (!Entries.count(Name))
        Chain.emplace_back(Distance, Name);
    llvm::sort(Chain);
    std::string Line;
    for (const auto &[Distance, Name] : Chain)
      Line += (Line.empty() ? "`" : " → `") + Name + "`";
    Line += " (from ";
    bool First = true;
    for (const std::string &E : Entries) {
      Line += (First ? "`" : ", `") + E + "`";
      First = false;
    }
    Result.push_back(Line + ")");
  }
  return Result;
}

namespace {

void writeTest(const JudgedTest &T, const DependencyMap *Map,
               llvm::raw_ostream &OS) {
  OS << "- Test: `" << T.Name << "`\n- Verdict: **"
     << verdictName(T.Result.Kind) << "**: " << T.Result.Reason << "\n";
  for (const std::string &Api : T.Result.Apis)
    OS << "- API to add: `" << Api << "`\n";
  for (const std::string &Stub : T.Result.Stubs)
    OS << "- Stub to implement: `" << Stub << "`: a stub; implement it\n";
  if (!T.Result.LineText.empty())
    OS << "- Failing line: `" << T.Result.LineText << "`\n";
  if (T.Result.Kind == VerdictKind::GoodRed && !T.Result.Outcome.empty())
    OS << "- Failing business outcome: " << T.Result.Outcome << "\n";
  if (T.Result.Kind == VerdictKind::GoodRed && Map) {
    std::vector<std::string> Points = integrationPoints(*Map, T.Result);
    if (Points.empty())
      OS << "- Integration points still to build: the map names nothing the "
            "failing assertion observes\n";
    for (const std::string &P : Points)
      OS << "- Integration points still to build: " << P << "\n";
  }
}

} // namespace

void writeGapReport(llvm::ArrayRef<JudgedTest> Tests,
                    llvm::ArrayRef<FeatureSource> Features,
                    const DependencyMap *Map, llvm::StringRef Binary,
                    llvm::raw_ostream &OS) {
  OS << "# Red phase: the gaps\n\n`" << Binary << "`: "
     << summaryLine(summarize(Tests)) << ".\n";
  std::set<const JudgedTest *> Shown;
  std::vector<std::vector<ExpectedTest>> PerFeature = expectedPerFeature(Features);
  for (size_t I = 0; I < Features.size(); ++I) {
    const FeatureSource &F = Features[I];
    OS << "\n## Feature: " << F.Feature.Name << " (" << F.Path << ")\n";
    std::string Fixture = featureFixtureOf(PerFeature[I]);
    for (const JudgedTest &T : Tests)
      if (isHealthCheck(baseName(T.Name).second) &&
          baseName(T.Name).first == Fixture) {
        OS << "\nHealth check `" << T.Name << "`: **"
           << verdictName(T.Result.Kind) << "**: " << T.Result.Reason << "\n";
        Shown.insert(&T);
      }
    for (const ExpectedTest &E : PerFeature[I]) {
      OS << "\n### Scenario: " << E.Scenario << " (" << E.Where << ")\n\n";
      bool Any = false;
      for (const JudgedTest &T : Tests)
        if (!T.BuildFailure && stands(E, T.Name)) {
          writeTest(T, Map, OS);
          Shown.insert(&T);
          Any = true;
        }
      if (!Any)
        OS << "- **Gap: no test.** Expected `"
           << (E.Parameterized ? "TEST_P(" : "TEST_F(") << E.Suite << ", "
           << E.Name << ")`; write it with `itdd gen tests`\n";
    }
  }
  bool Heading = false;
  for (const JudgedTest &T : Tests) {
    if (Shown.count(&T))
      continue;
    if (!Heading)
      OS << "\n## " << (Features.empty() ? "Tests" : "Tests outside the features")
         << "\n";
    Heading = true;
    OS << "\n### " << (T.BuildFailure ? "Build failure: " : "") << T.Name << "\n\n";
    writeTest(T, Map, OS);
  }
}

} // namespace itdd::red
