//===--- Session.cpp - every selected test gets an outcome ----------------===//

#include "red/Session.h"
#include "generators/TestSkeletons.h"
#include "red/GTestOutput.h"
#include "support/Parallel.h"
#include "support/Process.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace itdd::red {

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

/// One process over some of the tests.
struct Run {
  std::string Filter;
  std::vector<std::pair<std::string, std::string>> Env;
  std::string JsonPath;

  ProcessResult Process;
  std::vector<TestOutcome> Outcomes;
  /// Every test it was given reported (the JSON report was written).
  bool Complete = false;
  bool IsGTest = false;
};

std::vector<std::string> baseArgv(const SessionOptions &O) {
  std::vector<std::string> Argv;
  Argv.reserve(O.Args.size() + 4);
  Argv.push_back(O.Binary);
  Argv.insert(Argv.end(), O.Args.begin(), O.Args.end());
  Argv.push_back("--gtest_color=no");
  return Argv;
}

/// A test that never reported: what happened to it is how its process
/// ended. Started: the console showed it begin.
TestOutcome endedWithProcess(llvm::StringRef Name, const ProcessResult &P,
                             unsigned TimeoutSeconds, bool Started) {
  TestOutcome T;
  T.Suite = Name.split('.').first.str();
  T.Name = Name.split('.').second.str();
  T.Signal = P.Signal;
  T.ExitCode = P.ExitCode;
  T.TimeoutSeconds = TimeoutSeconds;
  if (P.TimedOut)
    T.End = Ending::TimedOut;
  else if (P.Signal)
    T.End = Ending::Crashed;
  else if (Started)
    T.End = Ending::Exited;
  else
    T.MissingReason = "the binary exited with code " +
                      std::to_string(P.ExitCode) + " without running it";
  return T;
}

/// OnLine sees each line of the run's console output as it comes.
void execute(const SessionOptions &O, Run &R,
             const std::function<void(llvm::StringRef)> &OnLine) {
  ProcessRequest Request;
  Request.OnLine = OnLine;
  Request.Argv = baseArgv(O);
  Request.Argv.push_back("--gtest_output=json:" + R.JsonPath);
  if (!R.Filter.empty())
    Request.Argv.push_back("--gtest_filter=" + R.Filter);
  Request.Env = R.Env;
  Request.TimeoutSeconds = O.TimeoutSeconds;
  R.Process = runProcess(Request);
  if (!R.Process.Started)
    return;
  ConsoleReport Console = parseConsoleOutput(R.Process.Output);
  R.IsGTest = Console.IsGTest;
  // Each run writes its own file in the session's directory, which goes
  // with them at the end.
  auto Json = llvm::MemoryBuffer::getFile(R.JsonPath);
  std::optional<std::vector<TestOutcome>> FromJson;
  if (Json && !R.Process.TimedOut) {
    llvm::Expected<std::vector<TestOutcome>> Parsed =
        parseJsonReport((*Json)->getBuffer());
    if (Parsed)
      FromJson = std::move(*Parsed);
    else
      llvm::consumeError(Parsed.takeError());
  }
  if (FromJson) {
    R.Complete = R.IsGTest = true;
    R.Outcomes = std::move(*FromJson);
    llvm::StringMap<const TestOutcome *> Printed;
    for (const TestOutcome &T : Console.Finished)
      Printed[T.fullName()] = &T;
    for (TestOutcome &T : R.Outcomes)
      if (const TestOutcome *P = Printed.lookup(T.fullName()))
        T.SkipMessage = P->SkipMessage;
  } else {
    R.Outcomes = std::move(Console.Finished);
    if (!Console.Unfinished.empty()) {
      TestOutcome T = endedWithProcess(Console.Unfinished, R.Process,
                                       O.TimeoutSeconds, /*Started=*/true);
      T.Failures = std::move(Console.UnfinishedFailures);
      R.Outcomes.push_back(std::move(T));
    }
  }
  for (TestOutcome &T : R.Outcomes)
    if (T.End == Ending::Skipped)
      T.SuiteSetupFailure = Console.SuiteSetupFailures.lookup(T.Suite);
}

/// Every run at once, each in its own process: callers make at most
/// --jobs runs at a time. OnLine sees their console output, from as many
/// threads.
void executeAll(const SessionOptions &O, std::vector<Run> &Runs,
                const std::function<void(llvm::StringRef)> &OnLine) {
  runInParallel(Runs.size(), static_cast<unsigned>(Runs.size()),
                [&](size_t I) { execute(O, Runs[I], OnLine); });
}

/// Tests that never reported have no location: look for their TEST macro
/// in the files the others were reported from.
void locateUnreported(std::vector<TestOutcome> &Outcomes) {
  llvm::StringMap<std::pair<std::string, unsigned>> Where;
  llvm::StringSet<> Files;
  for (const TestOutcome &T : Outcomes)
    if (!T.File.empty() && Files.insert(T.File).second)
      if (auto Buffer = llvm::MemoryBuffer::getFile(T.File))
        for (const FoundTest &F : findTests((*Buffer)->getBuffer()))
          Where.try_emplace(F.Suite + "." + F.Name, T.File, F.Line);
  for (TestOutcome &T : Outcomes) {
    if (!T.File.empty())
      continue;
    llvm::StringRef Suite = T.Suite, Name = T.Name;
    if (Suite.contains('/'))
      Suite = Suite.rsplit('/').second;
    Name = Name.split('/').first;
    auto It = Where.find((Suite + "." + Name).str());
    if (It != Where.end())
      std::tie(T.File, T.Line) = It->second;
  }
}

/// Why the first run shows the binary cannot be judged: it did not start,
/// or printed no GoogleTest output.
llvm::Error checkFirstRun(const SessionOptions &O, const Run &Lead) {
  if (!Lead.Process.Started)
    return fail("cannot run '" + O.Binary + "': " + Lead.Process.StartError);
  if (!Lead.IsGTest && Lead.Process.TimedOut)
    return fail("'" + O.Binary + "' printed no GoogleTest output in " +
                std::to_string(O.TimeoutSeconds) +
                " s and was killed: it hangs before its first test, or is "
                "not a GoogleTest binary (raise --timeout if it needs longer "
                "to start)");
  if (!Lead.IsGTest && Lead.Process.Signal)
    return fail("'" + O.Binary + "' crashed with " +
                signalDescription(Lead.Process.Signal) +
                " before printing any GoogleTest output: it fails before "
                "its first test; run it by hand to see where");
  if (!Lead.IsGTest)
    return fail("'" + O.Binary +
                "' is not a GoogleTest binary (it printed no GoogleTest "
                "output; exit code " +
                std::to_string(Lead.Process.ExitCode) + ")");
  return llvm::Error::success();
}

/// One session: the runs it started and the tests that reported so far.
class Session {
public:
  explicit Session(const SessionOptions &O) : O(O) {}

  llvm::Expected<SessionResult> run();

private:
  /// A new JSON report's path in the session's directory, which goes with
  /// the reports at the end.
  std::string reportPath() {
    llvm::SmallString<256> Path(O.WorkDir);
    llvm::sys::path::append(Path, "run-" + std::to_string(Reports++) + ".json");
    return std::string(Path);
  }

  /// Moves the outcomes of R's tests that had none yet into the result.
  void collect(Run &R) {
    for (TestOutcome &T : R.Outcomes)
      if (Reported.insert(T.fullName()).second) {
        ended(T.fullName());
        Result.Outcomes.push_back(std::move(T));
      }
  }

  /// Tells OnTestDone that a selected test ended, once per test; called
  /// from the runs' threads.
  void ended(llvm::StringRef Test) {
    std::lock_guard<std::mutex> Guard(ProgressLock);
    if (O.OnTestDone && Selected.contains(Test) && Ended.insert(Test).second)
      O.OnTestDone(Ended.size(), Selected.size(), Test);
  }

  /// What executeAll gives the runs: their console, when progress is told.
  std::function<void(llvm::StringRef)> lineWatcher() {
    if (!O.OnTestDone)
      return nullptr;
    return [this](llvm::StringRef Line) {
      llvm::StringRef Test = endedTestName(Line);
      if (!Test.empty())
        ended(Test);
    };
  }

  std::vector<std::string> listTests();
  void rerun(std::vector<std::string> Missing);
  void rerunBatch(llvm::ArrayRef<std::vector<std::string>> Groups,
                  std::vector<std::vector<std::string>> &Next);

  const SessionOptions &O;
  unsigned Reports = 0;
  llvm::StringSet<> Reported;
  SessionResult Result;
  /// The selected tests, once listed; with OnTestDone, before they run.
  std::optional<std::vector<std::string>> Listed;
  /// For OnTestDone: the listed tests and those that ended.
  std::mutex ProgressLock;
  llvm::StringSet<> Selected, Ended;
};

llvm::Expected<SessionResult> Session::run() {
  if (O.OnTestDone) {
    Listed = listTests();
    Selected.insert(Listed->begin(), Listed->end());
  }
  // Every test once, in --jobs shards.
  std::vector<Run> First(std::max(1u, O.Jobs));
  for (size_t I = 0; I < First.size(); ++I) {
    First[I].Filter = O.Filter;
    First[I].JsonPath = reportPath();
    if (First.size() > 1)
      First[I].Env = {{"GTEST_TOTAL_SHARDS", std::to_string(First.size())},
                      {"GTEST_SHARD_INDEX", std::to_string(I)}};
  }
  executeAll(O, First, lineWatcher());
  Result.Processes += First.size();
  if (llvm::Error E = checkFirstRun(O, First.front()))
    return E;
  bool Complete = true;
  for (Run &R : First) {
    Complete &= R.Complete;
    collect(R);
  }
  if (Complete) {
    Result.NoneSelected = !O.Filter.empty() && Result.Outcomes.empty();
    return std::move(Result);
  }

  // A crash or a hang kept some tests from reporting: list them all and run
  // the missing ones again until each has an outcome.
  if (!Listed)
    Listed = listTests();
  const std::vector<std::string> &All = *Listed;
  std::vector<std::string> Missing;
  for (const std::string &Name : All)
    if (!Reported.contains(Name))
      Missing.push_back(Name);
  rerun(std::move(Missing));

  // In the binary's own order.
  llvm::StringMap<size_t> Order;
  for (size_t I = 0; I < All.size(); ++I)
    Order[All[I]] = I;
  std::stable_sort(Result.Outcomes.begin(), Result.Outcomes.end(),
                   [&](const TestOutcome &A, const TestOutcome &B) {
                     return Order.lookup(A.fullName()) <
                            Order.lookup(B.fullName());
                   });
  locateUnreported(Result.Outcomes);
  return std::move(Result);
}

/// Every selected test's name, as --gtest_list_tests gives them.
std::vector<std::string> Session::listTests() {
  ProcessRequest List;
  List.Argv = baseArgv(O);
  List.Argv.push_back("--gtest_list_tests");
  if (!O.Filter.empty())
    List.Argv.push_back("--gtest_filter=" + O.Filter);
  List.TimeoutSeconds = O.TimeoutSeconds;
  ProcessResult Listed = runProcess(List);
  ++Result.Processes;
  return parseTestList(Listed.Output);
}

/// Runs the Missing tests in groups over --jobs processes until each has an
/// outcome.
void Session::rerun(std::vector<std::string> Missing) {
  std::vector<std::vector<std::string>> Groups;
  size_t Count = std::min<size_t>(std::max(1u, O.Jobs), Missing.size());
  Groups.resize(Count);
  for (size_t I = 0; I < Missing.size(); ++I)
    Groups[I * Count / Missing.size()].push_back(std::move(Missing[I]));
  size_t Batch = std::max(1u, O.Jobs);
  while (!Groups.empty()) {
    std::vector<std::vector<std::string>> Next;
    for (size_t First = 0; First < Groups.size(); First += Batch)
      rerunBatch(llvm::ArrayRef(Groups).slice(
                     First, std::min(Batch, Groups.size() - First)),
                 Next);
    Groups = std::move(Next);
  }
}

/// Runs each group in a process of its own, all at once. What a group
/// leaves without an outcome goes to Next: as one group when some of it
/// reported, one test per group when none of it did. A single test that
/// still reports nothing ended with its process.
void Session::rerunBatch(llvm::ArrayRef<std::vector<std::string>> Groups,
                         std::vector<std::vector<std::string>> &Next) {
  std::vector<Run> Runs(Groups.size());
  for (size_t I = 0; I < Groups.size(); ++I) {
    Runs[I].Filter = llvm::join(Groups[I], ":");
    Runs[I].JsonPath = reportPath();
  }
  executeAll(O, Runs, lineWatcher());
  Result.Processes += Runs.size();
  for (size_t I = 0; I < Groups.size(); ++I) {
    collect(Runs[I]);
    std::vector<std::string> Left;
    for (const std::string &Name : Groups[I])
      if (!Reported.contains(Name))
        Left.push_back(Name);
    if (Left.empty())
      continue;
    if (Left.size() < Groups[I].size()) {
      Next.push_back(std::move(Left));
    } else if (Left.size() > 1) {
      for (std::string &Name : Left)
        Next.push_back({std::move(Name)});
    } else {
      Reported.insert(Left.front());
      ended(Left.front());
      Result.Outcomes.push_back(endedWithProcess(Left.front(), Runs[I].Process,
                                                 O.TimeoutSeconds,
                                                 /*Started=*/false));
    }
  }
}

} // namespace

namespace {

bool matchesWildcard(llvm::StringRef Pattern, llvm::StringRef Text) {
  if (Pattern.empty())
    return Text.empty();
  if (Pattern.front() == '*')
    return matchesWildcard(Pattern.drop_front(), Text) ||
           (!Text.empty() && matchesWildcard(Pattern, Text.drop_front()));
  return !Text.empty() && (Pattern.front() == '?' || Pattern.front() == Text.front()) &&
         matchesWildcard(Pattern.drop_front(), Text.drop_front());
}

bool matchesAny(llvm::StringRef Patterns, llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 4> Each;
  Patterns.split(Each, ':', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Each, [&](llvm::StringRef P) {
    return matchesWildcard(P, Text);
  });
}

} // namespace

bool selectedByFilter(llvm::StringRef Filter, llvm::StringRef FullName) {
  auto [Positive, Negative] = Filter.split('-');
  if (!Positive.empty() && !matchesAny(Positive, FullName))
    return false;
  return !matchesAny(Negative, FullName);
}

llvm::Expected<SessionResult> runSession(const SessionOptions &O) {
  return Session(O).run();
}

} // namespace itdd::red
