//===--- MapCommand.cpp - itdd map ----------------------------------------===//
//
// The `itdd map` command line: maps the compilation database (MapBuilder),
// or merges shard directories, then writes the map in the chosen format;
// or compares two maps (`itdd map diff`).
//
//===----------------------------------------------------------------------===//

#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "analysis/map/MapBuilder.h"
#include "analysis/map/Shards.h"
#include "core/DependencyMap.h"
#include "core/MapDiff.h"
#include "core/MapFormats.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> Inputs(
    cl::Positional,
    cl::desc("[<source file> ...] (default: every file of the database), or "
             "'merge <shard dir> ...', or 'diff OLD.json NEW.json'"),
    cl::sub(MapSubcommand), cl::cat(MapCategory));
cl::opt<std::string> Format("format",
                            cl::desc("json (default), dot, mermaid, markdown, "
                                     "svg or png (svg and png need Graphviz). "
                                     "Pictures draw layers from entry points "
                                     "to boundaries; above 40 components they "
                                     "group classes by namespace instead; "
                                     "--entry draws one entry point's part. "
                                     "'map diff' writes markdown (default) "
                                     "or json"),
                            cl::init("json"), cl::sub(MapSubcommand),
                            cl::cat(MapCategory));
cl::opt<std::string> Entry("entry",
                           cl::desc("Only what this entry point reaches "
                                    "(fully qualified class name)"),
                           cl::value_desc("class"), cl::sub(MapSubcommand),
                           cl::cat(MapCategory));
cl::opt<std::string> ShardSlice(
    "shard", cl::desc("Map only slice K of N of the translation units (K/N, "
                      "1-based), e.g. to spread a large code base over CI "
                      "runners; merge the shard dirs with 'itdd map merge'"),
    cl::value_desc("K/N"), cl::sub(MapSubcommand), cl::cat(MapCategory));
cl::opt<std::string> Root("root",
                          cl::desc("The project's top directory: classes "
                                   "declared below it are the project's, and "
                                   "paths are written relative to it "
                                   "(default: the version-controlled tree of "
                                   "each source file, else the parent of the "
                                   "build directory)"),
                          cl::value_desc("dir"), cl::sub(MapSubcommand),
                          cl::cat(MapCategory));

cl::opt<std::string> FailOn(
    "fail-on",
    cl::desc("map diff: exit 1 when the change adds a dependency of the "
             "application on an external boundary (new-boundary), changes a "
             "role (role-change), or changes anything (any)"),
    cl::value_desc("condition"), cl::sub(MapSubcommand),
    cl::cat(MapCategory));

bool parseSlice(unsigned &K, unsigned &N) {
  K = 1;
  N = 1;
  if (ShardSlice.empty())
    return true;
  auto [KText, NText] = StringRef(ShardSlice).split('/');
  return !KText.getAsInteger(10, K) && !NText.getAsInteger(10, N) && N > 0 &&
         K >= 1 && K <= N;
}

int writeOutput(const DependencyMap &Map) {
  std::string Fmt = Format;
  if (Fmt == "svg" || Fmt == "png") {
    ErrorOr<std::string> Dot = sys::findProgramByName("dot");
    if (!Dot) {
      errs() << "itdd map: --format " << Fmt << " needs Graphviz's 'dot'; "
             << "install graphviz or use --format dot\n";
      return 2;
    }
    if (Output == "-") {
      errs() << "itdd map: --format " << Fmt << " needs an output file (-o)\n";
      return 2;
    }
    SmallString<128> DotFile;
    if (std::error_code EC =
            sys::fs::createTemporaryFile("itdd-map", "dot", DotFile)) {
      errs() << "itdd map: cannot create a temporary file: " << EC.message()
             << "\n";
      return 1;
    }
    sys::RemoveFileOnSignal(DotFile);
    if (Error E = writeFileAtomically(DotFile, [&](raw_ostream &OS) {
          writeDot(Map, OS);
        })) {
      errs() << "itdd map: " << toString(std::move(E)) << "\n";
      return 1;
    }
    std::string Temp = Output + ".tmp-render";
    sys::RemoveFileOnSignal(Temp);
    std::string Flag = "-T" + Fmt;
    std::string OutFlag = "-o" + Temp;
    int Rc = sys::ExecuteAndWait(*Dot, {*Dot, Flag, OutFlag, DotFile.str()});
    if (Rc != 0 || sys::fs::rename(Temp, Output)) {
      removeTemporary(Temp);
      // The map is still worth having: keep the graph for another renderer.
      std::string Kept = Output + ".dot";
      bool Saved = !sys::fs::copy_file(DotFile, Kept);
      removeTemporary(DotFile);
      errs() << "itdd map: Graphviz failed to render " << Output;
      if (Saved)
        errs() << "; the graph is in " << Kept;
      errs() << "\n";
      return 1;
    }
    removeTemporary(DotFile);
    return 0;
  }
  void (*Writer)(const DependencyMap &, raw_ostream &) =
      Fmt == "json"       ? writeJson
      : Fmt == "dot"      ? writeDot
      : Fmt == "mermaid"  ? writeMermaid
      : Fmt == "markdown" ? writeMarkdown
                          : nullptr;
  if (!Writer) {
    errs() << "itdd map: unknown --format '" << Fmt
           << "'; use json, dot, mermaid, markdown, svg or png\n";
    return 2;
  }
  if (Error E = writeFileAtomically(
          Output, [&](raw_ostream &OS) { Writer(Map, OS); })) {
    errs() << "itdd map: " << toString(std::move(E)) << "\n";
    return 2;
  }
  return 0;
}

/// False after saying why -o cannot be written: found before the work
/// whose result would be lost.
bool outputWritable(StringRef Tool) {
  if (Error E = checkOutputPath(Output)) {
    errs() << Tool << ": " << toString(std::move(E)) << "\n";
    return false;
  }
  return true;
}

int finish(DependencyMap Map) {
  Map.normalize();
  if (!Entry.empty()) {
    const Component *C = Map.find(Entry);
    if (!C) {
      errs() << "itdd map: no component named '" << Entry << "'; entry points "
             << "in the map:";
      for (const Component &Each : Map.Components)
        if (Each.EntryPoint)
          errs() << " " << Each.Name;
      errs() << "\n";
      return 2;
    }
    Map = Map.reachableFrom(Entry);
  }
  return writeOutput(Map);
}

int runMerge(ArrayRef<std::string> Dirs) {
  if (Dirs.empty()) {
    errs() << "itdd map merge: name one or more shard directories\n";
    return 2;
  }
  if (!outputWritable("itdd map merge"))
    return 2;
  DependencyMap Map;
  unsigned Shards = 0;
  for (const std::string &Dir : Dirs) {
    std::error_code EC;
    std::vector<std::string> Files;
    for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC))
      if (StringRef(It->path()).ends_with(".json"))
        Files.push_back(It->path());
    if (EC) {
      errs() << "itdd map merge: cannot read '" << Dir << "': " << EC.message()
             << "\n";
      return 2;
    }
    llvm::sort(Files);
    for (const std::string &File : Files) {
      Expected<DependencyMap> Part = readShardMap(File);
      if (!Part) {
        errs() << "itdd map merge: " << toString(Part.takeError())
               << "; map that slice again with --shard-dir\n";
        return 2;
      }
      Map.addStandard(Part->Standard);
      Map.Components.insert(Map.Components.end(), Part->Components.begin(),
                            Part->Components.end());
      Map.DataTypes.insert(Map.DataTypes.end(), Part->DataTypes.begin(),
                           Part->DataTypes.end());
      ++Shards;
    }
  }
  if (!Quiet)
    errs() << "itdd map merge: " << Shards << " shards\n";
  return finish(std::move(Map));
}

int runDiff(ArrayRef<std::string> Files) {
  if (Files.size() != 2) {
    errs() << "itdd map diff: name two maps, OLD.json NEW.json\n";
    return 2;
  }
  std::optional<DiffFailOn> Condition;
  if (!FailOn.empty()) {
    Condition = diffFailOnFromName(FailOn);
    if (!Condition) {
      errs() << "itdd map diff: unknown --fail-on '" << FailOn
             << "'; use new-boundary, role-change or any\n";
      return 2;
    }
  }
  std::string Fmt = Format.getNumOccurrences() ? Format.getValue() : "markdown";
  if (Fmt != "markdown" && Fmt != "json") {
    errs() << "itdd map diff: unknown --format '" << Fmt
           << "'; use markdown or json\n";
    return 2;
  }
  if (!outputWritable("itdd map diff"))
    return 2;
  std::vector<DependencyMap> Maps;
  Maps.reserve(Files.size());
  for (const std::string &File : Files) {
    Expected<DependencyMap> Map = readMapFile(File);
    if (!Map) {
      errs() << "itdd map diff: " << toString(Map.takeError()) << "\n";
      return 2;
    }
    Maps.push_back(std::move(*Map));
  }
  MapDiff Diff = diffMaps(Maps[0], Maps[1]);
  if (Error E = writeFileAtomically(Output, [&](raw_ostream &OS) {
        if (Fmt == "json")
          OS << formatv("{0:2}", toJSON(Diff)) << "\n";
        else
          writeMapDiffMarkdown(Diff, OS);
      })) {
    errs() << "itdd map diff: " << toString(std::move(E)) << "\n";
    return 2;
  }
  return Condition && diffFails(Diff, *Condition) ? 1 : 0;
}

} // namespace

int runMap() {
  if (!Inputs.empty() && Inputs.front() == "merge")
    return runMerge(ArrayRef<std::string>(Inputs).drop_front());
  if (!Inputs.empty() && Inputs.front() == "diff")
    return runDiff(ArrayRef<std::string>(Inputs).drop_front());
  MapJob Job = mapJobFromOptions("itdd map", Inputs);
  Job.Root = Root;
  if (!parseSlice(Job.SliceK, Job.SliceN)) {
    errs() << "itdd map: --shard takes K/N with 1 <= K <= N, e.g. 2/8\n";
    return 2;
  }
  if (Output != "-")
    Output = absolutePath(Output.getValue());
  if (!outputWritable("itdd map"))
    return 2;
  MapReporter Reporter(Job.Tool, Job.Quiet);
  Expected<MapRun> Mapped = buildMap(Job, Reporter);
  if (!Mapped)
    return Reporter.cannotStart(Mapped.takeError());
  MapRun Run = std::move(*Mapped);
  if (Run.Units > 0 && Run.Failed == Run.Units) {
    // An empty map would replace a good one for nothing.
    errs() << "itdd map: none of the " << Run.Units
           << " translation units could be mapped; "
           << (Output == "-" ? std::string("no map written")
                             : Output + " was left as it was")
           << "\n";
    return 1;
  }
  // A role key that names no class of the whole database's map: a map of
  // some files or of one shard may simply not hold its classes.
  if (Inputs.empty() && Job.SliceN == 1)
    for (const std::string &Line : roleKeyWarnings(Run.Configs, Run.Map))
      Reporter.configurationProblem(Line);
  int Rc = finish(std::move(Run.Map));
  if (!Quiet)
    errs() << "itdd map: " << Run.Units << " translation units, "
           << Run.Units - Run.Failed << " mapped"
           << (Run.Reused ? " (" + std::to_string(Run.Reused) + " from shards)"
                          : "")
           << (Run.Failed ? ", " + std::to_string(Run.Failed) + " failed" : "")
           << "\n";
  if (Rc != 0)
    return Rc;
  return Run.Failed ? 1 : 0;
}

} // namespace itdd
