//===--- InitCommand.cpp - itdd init --------------------------------------===//
//
// The `itdd init` command line: maps the project (MapBuilder, with its
// shard cache), proposes the itdd block of .clang-tidy from the map and
// its evidence (core/ConfigProposal), and writes it when there is no
// configuration file yet, or shows the merge into the existing one
// (core/TidyFileMerge) and its diff, writing it only with --force. With
// --baseline, today's findings under the new block are recorded first
// (tools/baseline), so that nothing is written unless both can be.
//
//===----------------------------------------------------------------------===//

#include "analysis/ProjectConfig.h"
#include "analysis/SupportIndex.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/MapBuilder.h"
#include "core/ConfigProposal.h"
#include "core/TidyFileMerge.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "tools/baseline/BaselineRun.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> InitFiles(
    cl::Positional,
    cl::desc("[<source file> ...] (default: every file of the database); "
             "give the tests' as well as the sources'"),
    cl::sub(InitSubcommand), cl::cat(InitCategory));
cl::opt<std::string>
    InitOutput("o",
               cl::desc("The clang-tidy configuration to write or merge into "
                        "(default: .clang-tidy in the working directory)"),
               cl::value_desc("file"), cl::init(".clang-tidy"),
               cl::sub(InitSubcommand), cl::cat(InitCategory));
cl::opt<bool> DryRun("dry-run",
                     cl::desc("Print the proposed block only; write nothing"),
                     cl::sub(InitSubcommand), cl::cat(InitCategory));
cl::opt<bool> Force("force",
                    cl::desc("Write the merged configuration over an "
                             "existing file (and replace an existing "
                             "baseline that is not one)"),
                    cl::sub(InitSubcommand), cl::cat(InitCategory));
cl::opt<bool> WithBaseline(
    "baseline",
    cl::desc("Also record today's findings under the new configuration "
             "(itdd baseline) in .itdd-baseline.json beside it, and name it "
             "in itdd.Baseline: the checks then report only new findings"),
    cl::sub(InitSubcommand), cl::cat(InitCategory));
cl::opt<std::string> InitClangTidy(
    "clang-tidy",
    cl::desc("--baseline: the clang-tidy to run (default: the one itdd was "
             "built for, " ITDD_CLANG_TIDY ")"),
    cl::value_desc("path"), cl::init(ITDD_CLANG_TIDY), cl::sub(InitSubcommand),
    cl::cat(InitCategory));
cl::opt<std::string>
    InitPlugin("plugin",
               cl::desc("--baseline: the itdd clang-tidy plugin (default: "
                        "lib/libitdd_tidy.so beside this itdd's bin/)"),
               cl::value_desc("path"), cl::sub(InitSubcommand),
               cl::cat(InitCategory));

constexpr const char *Name = "itdd init";
constexpr const char *BaselineFile = ".itdd-baseline.json";

/// The components of the tests that call test support defined in other
/// files, added from the map's summaries of that support.
void addSupportComponents(const DependencyMap &Map, ProjectEvidence &E) {
  MapSupportIndex Support(Map.TestSupport);
  for (TestFileEvidence &F : E.TestFiles)
    for (TestEvidence &T : F.Tests) {
      for (const std::string &Key : T.SupportCalls) {
        std::string Reason;
        if (std::optional<SupportEffects> Effects =
                Support.effectsOf(Key, Reason))
          T.Components.insert(T.Components.end(), Effects->Components.begin(),
                              Effects->Components.end());
      }
      llvm::sort(T.Components);
      T.Components.erase(std::unique(T.Components.begin(), T.Components.end()),
                         T.Components.end());
    }
}

void printReport(const ConfigProposal &P) {
  for (const ProposedKey &K : P.Keys) {
    outs() << K.Key << ": "
           << (K.Value ? yamlQuoted(*K.Value) : std::string("not set")) << "\n";
    for (const std::string &Line : K.Evidence)
      outs() << "  " << Line << "\n";
  }
}

/// The database's source files that Text, a clang-tidy configuration,
/// makes integration test files; nullopt after saying why not.
std::optional<std::vector<std::string>> integrationFilesUnder(StringRef Text) {
  Expected<ConfigFileKeys> Keys = readConfigFileKeys(Text, InitOutput);
  if (!Keys) {
    errs() << toString(Keys.takeError());
    return std::nullopt;
  }
  std::shared_ptr<const Config> Cfg = Config::fromOptions(Keys->Values);
  Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(BuildPath);
  if (!DB) {
    errs() << Name << ": " << toString(DB.takeError()) << "\n";
    return std::nullopt;
  }
  std::vector<std::string> Files;
  for (const std::string &File : (*DB)->getAllFiles())
    if (Cfg->isIntegrationTestFile(File))
      Files.push_back(File);
  return Files;
}

/// Records the baseline of the findings under Text (the configuration
/// about to be written); the exit code of itdd baseline.
int recordBaselineUnder(StringRef Text) {
  std::optional<std::vector<std::string>> Files = integrationFilesUnder(Text);
  if (!Files)
    return 2;
  if (Files->empty()) {
    errs() << Name << ": no integration test file under the new "
           << "configuration; no baseline recorded\n";
    return 2;
  }
  SmallString<128> Temp;
  if (std::error_code EC =
          sys::fs::createTemporaryFile("itdd-init", "yaml", Temp)) {
    errs() << Name << ": cannot create a temporary file: " << EC.message()
           << "\n";
    return 2;
  }
  if (Error E =
          writeFileAtomically(Temp, [&](raw_ostream &OS) { OS << Text; })) {
    errs() << Name << ": " << toString(std::move(E)) << "\n";
    removeTemporary(Temp);
    return 2;
  }
  BaselineRequest R;
  R.BuildPath = BuildPath;
  R.Files = *Files;
  SmallString<256> Out(sys::path::parent_path(absolutePath(InitOutput)));
  sys::path::append(Out, BaselineFile);
  R.Output = Out.str().str();
  R.ClangTidy = InitClangTidy;
  R.Plugin = InitPlugin;
  R.ConfigFile = Temp.str().str();
  R.Force = Force;
  R.Jobs = Jobs;
  R.Quiet = Quiet;
  int Rc = recordBaseline(R);
  removeTemporary(Temp);
  return Rc;
}

/// Writes Text to the output, with the baseline first when asked; the
/// exit code.
int write(StringRef Text) {
  int Rc = 0;
  if (WithBaseline) {
    Rc = recordBaselineUnder(Text);
    if (Rc == 2) {
      errs() << Name << ": nothing written: the baseline could not be "
             << "recorded\n";
      return 2;
    }
  }
  if (Error E = writeFileAtomically(InitOutput,
                                    [&](raw_ostream &OS) { OS << Text; })) {
    errs() << Name << ": cannot write '" << InitOutput
           << "': " << toString(std::move(E)) << "\n";
    return 2;
  }
  errs() << Name << ": wrote " << InitOutput << "\n";
  return Rc;
}

/// Merges the proposal into the existing file Existing; writes it with
/// --force.
int mergeInto(StringRef Existing, const ConfigProposal &P) {
  Expected<ConfigFileKeys> Keys = readConfigFileKeys(Existing, InitOutput);
  if (!Keys) {
    errs() << toString(Keys.takeError()) << Name << ": error: correct "
           << InitOutput << " first; nothing written\n";
    return 2;
  }
  TidyFileMerge M = mergeIntoTidyFile(Existing, Keys->Values, P);
  if (!M.Problem.empty()) {
    errs() << InitOutput << ": error: " << M.Problem
           << "; nothing written. The keys to add:\n";
    for (const ProposedKey &K : P.Keys)
      if (K.Value && !Keys->Values.count(K.Key))
        errs() << "  " << K.Key << ": " << yamlQuoted(*K.Value) << "\n";
    return 2;
  }
  for (const KeptValue &K : M.Kept)
    outs() << formatv("{0}: keeps {1}: {2}; the evidence above suggests {3}\n",
                      InitOutput, K.Key, yamlQuoted(K.Yours),
                      yamlQuoted(K.Proposed));
  if (const std::optional<std::string> &Checks = Keys->Checks;
      Checks && !StringRef(*Checks).contains("itdd"))
    outs() << InitOutput << ": its Checks ('" << *Checks
           << "') enable no itdd check; add itdd-* to them\n";
  if (M.Added.empty()) {
    outs() << InitOutput << ": nothing to add: it sets every key the "
           << "evidence supports\n";
    return WithBaseline && Force ? write(M.Text) : 0;
  }
  outs() << "\n" << unifiedDiff(Existing, M.Text, InitOutput, InitOutput);
  outs() << "\nThe merged " << InitOutput << ":\n" << M.Text;
  if (!Force) {
    errs() << Name << ": " << InitOutput << " exists and was left as it was; "
           << "rerun with --force to write the merged configuration above\n";
    return 1;
  }
  return write(M.Text);
}

} // namespace

int runInit() {
  if (DryRun && WithBaseline) {
    errs() << Name << ": --baseline records findings under the written "
           << "configuration; it cannot go with --dry-run\n";
    return 2;
  }
  InitOutput = absolutePath(InitOutput.getValue());
  if (!DryRun)
    if (Error E = checkOutputPath(InitOutput)) {
      errs() << Name << ": " << toString(std::move(E)) << "\n";
      return 2;
    }
  std::optional<std::string> Existing;
  if (sys::fs::exists(InitOutput)) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text =
        MemoryBuffer::getFile(InitOutput);
    if (!Text) {
      errs() << Name << ": cannot read '" << InitOutput
             << "': " << Text.getError().message() << "\n";
      return 2;
    }
    Existing = (*Text)->getBuffer().str();
  }
  // The roles the map gives are those of the configuration in effect
  // where the output goes: what each key would replace.
  ProjectConfig Current = loadProjectConfig(sys::path::parent_path(InitOutput));
  MapJob Job = mapJobFromOptions(Name, InitFiles);
  MapReporter Reporter(Job.Tool, Job.Quiet);
  Expected<MapRun> Mapped = buildMap(Job, Reporter);
  if (!Mapped)
    return Reporter.cannotStart(Mapped.takeError());
  if (Mapped->Units > 0 && Mapped->Failed == Mapped->Units) {
    errs() << Name << ": none of the " << Mapped->Units
           << " translation units could be mapped; nothing proposed\n";
    return 1;
  }
  addSupportComponents(Mapped->Map, Mapped->Evidence);
  ConfigProposal P = proposeConfig(Mapped->Map, Mapped->Evidence, *Current.Cfg);
  if (WithBaseline)
    P.Keys.push_back({"itdd.Baseline",
                      std::string(BaselineFile),
                      {"today's findings, recorded by itdd init --baseline: "
                       "the checks report only new ones"}});
  int Rc;
  if (DryRun) {
    outs() << renderProposal(P);
    Rc = 0;
  } else {
    printReport(P);
    Rc = Existing ? mergeInto(*Existing, P) : write(renderProposal(P));
  }
  if (Mapped->Failed) {
    errs() << Name << ": " << Mapped->Failed << " of " << Mapped->Units
           << " translation units could not be mapped; the proposal rests "
           << "on the others\n";
    Rc = std::max(Rc, 1);
  }
  return Rc;
}

} // namespace itdd
