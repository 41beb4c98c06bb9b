//===--- CommonOptions.cpp - options of both itdd map and itdd gen --------===//

#include "tools/CommonOptions.h"
#include "tools/Commands.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace llvm;

namespace itdd {

// The subcommands and the categories are defined here, before the options
// that name them: static objects of one file are built in order.
cl::OptionCategory MapCategory("itdd map options");
cl::OptionCategory GenCategory("itdd gen options");
cl::OptionCategory RedCategory("itdd red options");
cl::OptionCategory SarifCategory("itdd sarif options");
cl::OptionCategory BaselineCategory("itdd baseline options");
cl::OptionCategory ExplainCategory("itdd explain options");
cl::OptionCategory InitCategory("itdd init options");
cl::OptionCategory SharedCategory("options of several commands");

cl::SubCommand MapSubcommand(
    "map", "Write the dependency map of the application: components, roles, "
           "constructor-injected dependencies, entry points, external "
           "boundaries");
cl::SubCommand GenSubcommand(
    "gen", "Generate SUT assembly factories, GoogleMock mocks and red test "
           "skeletons from Gherkin scenarios");
cl::SubCommand RedSubcommand(
    "red", "Run a GoogleTest binary and judge every test good red, bad "
           "red, pending or not red (exit 0: all good red or pending; 1: any "
           "bad red or not red; 2: the binary cannot run)");
cl::SubCommand BaselineSubcommand(
    "baseline", "Record today's findings of the checks in a baseline file, "
                "so that the checks report only new ones (exit 0: written; "
                "1: written, but clang-tidy could not check some files; 2: "
                "bad usage or input, nothing written)");
cl::SubCommand ExplainSubcommand(
    "explain", "Say why a class has its role (the key, default pattern, "
               "location or structure that decided it), or what every check "
               "saw in one test and why it fired, passed or did not judge it "
               "(exit 0: explained; 1: its file could not be read; 2: bad "
               "usage or input, an unknown or ambiguous name)");
cl::SubCommand InitSubcommand(
    "init", "Propose the itdd block of .clang-tidy from the project's "
            "structure, each key with its evidence; write it when there is "
            "none, else show the merge and its diff (exit 0: written or "
            "printed; 1: an existing file left as it was, or translation "
            "units not mapped; 2: bad usage or input, nothing written)");
cl::SubCommand SarifSubcommand(
    "sarif",
    "Turn clang-tidy's output (console text or --export-fixes YAML) into "
    "SARIF 2.1.0 for code-scanning dashboards. Give the text with its "
    "standard error: empty input, or only 'N warnings generated.' lines, is "
    "a clean run (a log with no results); its errors with no line ('error: "
    "no input files', 'Error while processing FILE.') are results; text "
    "with no line clang-tidy writes is refused (exit 2)");

cl::opt<std::string> BuildPath("p",
                               cl::desc("Build directory holding "
                                        "compile_commands.json"),
                               cl::value_desc("dir"), cl::sub(MapSubcommand),
                               cl::sub(GenSubcommand), cl::sub(RedSubcommand),
                               cl::sub(BaselineSubcommand),
                               cl::sub(ExplainSubcommand),
                               cl::sub(InitSubcommand),
                               cl::cat(SharedCategory));
cl::opt<std::string> Output("o", cl::desc("Output file (default: stdout)"),
                            cl::value_desc("file"), cl::init("-"),
                            cl::sub(MapSubcommand), cl::sub(GenSubcommand),
                            cl::sub(SarifSubcommand), cl::cat(SharedCategory));
// Prefix: `-j2` as well as `-j 2`, as make and ninja take it.
cl::opt<unsigned> Jobs("j",
                       cl::desc("Translation units mapped in parallel "
                                "(default: the number of cores)"),
                       cl::init(0), cl::Prefix, cl::sub(MapSubcommand),
                       cl::sub(GenSubcommand), cl::sub(BaselineSubcommand),
                       cl::sub(ExplainSubcommand), cl::sub(InitSubcommand),
                       cl::cat(SharedCategory));
cl::opt<std::string> ShardDir(
    "shard-dir",
    cl::desc("Keep one shard per translation unit here instead of the "
             "cache under the build directory (BUILD/.itdd-cache/map); "
             "shards whose inputs, configuration and itdd did not change "
             "are reused"),
    cl::value_desc("dir"), cl::sub(MapSubcommand), cl::sub(GenSubcommand),
    cl::sub(ExplainSubcommand), cl::sub(InitSubcommand),
    cl::cat(SharedCategory));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Parse every translation unit; neither read "
                               "nor write the shard cache"),
                      cl::sub(MapSubcommand), cl::sub(GenSubcommand),
                      cl::sub(ExplainSubcommand), cl::sub(InitSubcommand),
                      cl::cat(SharedCategory));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line, no summary"),
                    cl::sub(MapSubcommand), cl::sub(GenSubcommand),
                    cl::sub(BaselineSubcommand), cl::sub(ExplainSubcommand),
                    cl::sub(InitSubcommand), cl::cat(SharedCategory));

// clang-tidy's own spelling and meaning: the YAML replaces the .clang-tidy
// files unless it says InheritParentConfig: true.
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("Read the clang-tidy configuration from this file instead of "
             "the .clang-tidy files, as clang-tidy --config-file does "
             "(with InheritParentConfig: true, on top of them)"),
    cl::value_desc("path"), cl::sub(MapSubcommand), cl::sub(GenSubcommand),
    cl::sub(RedSubcommand), cl::sub(ExplainSubcommand),
    cl::cat(SharedCategory));
cl::opt<std::string> ConfigText(
    "config",
    cl::desc("The clang-tidy configuration as YAML, as clang-tidy --config "
             "takes it, e.g. \"{CheckOptions: {itdd.EntryPoints: "
             "'Kiosk$'}}\""),
    cl::value_desc("yaml"), cl::sub(MapSubcommand), cl::sub(GenSubcommand),
    cl::sub(RedSubcommand), cl::sub(ExplainSubcommand),
    cl::cat(SharedCategory));

MapReporter::MapReporter(StringRef Tool, bool Quiet)
    : Tool(Tool.str()), Quiet(Quiet),
      ShowProgress(!Quiet && sys::Process::StandardErrIsDisplayed()) {}

MapReporter::~MapReporter() {
  if (ShowProgress)
    errs() << "\r\x1b[K";
}

void MapReporter::warning(StringRef Message) {
  if (!Quiet)
    errs() << (ShowProgress ? "\r\x1b[K" : "") << Tool
           << ": warning: " << Message << "\n";
}

void printConfigProblems(const ProjectConfig &Config) {
  static std::set<std::string> Said;
  for (const std::string &Problem : Config.Problems)
    if (Said.insert(Problem).second)
      errs() << Problem;
}

void MapReporter::configurationProblem(StringRef Message) {
  errs() << (ShowProgress ? "\r\x1b[K" : "") << Message;
}

void MapReporter::unitDone(size_t Done, size_t Total, StringRef File,
                           StringRef Error) {
  if (!Error.empty())
    errs() << (ShowProgress ? "\r\x1b[K" : "") << Tool << ": error: " << File
           << ": cannot map it: " << Error << "\n";
  if (ShowProgress)
    errs() << "\r\x1b[K[" << Done << "/" << Total << "] "
           << sys::path::filename(File);
}

int MapReporter::cannotStart(Error E) {
  std::string Message = toString(std::move(E));
  if (!Message.empty())
    errs() << Tool << ": " << Message << "\n";
  return 2;
}

MapJob mapJobFromOptions(StringRef Tool,
                         const std::vector<std::string> &Files) {
  MapJob Job;
  Job.Tool = Tool.str();
  Job.BuildPath = BuildPath;
  Job.Files = Files;
  Job.Jobs = Jobs;
  Job.ShardDir = ShardDir;
  Job.NoCache = NoCache && ShardDir.empty();
  Job.Quiet = Quiet;
  Job.ConfigFile = ConfigFile;
  Job.ConfigText = ConfigText;
  return Job;
}

} // namespace itdd
