//===--- MapCommand.cpp - itdd map ----------------------------------------===//
//
// Maps every translation unit of a compilation database in parallel, one
// shard per translation unit (reused while its inputs are unchanged), then
// merges the shards and writes the map in the chosen format.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "core/DependencyMap.h"
#include "map/Formats.h"
#include "map/Mapper.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "support/ProjectConfig.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/xxhash.h"
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace llvm;

namespace itdd {

namespace {

cl::opt<std::string> BuildPath("p", cl::desc("Build directory holding "
                                             "compile_commands.json"),
                               cl::value_desc("dir"), cl::sub(MapSubcommand),
                               cl::cat(ItddCategory));
cl::list<std::string> Inputs(
    cl::Positional,
    cl::desc("[<source file> ...] (default: every file of the database), or "
             "'merge <shard dir> ...'"),
    cl::sub(MapSubcommand), cl::cat(ItddCategory));
cl::opt<std::string> Format("format",
                            cl::desc("json (default), dot, mermaid, markdown, "
                                     "svg or png (svg and png need Graphviz)"),
                            cl::init("json"), cl::sub(MapSubcommand),
                            cl::cat(ItddCategory));
cl::opt<std::string> Output("o", cl::desc("Output file (default: stdout)"),
                            cl::value_desc("file"), cl::init("-"),
                            cl::sub(MapSubcommand), cl::cat(ItddCategory));
cl::opt<std::string> Entry("entry",
                           cl::desc("Only what this entry point reaches "
                                    "(fully qualified class name)"),
                           cl::value_desc("class"), cl::sub(MapSubcommand),
                           cl::cat(ItddCategory));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units mapped in parallel "
                                     "(default: the number of cores)"),
                       cl::init(0), cl::sub(MapSubcommand),
                       cl::cat(ItddCategory));
cl::opt<std::string> ShardDir(
    "shard-dir",
    cl::desc("Keep one shard per translation unit here; shards whose inputs "
             "did not change are reused"),
    cl::value_desc("dir"), cl::sub(MapSubcommand), cl::cat(ItddCategory));
cl::opt<std::string> ShardSlice(
    "shard", cl::desc("Map only slice K of N of the translation units (K/N, "
                      "1-based), e.g. to spread a large code base over CI "
                      "runners; merge the shard dirs with 'itdd map merge'"),
    cl::value_desc("K/N"), cl::sub(MapSubcommand), cl::cat(ItddCategory));
cl::opt<std::string> Root("root",
                          cl::desc("Paths under this directory are written "
                                   "relative to it (default: the parent of "
                                   "the build directory)"),
                          cl::value_desc("dir"), cl::sub(MapSubcommand),
                          cl::cat(ItddCategory));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line"),
                    cl::sub(MapSubcommand), cl::cat(ItddCategory));

constexpr unsigned ShardVersion = 1;

/// What a shard remembers of one input to know whether it changed.
struct InputStamp {
  std::string Path;
  uint64_t Hash = 0;
};

struct TuResult {
  bool Ok = false;
  bool Reused = false;
  std::string Error;
  std::vector<Component> Components;
  std::vector<InputStamp> InputsRead;
};

uint64_t hashFile(StringRef Path, bool &Ok) {
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  Ok = static_cast<bool>(Buffer);
  return Ok ? xxh3_64bits(arrayRefFromStringRef((*Buffer)->getBuffer())) : 0;
}

uint64_t hashCommand(const clang::tooling::CompileCommand &Cmd) {
  std::string Key = Cmd.Directory + "\n" + Cmd.Filename;
  for (const std::string &Arg : Cmd.CommandLine)
    Key += "\n" + Arg;
  Key += "\nitdd-shard-v" + std::to_string(ShardVersion);
  return xxh3_64bits(Key);
}

std::string shardPath(StringRef File) {
  SmallString<256> Path(ShardDir);
  sys::path::append(Path, sys::path::filename(File).str() + "-" +
                              utohexstr(xxh3_64bits(File)) + ".json");
  return std::string(Path);
}

/// Collects the translation unit's errors so one message can name them.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < clang::DiagnosticsEngine::Error || Messages.size() >= 3)
      return;
    SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    std::string Where;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      clang::PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Where = std::string(P.getFilename()) + ":" +
                std::to_string(P.getLine()) + ": ";
    }
    Messages.push_back(Where + std::string(Text));
  }
  std::vector<std::string> Messages;
};

class MapAction : public clang::ASTFrontendAction {
public:
  MapAction(const Config &Cfg, StringRef Root, TuResult &Result)
      : Cfg(Cfg), Root(Root), Result(Result) {}

  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, StringRef) override {
    // The map needs declarations only: skipping bodies is most of the win
    // over a full parse.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<Consumer>(*this);
  }

private:
  struct Consumer : clang::ASTConsumer {
    explicit Consumer(MapAction &A) : A(A) {}
    void HandleTranslationUnit(clang::ASTContext &Ctx) override {
      A.Result.Components = mapTranslationUnit(Ctx, A.Cfg, A.Root);
      const clang::SourceManager &SM = Ctx.getSourceManager();
      for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
        // Paths in a compile command are relative to its directory.
        SmallString<256> Path(It->first.getName());
        SM.getFileManager().makeAbsolutePath(Path);
        sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
        bool Ok = false;
        uint64_t Hash = hashFile(Path, Ok);
        if (Ok)
          A.Result.InputsRead.push_back({std::string(Path), Hash});
      }
      llvm::sort(A.Result.InputsRead,
                 [](const InputStamp &L, const InputStamp &R) {
                   return L.Path < R.Path;
                 });
    }
    MapAction &A;
  };

  const Config &Cfg;
  std::string Root;
  TuResult &Result;
};

class MapActionFactory : public clang::tooling::FrontendActionFactory {
public:
  MapActionFactory(const Config &Cfg, StringRef Root, TuResult &Result)
      : Cfg(Cfg), Root(Root), Result(Result) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<MapAction>(Cfg, Root, Result);
  }

private:
  const Config &Cfg;
  std::string Root;
  TuResult &Result;
};

json::Value shardToJSON(StringRef File, uint64_t CommandHash,
                        const TuResult &R) {
  json::Array InputsJson;
  for (const InputStamp &S : R.InputsRead)
    InputsJson.push_back(json::Object{{"path", S.Path}, {"hash", utohexstr(S.Hash)}});
  DependencyMap Map;
  Map.Components = R.Components;
  Map.normalize();
  return json::Object{{"itdd_shard", ShardVersion},
                      {"file", File},
                      {"command", utohexstr(CommandHash)},
                      {"inputs", std::move(InputsJson)},
                      {"map", toJSON(Map)}};
}

/// The JSON object of a shard file, or why the file is not one.
Expected<json::Object> readShard(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return errorCodeToError(Buffer.getError());
  Expected<json::Value> V = json::parse((*Buffer)->getBuffer());
  if (!V)
    return V.takeError();
  if (json::Object *O = V->getAsObject())
    return std::move(*O);
  return createStringError(inconvertibleErrorCode(), "not an itdd shard");
}

Expected<DependencyMap> mapOfShard(const json::Object &Shard) {
  if (const json::Value *MapJson = Shard.get("map"))
    return dependencyMapFromJSON(*MapJson);
  return createStringError(inconvertibleErrorCode(), "not an itdd shard");
}

/// The shard's map if its command and every input it read are unchanged.
std::optional<std::vector<Component>> reuseShard(StringRef Path,
                                                 uint64_t CommandHash) {
  Expected<json::Object> O = readShard(Path);
  if (!O) {
    consumeError(O.takeError());
    return std::nullopt;
  }
  if (O->getInteger("itdd_shard") != ShardVersion ||
      O->getString("command") != utohexstr(CommandHash))
    return std::nullopt;
  const json::Array *Read = O->getArray("inputs");
  if (!Read)
    return std::nullopt;
  for (const json::Value &In : *Read) {
    const json::Object *S = In.getAsObject();
    std::optional<StringRef> Path = S ? S->getString("path") : std::nullopt;
    if (!Path)
      return std::nullopt;
    bool Ok = false;
    uint64_t Hash = hashFile(*Path, Ok);
    if (!Ok || S->getString("hash") != utohexstr(Hash))
      return std::nullopt;
  }
  Expected<DependencyMap> Map = mapOfShard(*O);
  if (!Map) {
    consumeError(Map.takeError());
    return std::nullopt;
  }
  return Map->Components;
}

/// One translation unit's commands, so worker threads share no database.
class FixedCommands : public clang::tooling::CompilationDatabase {
public:
  explicit FixedCommands(std::vector<clang::tooling::CompileCommand> Commands)
      : Commands(std::move(Commands)) {}
  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(StringRef) const override {
    return Commands;
  }

private:
  std::vector<clang::tooling::CompileCommand> Commands;
};

TuResult mapOne(const FixedCommands &DB, StringRef File, const Config &Cfg,
                StringRef RootDir) {
  TuResult R;
  std::vector<clang::tooling::CompileCommand> Commands =
      DB.getCompileCommands(File);
  if (Commands.empty()) {
    R.Error = "no compile command for it in compile_commands.json";
    return R;
  }
  uint64_t CommandHash = hashCommand(Commands.front());
  if (!ShardDir.empty())
    if (auto Reused = reuseShard(shardPath(File), CommandHash)) {
      R.Ok = R.Reused = true;
      R.Components = std::move(*Reused);
      return R;
    }
  if (!sys::fs::exists(File)) {
    R.Error = "the file does not exist (was it deleted? regenerate "
              "compile_commands.json)";
    return R;
  }
  // A physical file system of its own: the real one shares the process's
  // working directory, which parallel translation units would fight over.
  clang::tooling::ClangTool Tool(
      DB, {File.str()}, std::make_shared<clang::PCHContainerOperations>(),
      vfs::createPhysicalFileSystem());
  // Compile commands written for gcc name a driver whose resource directory
  // has no Clang builtin headers: point at Clang's own.
  Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      {"-Wno-everything", "-fno-caret-diagnostics",
       "-resource-dir=" ITDD_CLANG_RESOURCE_DIR},
      clang::tooling::ArgumentInsertPosition::END));
  ErrorCollector Errors;
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  MapActionFactory Factory(Cfg, RootDir, R);
  int Status = Tool.run(&Factory);
  if (Status != 0 || Errors.getNumErrors() > 0) {
    R.Components.clear();
    R.Error = Errors.Messages.empty() ? "it did not parse"
                                      : join(Errors.Messages, "\n    ");
    return R;
  }
  R.Ok = true;
  if (!ShardDir.empty()) {
    json::Value Shard = shardToJSON(File, CommandHash, R);
    if (Error E = writeFileAtomically(shardPath(File), [&](raw_ostream &OS) {
          OS << formatv("{0:2}", Shard) << "\n";
        }))
      errs() << "itdd map: warning: " << toString(std::move(E)) << "\n";
  }
  return R;
}

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
    if (Error E = writeFileAtomically(DotFile, [&](raw_ostream &OS) {
          writeDot(Map, OS);
        })) {
      errs() << "itdd map: " << toString(std::move(E)) << "\n";
      return 1;
    }
    std::string Temp = Output + ".tmp-render";
    std::string Flag = "-T" + Fmt;
    std::string OutFlag = "-o" + Temp;
    int Rc = sys::ExecuteAndWait(*Dot, {*Dot, Flag, OutFlag, DotFile.str()});
    removeTemporary(DotFile);
    if (Rc != 0 || sys::fs::rename(Temp, Output)) {
      removeTemporary(Temp);
      errs() << "itdd map: Graphviz failed to render " << Output << "\n";
      return 1;
    }
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
    return 1;
  }
  return 0;
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
      Expected<json::Object> Shard = readShard(File);
      Expected<DependencyMap> Part =
          Shard ? mapOfShard(*Shard) : Expected<DependencyMap>(Shard.takeError());
      if (!Part) {
        errs() << "itdd map merge: " << File << ": "
               << toString(Part.takeError()) << "\n";
        return 2;
      }
      Map.Components.insert(Map.Components.end(), Part->Components.begin(),
                            Part->Components.end());
      ++Shards;
    }
  }
  if (!Quiet)
    errs() << "itdd map merge: " << Shards << " shards\n";
  return finish(std::move(Map));
}

} // namespace

int runMap() {
  if (!Inputs.empty() && Inputs.front() == "merge")
    return runMerge(ArrayRef<std::string>(Inputs).drop_front());
  if (BuildPath.empty()) {
    errs() << "itdd map: name the build directory with -p (the one holding "
              "compile_commands.json)\n";
    return 2;
  }
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      clang::tooling::CompilationDatabase::loadFromDirectory(BuildPath,
                                                             LoadError);
  if (!DB) {
    errs() << "itdd map: no compile_commands.json in '" << BuildPath
           << "': " << LoadError
           << "\n  configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or use "
              "bear, to produce one\n";
    return 2;
  }
  unsigned K, N;
  if (!parseSlice(K, N)) {
    errs() << "itdd map: --shard takes K/N with 1 <= K <= N, e.g. 2/8\n";
    return 2;
  }
  // Absolute from here on: parsing runs in each command's own directory.
  auto MakeAbsolute = [](cl::opt<std::string> &Opt) {
    if (Opt.empty() || Opt == "-")
      return;
    Opt = absolutePath(Opt.getValue());
  };
  MakeAbsolute(ShardDir);
  MakeAbsolute(Output);
  if (!ShardDir.empty())
    if (std::error_code EC = sys::fs::create_directories(ShardDir)) {
      errs() << "itdd map: cannot create '" << ShardDir
             << "': " << EC.message() << "\n";
      return 2;
    }

  std::vector<std::string> Files;
  if (Inputs.empty()) {
    Files = DB->getAllFiles();
  } else {
    for (const std::string &In : Inputs)
      Files.push_back(absolutePath(In));
  }
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (N > 1) {
    std::vector<std::string> Slice;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % N == K - 1)
        Slice.push_back(Files[I]);
    Files = std::move(Slice);
  }

  std::string RootDir = Root;
  if (RootDir.empty())
    RootDir = sys::path::parent_path(absolutePath(BuildPath)).str();
  // Each translation unit gets the configuration of its nearest .clang-tidy,
  // as clang-tidy itself would give it.
  std::map<std::string, std::shared_ptr<const Config>> Configs;
  std::vector<std::shared_ptr<const Config>> ConfigOf;
  for (const std::string &File : Files) {
    std::string Dir = sys::path::parent_path(File).str();
    auto It = Configs.find(Dir);
    if (It == Configs.end())
      It = Configs.emplace(Dir, loadProjectConfig(Dir)).first;
    ConfigOf.push_back(It->second);
  }

  unsigned Threads = Jobs ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  Threads = std::min<unsigned>(Threads, std::max<size_t>(Files.size(), 1));
  std::vector<FixedCommands> Commands;
  Commands.reserve(Files.size());
  for (const std::string &File : Files)
    Commands.emplace_back(DB->getCompileCommands(File));
  std::vector<TuResult> Results(Files.size());
  std::atomic<size_t> Next{0};
  std::mutex Progress;
  size_t Done = 0;
  bool ShowProgress = !Quiet && sys::Process::StandardErrIsDisplayed();
  auto Worker = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      Results[I] = mapOne(Commands[I], Files[I], *ConfigOf[I], RootDir);
      std::lock_guard<std::mutex> Lock(Progress);
      ++Done;
      if (!Results[I].Ok)
        errs() << (ShowProgress ? "\r\x1b[K" : "") << "itdd map: error: "
               << Files[I] << ": cannot map it: " << Results[I].Error << "\n";
      if (ShowProgress)
        errs() << "\r\x1b[K[" << Done << "/" << Files.size() << "] "
               << sys::path::filename(Files[I]);
    }
  };
  std::vector<std::thread> Pool;
  Pool.reserve(Threads);
  for (unsigned T = 0; T < Threads; ++T)
    Pool.emplace_back(Worker);
  for (std::thread &T : Pool)
    T.join();
  if (ShowProgress)
    errs() << "\r\x1b[K";

  DependencyMap Map;
  unsigned Failed = 0, Reused = 0;
  for (TuResult &R : Results) {
    Failed += !R.Ok;
    Reused += R.Reused;
    Map.Components.insert(Map.Components.end(), R.Components.begin(),
                          R.Components.end());
  }
  int Rc = finish(std::move(Map));
  if (!Quiet)
    errs() << "itdd map: " << Files.size() << " translation units, "
           << Files.size() - Failed << " mapped"
           << (Reused ? " (" + std::to_string(Reused) + " from shards)" : "")
           << (Failed ? ", " + std::to_string(Failed) + " failed" : "")
           << "\n";
  if (Rc != 0)
    return Rc;
  return Failed ? 1 : 0;
}

} // namespace itdd
