//===--- Session.cpp - every selected test gets an outcome ----------------===//

#include "red/Session.h"
#include "generators/ScenarioTests.h"
#include "red/GTestOutput.h"
#include "red/Process.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <thread>

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

void execute(const SessionOptions &O, Run &R) {
  ProcessRequest Request;
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
      TestOutcome T;
      llvm::StringRef Name = Console.Unfinished;
      T.Suite = Name.split('.').first.str();
      T.Name = Name.split('.').second.str();
      T.Failures = std::move(Console.UnfinishedFailures);
      T.TimeoutSeconds = O.TimeoutSeconds;
      if (R.Process.TimedOut)
        T.End = Ending::TimedOut;
      else if (R.Process.Signal)
        T.End = Ending::Crashed;
      else
        T.End = Ending::Exited;
      T.Signal = R.Process.Signal;
      T.ExitCode = R.Process.ExitCode;
      R.Outcomes.push_back(std::move(T));
    }
  }
  for (TestOutcome &T : R.Outcomes)
    if (T.End == Ending::Skipped)
      T.SuiteSetupFailure = Console.SuiteSetupFailures.lookup(T.Suite);
}

void executeAll(const SessionOptions &O, std::vector<Run> &Runs) {
  if (Runs.size() == 1) {
    execute(O, Runs.front());
    return;
  }
  std::vector<std::thread> Threads;
  Threads.reserve(Runs.size());
  for (Run &R : Runs)
    Threads.emplace_back([&O, &R] { execute(O, R); });
  for (std::thread &T : Threads)
    T.join();
}

std::string describeEnd(const ProcessResult &P) {
  if (P.TimedOut)
    return "the binary hung outside any test";
  if (P.Signal)
    return "the binary died of " + signalDescription(P.Signal) +
           " outside any test";
  return "the binary exited with code " + std::to_string(P.ExitCode) +
         " without running it";
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

} // namespace

llvm::Expected<SessionResult> runSession(const SessionOptions &O) {
  SessionResult Result;
  unsigned Counter = 0;
  auto JsonPath = [&] {
    llvm::SmallString<256> Path(O.WorkDir);
    llvm::sys::path::append(Path, "run-" + std::to_string(Counter++) + ".json");
    return std::string(Path);
  };

  std::vector<Run> First(std::max(1u, O.Jobs));
  for (size_t I = 0; I < First.size(); ++I) {
    First[I].Filter = O.Filter;
    First[I].JsonPath = JsonPath();
    if (First.size() > 1)
      First[I].Env = {{"GTEST_TOTAL_SHARDS", std::to_string(First.size())},
                      {"GTEST_SHARD_INDEX", std::to_string(I)}};
  }
  executeAll(O, First);
  Result.Processes += First.size();
  const Run &Lead = First.front();
  if (!Lead.Process.Started)
    return fail("cannot run '" + O.Binary + "': " + Lead.Process.StartError);
  if (!Lead.IsGTest)
    return fail("'" + O.Binary +
                "' is not a GoogleTest binary (it printed no GoogleTest "
                "output; exit code " +
                std::to_string(Lead.Process.ExitCode) + ")");

  llvm::StringSet<> Reported;
  bool Complete = true;
  for (Run &R : First) {
    Complete &= R.Complete;
    for (TestOutcome &T : R.Outcomes)
      if (Reported.insert(T.fullName()).second)
        Result.Outcomes.push_back(std::move(T));
  }
  if (Complete)
    return Result;

  // A crash or a hang kept some tests from reporting: list them all and run
  // the missing ones again until each has an outcome.
  ProcessRequest List;
  List.Argv = baseArgv(O);
  List.Argv.push_back("--gtest_list_tests");
  if (!O.Filter.empty())
    List.Argv.push_back("--gtest_filter=" + O.Filter);
  List.TimeoutSeconds = O.TimeoutSeconds;
  ProcessResult Listed = runProcess(List);
  ++Result.Processes;
  std::vector<std::string> All = parseTestList(Listed.Output);
  std::vector<std::string> Missing;
  for (const std::string &Name : All)
    if (!Reported.contains(Name))
      Missing.push_back(Name);

  while (!Missing.empty()) {
    size_t Count = std::min<size_t>(std::max(1u, O.Jobs), Missing.size());
    std::vector<Run> Runs(Count);
    std::vector<std::vector<std::string>> Given(Count);
    for (size_t I = 0; I < Missing.size(); ++I)
      Given[I * Count / Missing.size()].push_back(Missing[I]);
    for (size_t I = 0; I < Count; ++I) {
      Runs[I].Filter = llvm::join(Given[I], ":");
      Runs[I].JsonPath = JsonPath();
    }
    executeAll(O, Runs);
    Result.Processes += Count;
    std::vector<std::string> Still;
    for (size_t I = 0; I < Count; ++I) {
      for (TestOutcome &T : Runs[I].Outcomes)
        if (Reported.insert(T.fullName()).second)
          Result.Outcomes.push_back(std::move(T));
      bool Progress = false;
      for (const std::string &Name : Given[I])
        Progress |= Reported.contains(Name);
      for (const std::string &Name : Given[I]) {
        if (Reported.contains(Name))
          continue;
        if (Progress) {
          Still.push_back(Name);
          continue;
        }
        // Nothing of this run reported: running it again would not help.
        TestOutcome T;
        T.Suite = llvm::StringRef(Name).split('.').first.str();
        T.Name = llvm::StringRef(Name).split('.').second.str();
        T.MissingReason = describeEnd(Runs[I].Process);
        if (Runs[I].Process.TimedOut) {
          T.End = Ending::TimedOut;
          T.TimeoutSeconds = O.TimeoutSeconds;
        }
        Reported.insert(Name);
        Result.Outcomes.push_back(std::move(T));
      }
    }
    Missing = std::move(Still);
  }

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
  return Result;
}

} // namespace itdd::red
