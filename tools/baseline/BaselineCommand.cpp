//===--- BaselineCommand.cpp - itdd baseline ------------------------------===//
//
// The `itdd baseline` command line: runs clang-tidy with the itdd plugin
// over the integration test files of a compile database (or reads findings
// the checks recorded in the user's own lint run) and writes the baseline
// file the checks then report against, all or nothing.
//
//===----------------------------------------------------------------------===//

#include "tools/Commands.h"
#include "tools/baseline/BaselineRun.h"
#include "tools/CommonOptions.h"
#include "analysis/ProjectConfig.h"
#include "analysis/map/CompilationDatabase.h"
#include "core/Baseline.h"
#include "core/UnjudgedTests.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "support/Parallel.h"
#include "support/Process.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <optional>

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> BaselineFiles(
    cl::Positional,
    cl::desc("[<source file> ...] (default: every integration test file of "
             "the compile database)"),
    cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::opt<std::string> BaselineOutput(
    "o", cl::desc("The baseline file to write (default: .itdd-baseline.json)"),
    cl::value_desc("file"), cl::init(".itdd-baseline.json"),
    cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::list<std::string> RecordedInputs(
    "from",
    cl::desc("Take the findings from this file, which the checks wrote in "
             "your own clang-tidy run under ITDD_BASELINE_RECORD=<file>, "
             "instead of running clang-tidy (repeatable)"),
    cl::value_desc("file"), cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::opt<std::string>
    ClangTidyPath("clang-tidy",
                  cl::desc("The clang-tidy to run (default: the one itdd was "
                           "built for, " ITDD_CLANG_TIDY ")"),
                  cl::value_desc("path"), cl::init(ITDD_CLANG_TIDY),
                  cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::opt<std::string> PluginPath(
    "plugin",
    cl::desc("The itdd clang-tidy plugin (default: lib/libitdd_tidy.so "
             "beside this itdd's bin/)"),
    cl::value_desc("path"), cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::opt<std::string> ChecksGlob(
    "checks",
    cl::desc("The checks clang-tidy runs, as its --checks takes them "
             "(default: -*,itdd-*)"),
    cl::init("-*,itdd-*"), cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));
cl::opt<bool> ForceOverwrite(
    "force",
    cl::desc("Overwrite the output even when it is not an itdd baseline"),
    cl::sub(BaselineSubcommand), cl::cat(BaselineCategory));

constexpr const char *Name = "itdd baseline";

std::string defaultPlugin() {
  std::string Exe = sys::fs::getMainExecutable(
      nullptr, reinterpret_cast<void *>(&runBaseline));
  SmallString<256> Path(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Path, "lib", "libitdd_tidy.so");
  return Path.str().str();
}

/// The source files to run clang-tidy on: those given, or the integration
/// test files of the database as the project's configuration names them.
/// None after saying why, when a pattern of their configuration is broken:
/// the checks that need it would not run, and the baseline would miss
/// their findings.
std::optional<std::vector<std::string>>
filesToCheck(const BaselineRequest &R,
             const clang::tooling::CompilationDatabase &DB) {
  bool Broken = false;
  // loadProjectConfig reads each directory's configuration once.
  auto ConfigOf = [&](const std::string &File) {
    ProjectConfig Config = loadProjectConfig(sys::path::parent_path(File));
    printConfigProblems(Config);
    Broken |= Config.Cfg->anyBroken();
    return Config;
  };
  std::vector<std::string> Files;
  if (!R.Files.empty()) {
    for (const std::string &F : R.Files) {
      Files.push_back(absolutePath(F));
      ConfigOf(Files.back());
    }
  } else {
    for (const std::string &File : DB.getAllFiles())
      if (ConfigOf(File).Cfg->isIntegrationTestFile(File))
        Files.push_back(File);
  }
  if (Broken) {
    errs() << Name << ": the clang-tidy configuration has errors (above); "
                      "correct them, nothing was recorded\n";
    return std::nullopt;
  }
  return Files;
}

/// The first line saying why clang-tidy could not check a file.
std::string firstError(StringRef Output) {
  SmallVector<StringRef> Lines;
  Output.split(Lines, '\n');
  for (StringRef Line : Lines)
    if (Line.contains(" error: ") && !Line.contains("[itdd-"))
      return Line.trim().str();
  for (StringRef Line : Lines)
    if (!Line.trim().empty())
      return Line.trim().str();
  return "no output";
}

/// Why clang-tidy could not check File, recording its findings into
/// RecordFile and its output into Output; nothing when it could.
std::optional<std::string> checkFile(const BaselineRequest &R,
                                     const std::string &File,
                                     StringRef RecordFile, StringRef Plugin,
                                     std::string &Output) {
  ProcessRequest Request;
  Request.Argv = {R.ClangTidy,
                  "--load=" + Plugin.str(),
                  "--checks=" + R.Checks,
                  "-p",
                  R.BuildPath,
                  "--quiet",
                  File};
  Request.Env = {{BaselineRecordVariable, RecordFile.str()}};
  if (!R.ConfigFile.empty())
    Request.Argv.insert(Request.Argv.begin() + 1,
                        "--config-file=" + R.ConfigFile);
  ProcessResult Run = runProcess(Request);
  Output = Run.Output;
  bool Broken = !Run.Started || Run.Signal != 0 ||
                StringRef(Run.Output).contains("Error while processing");
  if (!Broken)
    return std::nullopt;
  return Run.Started ? firstError(Run.Output) : Run.StartError;
}

/// Runs clang-tidy on every file, recording into RecordFile and summing
/// the tests the checks did not judge into Unjudged; the number of files
/// it could not check.
unsigned runClangTidy(const BaselineRequest &R,
                      const std::vector<std::string> &Files,
                      StringRef RecordFile, StringRef Plugin,
                      UnjudgedTests &Unjudged) {
  std::vector<std::optional<std::string>> Problems(Files.size());
  std::vector<std::string> Outputs(Files.size());
  unsigned Failed = 0;
  bool ShowProgress = !R.Quiet && sys::Process::StandardErrIsDisplayed();
  runInParallel(
      Files.size(), R.Jobs,
      [&](size_t I) {
        Problems[I] = checkFile(R, Files[I], RecordFile, Plugin, Outputs[I]);
      },
      [&](size_t Done, size_t I) {
        Unjudged.addClangTidyOutput(Outputs[I]);
        Outputs[I].clear();
        if (ShowProgress)
          errs() << formatv("\r\x1b[K[{0}/{1}] {2}", Done, Files.size(),
                            sys::path::filename(Files[I]));
        if (!Problems[I])
          return;
        ++Failed;
        errs() << (ShowProgress ? "\r\x1b[K" : "") << Name
               << ": error: " << Files[I] << ": clang-tidy could not check it: "
               << *Problems[I] << "; its findings are not in the baseline\n";
      });
  if (ShowProgress)
    errs() << "\r\x1b[K";
  return Failed;
}

/// Whether the output may be replaced: it is missing or a baseline.
bool mayWrite(const BaselineRequest &R, StringRef Path) {
  if (!sys::fs::exists(Path) || R.Force)
    return true;
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> Old =
          MemoryBuffer::getFile(Path)) {
    Expected<Baseline> Parsed = Baseline::parse((*Old)->getBuffer());
    if (Parsed)
      return true;
    consumeError(Parsed.takeError());
  }
  errs() << formatv("{0}: '{1}' exists and is not an itdd baseline; "
                    "choose another -o or pass --force to replace it\n",
                    Name, Path);
  return false;
}

/// Whether the command line names something to read and an output that
/// may be written; false after saying what is wrong.
bool usable(const BaselineRequest &R) {
  if (R.RecordedInputs.empty() && R.BuildPath.empty()) {
    errs() << Name
           << ": give the build directory holding compile_commands.json "
              "with -p, or recorded findings with --from\n";
    return false;
  }
  if (Error E = checkOutputPath(R.Output)) {
    errs() << Name << ": " << toString(std::move(E)) << "\n";
    return false;
  }
  return mayWrite(R, R.Output);
}

/// The directory the baseline's paths are relative to: the output's.
std::string baselineRoot(const BaselineRequest &R) {
  SmallString<256> OutDir(sys::path::parent_path(R.Output));
  if (OutDir.empty())
    OutDir = ".";
  SmallString<256> Root;
  if (sys::fs::real_path(OutDir, Root))
    return absolutePath(OutDir);
  return Root.str().str();
}

/// Runs clang-tidy over the database's integration test files, their
/// findings recorded into a new temporary file, TempRecord; Failed counts
/// the files it could not check, Unjudged the tests the checks did not
/// judge. False after saying why it could not run.
bool recordFindings(const BaselineRequest &R, SmallString<128> &TempRecord,
                    unsigned &Failed,
                    UnjudgedTests &Unjudged) {
  Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(R.BuildPath);
  if (!DB) {
    errs() << Name << ": " << toString(DB.takeError()) << "\n";
    return false;
  }
  std::string Plugin = R.Plugin.empty() ? defaultPlugin() : R.Plugin;
  if (!sys::fs::exists(Plugin)) {
    errs() << formatv("{0}: no itdd plugin at '{1}'; pass --plugin\n", Name,
                      Plugin);
    return false;
  }
  std::optional<std::vector<std::string>> Checked = filesToCheck(R, **DB);
  if (!Checked)
    return false;
  std::vector<std::string> &Files = *Checked;
  if (Files.empty())
    errs() << formatv("{0}: no integration test file in '{1}' (see "
                      "itdd.IntegrationTestFiles); the baseline is empty\n",
                      Name, R.BuildPath);
  if (std::error_code EC = sys::fs::createTemporaryFile(
          "itdd-baseline", "jsonl", TempRecord)) {
    errs() << formatv("{0}: cannot create a temporary file: {1}\n", Name,
                      EC.message());
    return false;
  }
  Failed = runClangTidy(R, Files, TempRecord, Plugin, Unjudged);
  return true;
}

/// Says how many tests the checks did not judge, and why: they are in no
/// baseline, and a run that found nothing is not a clean bill for them.
void sayUnjudged(const UnjudgedTests &Unjudged) {
  if (Unjudged.empty())
    return;
  auto Tests = [](unsigned N) {
    return formatv("{0} test{1}", N, N == 1 ? "" : "s").str();
  };
  if (Unjudged.NotFollowed) {
    errs() << formatv("{0}: {1} not judged: the analysis could not follow "
                      "{2} to the end",
                      Name, Tests(Unjudged.NotFollowed),
                      Unjudged.NotFollowed == 1 ? "it" : "them");
    for (const auto &[Reason, N] : Unjudged.commonestReasons(3))
      errs() << formatv("\n  {0} ({1})", Reason, Tests(N));
    errs() << "\n  set itdd.ShowUndecided: true to name them per test\n";
  }
  if (Unjudged.OutsidePattern)
    errs() << formatv("{0}: {1} in files outside the default "
                      "itdd.IntegrationTestFiles not judged; set the key to "
                      "where your integration tests are\n",
                      Name, Tests(Unjudged.OutsidePattern));
  if (Unjudged.FilesNotCompiling)
    errs() << formatv("{0}: {1} integration test file{2} not judged: "
                      "{3} not compile\n",
                      Name, Unjudged.FilesNotCompiling,
                      Unjudged.FilesNotCompiling == 1 ? "" : "s",
                      Unjudged.FilesNotCompiling == 1 ? "it does" : "they do");
}

/// The findings recorded in Files, their paths relative to Root; nullopt
/// after saying why a file cannot be used.
std::optional<std::vector<RecordedFinding>>
readFindings(ArrayRef<std::string> Files, StringRef Root) {
  std::vector<RecordedFinding> Findings;
  for (const std::string &File : Files) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(File);
    if (!Text) {
      errs() << formatv("{0}: cannot read '{1}': {2}\n", Name, File,
                        Text.getError().message());
      return std::nullopt;
    }
    std::vector<std::string> Errors;
    std::vector<RecordedFinding> Found =
        parseRecordedFindings((*Text)->getBuffer(), Root, &Errors);
    for (const std::string &E : Errors)
      errs() << formatv("{0}: {1}: {2}; line skipped\n", Name, File, E);
    if (!Errors.empty() && Found.empty()) {
      errs() << formatv("{0}: '{1}' holds no recorded finding; record one "
                        "with ITDD_BASELINE_RECORD=<file> clang-tidy ...\n",
                        Name, File);
      return std::nullopt;
    }
    Findings.insert(Findings.end(), std::make_move_iterator(Found.begin()),
                    std::make_move_iterator(Found.end()));
  }
  return Findings;
}

/// Writes the baseline of Findings and says what it holds; the exit code.
int writeBaseline(const BaselineRequest &R,
                  const std::vector<RecordedFinding> &Findings,
                  unsigned Failed) {
  Baseline Result = Baseline::fromFindings(Findings);
  if (Error E = writeFileAtomically(
          R.Output, [&](raw_ostream &OS) { OS << Result.toJson(); })) {
    errs() << formatv("{0}: cannot write '{1}': {2}\n", Name, R.Output,
                      toString(std::move(E)));
    return 2;
  }
  if (!R.Quiet) {
    errs() << formatv("{0}: {1} finding{2} recorded in {3}", Name,
                      Result.size(), Result.size() == 1 ? "" : "s",
                      R.Output);
    if (Failed)
      errs() << formatv(" ({0} file{1} could not be checked)", Failed,
                        Failed == 1 ? "" : "s");
    errs() << "; with 'itdd.Baseline' in .clang-tidy naming it, the checks "
              "report only new findings\n";
  }
  return Failed ? 1 : 0;
}

} // namespace

int recordBaseline(const BaselineRequest &R) {
  if (!usable(R))
    return 2;
  std::string Root = baselineRoot(R);
  std::vector<std::string> RecordFiles = R.RecordedInputs;
  SmallString<128> TempRecord;
  unsigned Failed = 0;
  UnjudgedTests Unjudged;
  if (R.RecordedInputs.empty()) {
    if (!recordFindings(R, TempRecord, Failed, Unjudged))
      return 2;
    RecordFiles.push_back(TempRecord.str().str());
    sayUnjudged(Unjudged);
  }
  std::optional<std::vector<RecordedFinding>> Findings =
      readFindings(RecordFiles, Root);
  if (!Findings)
    return 2;
  if (!TempRecord.empty())
    removeTemporary(TempRecord);
  return writeBaseline(R, *Findings, Failed);
}

int runBaseline() {
  BaselineRequest R;
  R.BuildPath = BuildPath;
  R.Files = BaselineFiles;
  R.Output = BaselineOutput;
  R.RecordedInputs = RecordedInputs;
  R.ClangTidy = ClangTidyPath;
  R.Plugin = PluginPath;
  R.Checks = ChecksGlob;
  R.Force = ForceOverwrite;
  R.Jobs = Jobs;
  R.Quiet = Quiet;
  return recordBaseline(R);
}

} // namespace itdd
