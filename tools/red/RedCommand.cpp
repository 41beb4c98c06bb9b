//===--- RedCommand.cpp - itdd red ----------------------------------------===//
//
// `itdd red -- TEST_BINARY`: builds (--build), runs the tests with their
// JSON report, re-runs what a crash or hang kept from reporting, gives each
// test a verdict and writes the summary, --json and the --report.
//
//===----------------------------------------------------------------------===//

#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "tools/red/BuildVerdicts.h"
#include "tools/red/MockProbes.h"
#include "analysis/AnalysedSites.h"
#include "analysis/ProjectConfig.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/Shards.h"
#include "generators/FeatureFiles.h"
#include "core/SourceText.h"
#include "red/BuildLog.h"
#include "red/MockFailure.h"
#include "red/Report.h"
#include "red/Session.h"
#include "red/SourceSites.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "support/Process.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> RedInputs(cl::Positional,
                                cl::desc("-- TEST_BINARY [ARGS...]"),
                                cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<std::string> BuildCommand(
    "build",
    cl::desc("Run this shell command first; when it fails, every test file "
             "with a compile or link error is a bad red (its first error "
             "quoted), and with -p each of its tests is missing-api, "
             "bad-red or blocked-by-build; the tests still run if the "
             "binary exists"),
    cl::value_desc("command"), cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<std::string> Filter("filter",
                            cl::desc("Only the tests this --gtest_filter "
                                     "pattern selects (exit 2 when it "
                                     "selects none)"),
                            cl::value_desc("pattern"), cl::sub(RedSubcommand),
                            cl::cat(RedCategory));
cl::opt<unsigned> Timeout("timeout",
                          cl::desc("Seconds a test may run before it counts "
                                   "as hung and is killed (default 30)"),
                          cl::value_desc("seconds"), cl::init(30),
                          cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<unsigned> RedJobs("jobs",
                          cl::desc("Run the tests in this many processes "
                                   "in parallel (default 1)"),
                          cl::value_desc("N"), cl::init(1),
                          cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<std::string> JsonFile(
    "json",
    cl::desc("Write {\"tests\":[{name, verdict, reason, file, line, "
             "scenario, decided-by}]} here; a test a GoogleMock failure "
             "decided also has its mock (kind, class, role, order)"),
    cl::value_desc("file"), cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<std::string> ReportFile(
    "report",
    cl::desc("Write the Markdown gap report here: per feature and scenario "
             "the test, its verdict, the failing business outcome and the "
             "integration points still to build"),
    cl::value_desc("file.md"), cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::list<std::string> RedFeatures(
    "feature",
    cl::desc("A Gherkin .feature file (or a directory of them) the tests "
             "were generated from: ties tests to scenarios and lists "
             "scenarios with no test (repeatable)"),
    cl::value_desc("file"), cl::CommaSeparated, cl::sub(RedSubcommand),
    cl::cat(RedCategory));
cl::opt<std::string> RedColor(
    "color",
    cl::desc("Colour the verdicts (good red green, bad red red, the others "
             "yellow): auto (default: when stdout is a terminal and "
             "NO_COLOR is not set), always or never; --json and --report "
             "have none"),
    cl::value_desc("when"), cl::init("auto"), cl::sub(RedSubcommand),
    cl::cat(RedCategory));
cl::opt<bool> RedQuiet(
    "quiet",
    cl::desc("No progress line: while the tests run, a terminal on stderr "
             "shows [done/total] and the test that last ended"),
    cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<bool> NoProbe(
    "no-probe",
    cl::desc("Do not re-run a test under gdb to learn whether a failing mock "
             "call came through an entry point; a verdict that waits on it "
             "then says undecided"),
    cl::sub(RedSubcommand), cl::cat(RedCategory));
cl::opt<std::string> RedMapFile(
    "map",
    cl::desc("The dependency map (written by 'itdd map') the report traces "
             "integration points in"),
    cl::value_desc("file"), cl::sub(RedSubcommand), cl::cat(RedCategory));

int usage(const Twine &Message) {
  errs() << "itdd red: " << Message << "\n";
  return 2;
}

/// Path relative to the working directory when it lies under it.
std::string shown(StringRef Path) {
  static const std::string Cwd = absolutePath(".");
  if (!sys::path::is_absolute(Path))
    return Path.str();
  StringRef Rest = Path;
  if (Rest.consume_front(Cwd) && Rest.consume_front("/"))
    return Rest.str();
  return Path.str();
}

/// The build's failures, one bad red per test file that does not build.
std::vector<red::JudgedTest> runBuild(bool &Failed) {
  ProcessRequest Request;
  Request.Argv = {"/bin/sh", "-c", BuildCommand};
  ProcessResult Build = runProcess(Request);
  Failed = !Build.Started || Build.ExitCode != 0 || Build.Signal != 0;
  std::vector<red::JudgedTest> Result;
  if (!Failed)
    return Result;
  Result = judgeBuildErrors(red::parseBuildLog(Build.Output), BuildPath,
                            [](StringRef Path) { return shown(Path); });
  // The tests of a file that does not compile, as --filter selects them.
  llvm::erase_if(Result, [](const red::JudgedTest &T) {
    return !T.BuildFailure && !red::selectedByFilter(Filter, T.Name);
  });
  if (Result.empty()) {
    red::JudgedTest T;
    T.Name = "build";
    T.BuildFailure = true;
    T.Result.Kind = red::VerdictKind::BadRed;
    StringRef Tail = StringRef(Build.Output).rtrim();
    size_t LastLine = Tail.rfind('\n');
    Tail = Tail.substr(LastLine == StringRef::npos ? 0 : LastLine + 1);
    T.Result.Reason =
        "the build failed (" +
        (Build.Started ? "exit code " + std::to_string(Build.ExitCode)
                       : Build.StartError) +
        ")" + (Tail.empty() ? "" : ": " + Tail.str());
    Result.push_back(std::move(T));
  }
  return Result;
}

/// Whether --color and the environment want the verdicts coloured.
bool wantsColour() {
  if (RedColor == "always")
    return true;
  if (RedColor == "never")
    return false;
  const char *NoColor = std::getenv("NO_COLOR");
  if (NoColor && *NoColor)
    return false;
  return sys::Process::StandardOutHasColors();
}

raw_ostream::Colors colourOf(red::VerdictKind Kind) {
  switch (Kind) {
  case red::VerdictKind::GoodRed:
    return raw_ostream::GREEN;
  case red::VerdictKind::BadRed:
    return raw_ostream::RED;
  default:
    return raw_ostream::YELLOW;
  }
}

/// One line per test, the verdict in a column of its own, coloured when
/// outs() has colours enabled.
void printTests(ArrayRef<red::JudgedTest> Tests) {
  constexpr size_t VerdictWidth = 9;
  for (const red::JudgedTest &T : Tests) {
    StringRef Verdict = red::verdictName(T.Result.Kind);
    outs().changeColor(colourOf(T.Result.Kind));
    outs() << Verdict;
    outs().resetColor();
    outs().indent(VerdictWidth - std::min(VerdictWidth, Verdict.size()));
    outs() << " " << T.Name << ": " << T.Result.Reason << "\n";
  }
}

/// What the command line names, read before any test runs.
struct RedRequest {
  /// The test binary and its arguments.
  std::vector<std::string> Inputs;
  std::vector<FeatureSource> Features;
  std::optional<DependencyMap> Map;
};

/// The command line, the configuration, the features and the map read;
/// nullopt after saying what is wrong.
std::optional<RedRequest> readRequest() {
  RedRequest R;
  // `--feature a.feature b.feature -- BINARY`: the files after the first
  // arrive as positional arguments before the binary.
  std::vector<std::string> FeatureFiles(RedFeatures.begin(), RedFeatures.end());
  R.Inputs.assign(RedInputs.begin(), RedInputs.end());
  while (R.Inputs.size() > 1 &&
         StringRef(R.Inputs.front()).ends_with(".feature")) {
    FeatureFiles.push_back(R.Inputs.front());
    R.Inputs.erase(R.Inputs.begin());
  }
  if (R.Inputs.empty()) {
    usage("name the test binary after '--': itdd red [options] -- "
          "TEST_BINARY [ARGS...]");
    return std::nullopt;
  }
  if (RedJobs == 0) {
    usage("--jobs must be at least 1");
    return std::nullopt;
  }
  if (RedColor != "auto" && RedColor != "always" && RedColor != "never") {
    usage("--color=" + RedColor + ": say auto, always or never");
    return std::nullopt;
  }
  // The configuration names the integration test files: a wrong one would
  // judge the wrong tests.
  if (Error E = setCommandLineConfig(ConfigFile, ConfigText)) {
    errs() << toString(std::move(E));
    return std::nullopt;
  }
  ProjectConfig Here = loadProjectConfig(".");
  printConfigProblems(Here);
  if (!Here.Valid)
    return std::nullopt;
  Expected<std::vector<FeatureSource>> Features =
      readFeatureFiles(FeatureFiles, "itdd red");
  if (!Features) {
    errs() << toString(Features.takeError()) << "\n";
    return std::nullopt;
  }
  R.Features = std::move(*Features);
  if (!RedMapFile.empty()) {
    Expected<DependencyMap> Read = readMapFile(RedMapFile);
    if (!Read) {
      usage(toString(Read.takeError()));
      return std::nullopt;
    }
    R.Map = std::move(*Read);
  }
  return R;
}

/// Whether the database and the outputs are usable, found before the tests
/// run, whose verdicts would otherwise be lost; false after saying why not.
bool checkBeforeRun() {
  if (!BuildPath.empty())
    if (Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
            loadCompilationDatabase(BuildPath);
        !DB) {
      usage(toString(DB.takeError()));
      return false;
    }
  for (const std::string &Out : {JsonFile.getValue(), ReportFile.getValue()})
    if (!Out.empty())
      if (Error E = checkOutputPath(Out)) {
        usage(toString(std::move(E)));
        return false;
      }
  return true;
}

/// Every selected test's outcome, the binary run in a temporary directory
/// that holds its reports; an error when it cannot run.
Expected<std::vector<red::TestOutcome>> runTests(StringRef Binary,
                                                 ArrayRef<std::string> Args) {
  SmallString<256> WorkDir;
  if (std::error_code EC = sys::fs::createUniqueDirectory("itdd-red", WorkDir))
    return createStringError(EC, "cannot create a temporary directory: %s",
                             EC.message().c_str());
  red::SessionOptions Options;
  Options.Binary = Binary.str();
  Options.Args.assign(Args.begin(), Args.end());
  Options.Filter = Filter;
  Options.TimeoutSeconds = Timeout;
  Options.Jobs = RedJobs;
  Options.WorkDir = std::string(WorkDir);
  // As ninja does: one line, rewritten as each test ends, cut to the
  // terminal's width so that it never wraps, and cleared at the end.
  bool ShowProgress = !RedQuiet && sys::Process::StandardErrIsDisplayed();
  if (ShowProgress)
    Options.OnTestDone = [](size_t Done, size_t Total, StringRef Test) {
      std::string Line = formatv("[{0}/{1}] {2}", Done, Total, Test).str();
      if (unsigned Columns = sys::Process::StandardErrColumns())
        Line.resize(std::min<size_t>(Line.size(), Columns - 1));
      errs() << "\r\x1b[K" << Line;
    };
  Expected<red::SessionResult> Session = red::runSession(Options);
  if (ShowProgress)
    errs() << "\r\x1b[K";
  // Best effort: a report left in the temporary directory changes
  // nothing the user asked for.
  if (std::error_code EC = sys::fs::remove_directories(WorkDir))
    errs() << "itdd red: could not remove " << WorkDir << ": "
           << EC.message() << "\n";
  if (!Session)
    return Session.takeError();
  if (Session->NoneSelected)
    return createStringError(
        inconvertibleErrorCode(),
        "--filter '%s' selects no test of '%s'; '%s --gtest_list_tests' "
        "lists their names",
        Filter.c_str(), Binary.str().c_str(), Binary.str().c_str());
  return std::move(Session->Outcomes);
}

/// With -p, what the analysis says of each line a failure points at.
Expected<AnalysedSites> analyse(ArrayRef<red::TestOutcome> Outcomes,
                                const red::SourceSites &Sites) {
  if (BuildPath.empty())
    return AnalysedSites();
  std::map<std::string, std::vector<unsigned>> Lines;
  for (const red::TestOutcome &T : Outcomes)
    for (const red::Failure &F : T.Failures)
      if (!F.File.empty())
        Lines[absolutePath(Sites.resolve(F.File))].push_back(F.Line);
  return analyseFailureSites(BuildPath, Lines);
}

/// The verdict on each outcome, the failures' sites read from the source
/// beside the binary (or the build) and, with -p, from the analysis; a
/// test whose verdict waits on who made a failing mock call is re-run
/// under gdb.
Expected<std::vector<red::JudgedTest>>
judgeAll(std::vector<red::TestOutcome> &Outcomes, StringRef Binary,
         ArrayRef<std::string> Args) {
  // Paths as the user sees them, in every reason that quotes one.
  for (red::TestOutcome &T : Outcomes) {
    red::locateUnexpectedCalls(T);
    T.File = shown(T.File);
    for (red::Failure &F : T.Failures)
      F.File = shown(F.File);
  }
  std::vector<std::string> SearchDirs;
  if (!BuildPath.empty())
    SearchDirs.push_back(BuildPath);
  SearchDirs.push_back(sys::path::parent_path(absolutePath(Binary)).str());
  red::SourceSites Sites(std::move(SearchDirs));
  Expected<AnalysedSites> Analysed = analyse(Outcomes, Sites);
  if (!Analysed)
    return Analysed.takeError();
  // The analysis knows better than the text; the text still quotes the
  // line.
  auto Lookup = [&](const red::TestOutcome &T, const red::Failure &F) {
    std::optional<SiteFacts> Text = Sites.site(T, F);
    auto It = Analysed->find({absolutePath(Sites.resolve(F.File)), F.Line});
    if (It == Analysed->end())
      return Text;
    SiteFacts Facts = It->second;
    if (Text) {
      Facts.LineText = Text->LineText;
      // Read from the text in both modes, so that -p does not flip it.
      Facts.CalledBySetUp = Text->CalledBySetUp &&
                            Facts.Where == SiteFacts::Place::Helper;
    }
    return std::optional<SiteFacts>(std::move(Facts));
  };
  MockProbes Probes(Binary, Args, Timeout, !NoProbe,
                    [](StringRef Path) { return shown(Path); });
  std::vector<red::JudgedTest> Judged;
  Judged.reserve(Outcomes.size());
  for (red::TestOutcome &T : Outcomes) {
    red::Decision D = red::decide(T, Lookup);
    if (D.Why == red::Cause::MockOrderUndecided ||
        D.Why == red::Cause::SetUpHelperUndecided) {
      Probes.probe(T);
      D = red::decide(T, Lookup);
    }
    red::JudgedTest J;
    J.Name = T.fullName();
    J.Result = red::describe(T, D);
    Judged.push_back(std::move(J));
  }
  return Judged;
}

/// Prints each verdict and the summary, writes --json and --report; the
/// exit code.
int reportResults(ArrayRef<red::JudgedTest> Judged, const RedRequest &R) {
  printTests(Judged);
  red::Summary Sum = red::summarize(Judged);
  outs() << "itdd red: " << red::summaryLine(Sum) << "\n";
  outs().flush();

  if (!JsonFile.empty()) {
    llvm::json::Value Json = red::toJSON(Judged);
    if (Error E = writeFileAtomically(JsonFile, [&](raw_ostream &OS) {
          OS << formatv("{0:2}", Json) << "\n";
        }))
      return usage(toString(std::move(E)));
  }
  if (!ReportFile.empty()) {
    if (Error E = writeFileAtomically(ReportFile, [&](raw_ostream &OS) {
          red::writeGapReport(Judged, R.Features, R.Map ? &*R.Map : nullptr,
                              sys::path::filename(R.Inputs.front()), OS);
        }))
      return usage(toString(std::move(E)));
    errs() << "itdd red: gap report written to " << ReportFile << "\n";
  }
  return red::exitCodeOf(Sum);
}

} // namespace

int runRed() {
  std::optional<RedRequest> Request = readRequest();
  if (!Request || !checkBeforeRun())
    return 2;
  outs().enable_colors(wantsColour());

  std::vector<red::JudgedTest> Judged;
  bool BuildFailed = false;
  if (!BuildCommand.empty())
    Judged = runBuild(BuildFailed);

  std::string Binary = Request->Inputs.front();
  if (!StringRef(Binary).contains('/'))
    Binary = "./" + Binary;
  bool Runnable = sys::fs::exists(Binary) && !sys::fs::is_directory(Binary) &&
                  sys::fs::can_execute(Binary);
  if (!Runnable && !BuildFailed)
    return usage("cannot run '" + Request->Inputs.front() + "': " +
                 (sys::fs::exists(Binary) ? "it is not an executable file"
                                          : "no such file") +
                 "; name a GoogleTest binary after '--'");
  if (Runnable) {
    Expected<std::vector<red::TestOutcome>> Outcomes =
        runTests(Binary, ArrayRef(Request->Inputs).drop_front());
    if (!Outcomes)
      return usage(toString(Outcomes.takeError()));
    Expected<std::vector<red::JudgedTest>> Tests =
        judgeAll(*Outcomes, Binary, ArrayRef(Request->Inputs).drop_front());
    if (!Tests)
      return usage(toString(Tests.takeError()));
    // A test the build judged is not judged again from a binary that
    // could not be rebuilt; nor is a test of a file that does not compile,
    // whose run is that of its last good build: the file's error is its
    // verdict.
    StringSet<> FromBuild;
    for (const red::JudgedTest &T : Judged)
      FromBuild.insert(T.Name);
    StringMap<const red::JudgedTest *> Unbuilt;
    for (const red::JudgedTest &T : Judged)
      if (T.BuildFailure)
        Unbuilt[absolutePath(T.Name)] = &T;
    StringMap<std::string> FileOf;
    for (const red::TestOutcome &O : *Outcomes)
      if (!O.File.empty())
        FileOf[O.fullName()] = absolutePath(O.File);
    // A GoogleTest too old to report a test's file: the tests the file
    // that does not compile defines, read from its text.
    for (const auto &Error : Unbuilt) {
      auto Buffer = MemoryBuffer::getFile(Error.first());
      if (!Buffer)
        continue;
      std::vector<std::string> Written = testNamesIn((*Buffer)->getBuffer());
      for (const red::TestOutcome &O : *Outcomes)
        if (O.File.empty() &&
            llvm::is_contained(Written, writtenTestName(O.fullName())))
          FileOf[O.fullName()] = Error.first().str();
    }
    StringSet<> Replaced;
    std::vector<red::JudgedTest> Stale;
    for (red::JudgedTest &T : *Tests) {
      if (FromBuild.contains(T.Name))
        continue;
      auto File = FileOf.find(T.Name);
      auto Error = File == FileOf.end() ? Unbuilt.end()
                                        : Unbuilt.find(File->second);
      if (Error == Unbuilt.end()) {
        Stale.push_back(std::move(T));
        continue;
      }
      red::JudgedTest Own = *Error->second;
      Own.Name = T.Name;
      Own.Scenario.clear();
      Own.BuildFailure = false;
      Own.Result.Reason += " (the test's own file; not run from the binary "
                           "the build could not refresh)";
      Replaced.insert(Error->first());
      Stale.push_back(std::move(Own));
    }
    // The file's verdict now stands in each of its tests.
    llvm::erase_if(Judged, [&](const red::JudgedTest &T) {
      return T.BuildFailure && Replaced.contains(absolutePath(T.Name));
    });
    for (red::JudgedTest &T : Stale)
      Judged.push_back(std::move(T));
  }
  red::attachScenarios(Judged, Request->Features);
  red::applyHealthChecks(Judged, Request->Features);
  return reportResults(Judged, *Request);
}

} // namespace itdd
