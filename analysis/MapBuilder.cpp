//===--- MapBuilder.cpp - mapping a compilation database ------------------===//
//
// One ClangTool per translation unit on worker threads; each writes a shard
// keyed by its compile command and a content hash of every file it read.
//
//===----------------------------------------------------------------------===//

#include "analysis/MapBuilder.h"
#include "analysis/Mapper.h"
#include "analysis/ProjectConfig.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "core/ProjectLayout.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
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

constexpr unsigned ShardVersion = 4;

/// What a shard remembers of one input to know whether it changed.
struct InputStamp {
  std::string Path;
  uint64_t Hash = 0;
};

struct TuResult {
  bool Ok = false;
  bool Reused = false;
  std::string Error;
  DependencyMap Map; ///< Not normalized.
  std::vector<InputStamp> InputsRead;
};

uint64_t hashFile(StringRef Path, bool &Ok) {
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  Ok = static_cast<bool>(Buffer);
  return Ok ? xxh3_64bits(arrayRefFromStringRef((*Buffer)->getBuffer())) : 0;
}

/// Which itdd wrote a shard: its version and the bytes of the executable,
/// so a rebuilt itdd (a changed classifier, a changed mapper) never reads
/// what an older one wrote.
const std::string &toolFingerprint() {
  static const std::string Fingerprint = [] {
    std::string Self = sys::fs::getMainExecutable(nullptr, nullptr);
    bool Ok = false;
    uint64_t Hash = Self.empty() ? 0 : hashFile(Self, Ok);
    return std::string("itdd " ITDD_VERSION " ") +
           (Ok ? utohexstr(Hash) : std::string("unknown-build"));
  }();
  return Fingerprint;
}

/// Everything besides the files it reads that decides a shard's content:
/// the compile command, the configuration that reached the translation
/// unit, the root paths are written relative to, and itdd itself.
uint64_t shardKey(const clang::tooling::CompileCommand &Cmd,
                  StringRef ConfigFingerprint, StringRef Root) {
  std::string Key = Cmd.Directory + "\n" + Cmd.Filename;
  for (const std::string &Arg : Cmd.CommandLine)
    Key += "\n" + Arg;
  Key += "\nitdd-shard-v" + std::to_string(ShardVersion);
  Key += "\n" + ConfigFingerprint.str();
  Key += "\nroot " + Root.str();
  Key += "\n" + toolFingerprint();
  return xxh3_64bits(Key);
}

std::string shardPath(StringRef ShardDir, StringRef File) {
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
    // over a full parse. A test's own bodies stay: they show which classes
    // the tests drive directly. So do the bodies of the project's const
    // getters: they show a value class, which is data.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    const clang::SourceManager &SM = CI.getSourceManager();
    clang::OptionalFileEntryRef Main =
        SM.getFileEntryRefForID(SM.getMainFileID());
    bool MainIsTest = Main && isTestSourcePath(Main->getName(), Cfg, Root);
    return std::make_unique<Consumer>(
        *this, CI.getPreprocessor().getHeaderSearchInfo(), SM, MainIsTest);
  }

private:
  struct Consumer : clang::ASTConsumer {
    Consumer(MapAction &A, const clang::HeaderSearch &Headers,
             const clang::SourceManager &SM, bool MainIsTest)
        : A(A), Headers(Headers), SM(SM), MainIsTest(MainIsTest) {}
    bool shouldSkipFunctionBody(clang::Decl *D) override {
      clang::SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
      if (MainIsTest && SM.isInMainFile(Loc))
        return false;
      const auto *M = llvm::dyn_cast<clang::CXXMethodDecl>(D);
      return !M || M->isStatic() || !M->isConst() || M->getNumParams() != 0 ||
             SM.isInSystemHeader(Loc);
    }
    void HandleTranslationUnit(clang::ASTContext &Ctx) override {
      A.Result.Map = mapTranslationUnit(Ctx, Headers, A.Cfg, A.Root);
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
    const clang::HeaderSearch &Headers;
    const clang::SourceManager &SM;
    /// The main file is a test: its bodies are parsed.
    bool MainIsTest;
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
  DependencyMap Map = R.Map;
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
    return createStringError(Buffer.getError(), "cannot read '%s': %s",
                             Path.str().c_str(),
                             Buffer.getError().message().c_str());
  Expected<json::Value> V = parseJsonText((*Buffer)->getBuffer(), Path);
  if (!V)
    return V.takeError();
  if (json::Object *O = V->getAsObject())
    return std::move(*O);
  return createStringError(inconvertibleErrorCode(), "%s: not an itdd shard",
                           Path.str().c_str());
}

Expected<DependencyMap> mapOfShard(const json::Object &Shard,
                                   StringRef Path) {
  const json::Value *MapJson = Shard.get("map");
  if (!MapJson)
    return createStringError(inconvertibleErrorCode(),
                             "%s: not an itdd shard", Path.str().c_str());
  Expected<DependencyMap> Map = dependencyMapFromJSON(*MapJson);
  if (!Map)
    return createStringError(inconvertibleErrorCode(), "%s: %s",
                             Path.str().c_str(),
                             toString(Map.takeError()).c_str());
  return Map;
}

/// The shard's map if its command and every input it read are unchanged.
std::optional<DependencyMap> reuseShard(StringRef Path, uint64_t CommandHash) {
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
  Expected<DependencyMap> Map = mapOfShard(*O, Path);
  if (!Map) {
    consumeError(Map.takeError());
    return std::nullopt;
  }
  return std::move(*Map);
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

TuResult mapOne(const FixedCommands &DB, StringRef File,
                const ProjectConfig &Project, StringRef RootDir,
                StringRef ShardDir) {
  const Config &Cfg = *Project.Cfg;
  TuResult R;
  std::vector<clang::tooling::CompileCommand> Commands =
      DB.getCompileCommands(File);
  if (Commands.empty()) {
    R.Error = "no compile command for it in compile_commands.json";
    return R;
  }
  uint64_t CommandHash =
      shardKey(Commands.front(), Project.Fingerprint, RootDir);
  if (!ShardDir.empty())
    if (auto Reused = reuseShard(shardPath(ShardDir, File), CommandHash)) {
      R.Ok = R.Reused = true;
      R.Map = std::move(*Reused);
      return R;
    }
  if (!sys::fs::is_directory(Commands.front().Directory)) {
    R.Error = "the directory of its compile command, '" +
              Commands.front().Directory +
              "', does not exist (was the build moved? regenerate "
              "compile_commands.json)";
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
    R.Map = DependencyMap();
    R.Error = Errors.Messages.empty() ? "it did not parse"
                                      : join(Errors.Messages, "\n    ");
    return R;
  }
  R.Ok = true;
  if (!ShardDir.empty()) {
    json::Value Shard = shardToJSON(File, CommandHash, R);
    if (Error E = writeFileAtomically(shardPath(ShardDir, File), [&](raw_ostream &OS) {
          OS << formatv("{0:2}", Shard) << "\n";
        }))
      errs() << "itdd: warning: " << toString(std::move(E)) << "\n";
  }
  return R;
}

} // namespace

std::string defaultShardDir(StringRef BuildPath) {
  SmallString<256> Dir(absolutePath(BuildPath));
  sys::path::append(Dir, ".itdd-cache", "map");
  return std::string(Dir);
}

Expected<DependencyMap> readShardMap(StringRef Path) {
  Expected<json::Object> Shard = readShard(Path);
  if (!Shard)
    return Shard.takeError();
  return mapOfShard(*Shard, Path);
}

Expected<DependencyMap> readMapFile(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot read '%s': %s",
                             Path.str().c_str(),
                             Buffer.getError().message().c_str());
  constexpr const char *Redo =
      "; write it again with 'itdd map -o FILE' (a map is never edited by "
      "hand)";
  if ((*Buffer)->getBuffer().trim().empty())
    return createStringError(inconvertibleErrorCode(), "%s: the file is empty%s",
                             Path.str().c_str(), Redo);
  Expected<json::Value> V = parseJsonText((*Buffer)->getBuffer(), Path);
  if (!V)
    return createStringError(inconvertibleErrorCode(), "%s%s",
                             toString(V.takeError()).c_str(), Redo);
  Expected<DependencyMap> Map = dependencyMapFromJSON(*V);
  if (!Map)
    return createStringError(inconvertibleErrorCode(), "%s: %s%s",
                             Path.str().c_str(),
                             toString(Map.takeError()).c_str(), Redo);
  return Map;
}

Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(StringRef BuildPath) {
  constexpr const char *Produce =
      "configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or run "
      "it under bear) to write one";
  auto Fail = [&](const Twine &Message) {
    return createStringError(inconvertibleErrorCode(), "%s",
                             Message.str().c_str());
  };
  if (sys::fs::is_regular_file(BuildPath))
    return Fail("-p takes the build directory, not a file: -p " +
                (sys::path::parent_path(BuildPath).empty()
                     ? StringRef(".")
                     : sys::path::parent_path(BuildPath)));
  SmallString<256> DbFile(BuildPath);
  sys::path::append(DbFile, "compile_commands.json");
  if (sys::fs::exists(DbFile)) {
    auto Buffer = MemoryBuffer::getFile(DbFile);
    if (!Buffer)
      return Fail("cannot read '" + DbFile + "': " +
                  Buffer.getError().message());
    StringRef Text = (*Buffer)->getBuffer();
    if (Text.trim().empty())
      return Fail(DbFile + ": the file is empty; " + Produce);
    Expected<json::Value> V = parseJsonText(Text, DbFile);
    if (!V)
      return Fail(toString(V.takeError()) + "; " + Produce);
    const json::Array *Entries = V->getAsArray();
    if (!Entries)
      return Fail(DbFile + ": expected a JSON array of compile commands "
                           "([{\"directory\": ..., \"file\": ..., "
                           "\"command\": ...}, ...]); " +
                  Produce);
    if (Entries->empty())
      return Fail(DbFile + ": it lists no translation units; " + Produce);
    for (size_t I = 0; I < Entries->size(); ++I) {
      const json::Object *O = (*Entries)[I].getAsObject();
      const char *Missing =
          !O                           ? nullptr
          : !O->getString("directory") ? "\"directory\""
          : !O->getString("file")      ? "\"file\""
          : !O->getString("command") && !O->getArray("arguments")
              ? "\"command\" or \"arguments\""
              : nullptr;
      if (O && !Missing)
        continue;
      std::string Which = "entry " + std::to_string(I + 1);
      if (std::optional<StringRef> File = O ? O->getString("file") : std::nullopt)
        Which += " ('" + File->str() + "')";
      Which += O ? " has no " + std::string(Missing) : " is not an object";
      return Fail(DbFile + ": " + Which +
                  "; every entry needs \"directory\", \"file\" and "
                  "\"command\" or \"arguments\": " +
                  Produce);
    }
  }
  if (!sys::fs::is_directory(BuildPath))
    return Fail("the build directory '" + BuildPath +
                "' does not exist; name the directory that holds "
                "compile_commands.json with -p");
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      clang::tooling::CompilationDatabase::loadFromDirectory(BuildPath,
                                                             LoadError);
  if (!DB)
    return Fail("no compile_commands.json in '" + BuildPath + "'; " +
                Produce);
  return DB;
}

int buildMap(const MapJob &Job, MapRun &Run) {
  StringRef Tool = Job.Tool;
  if (Job.BuildPath.empty()) {
    errs() << Tool << ": name the build directory with -p (the one holding "
              "compile_commands.json)\n";
    return 2;
  }
  Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> Loaded =
      loadCompilationDatabase(Job.BuildPath);
  if (!Loaded) {
    errs() << Tool << ": " << toString(Loaded.takeError()) << "\n";
    return 2;
  }
  std::unique_ptr<clang::tooling::CompilationDatabase> DB = std::move(*Loaded);
  // Absolute from here on: parsing runs in each command's own directory.
  std::string ShardDir = !Job.ShardDir.empty() ? absolutePath(Job.ShardDir)
                         : Job.NoCache         ? std::string()
                                       : defaultShardDir(Job.BuildPath);
  const unsigned K = Job.SliceK, N = Job.SliceN;
  if (!ShardDir.empty())
    if (std::error_code EC = sys::fs::create_directories(ShardDir)) {
      // The default cache is a convenience: a read-only build directory
      // costs speed, not the map.
      if (Job.ShardDir.empty()) {
        if (!Job.Quiet)
          errs() << Tool << ": warning: no shard cache: cannot create '"
                 << ShardDir << "': " << EC.message() << "\n";
        ShardDir.clear();
      } else {
        errs() << Tool << ": cannot create '" << ShardDir
               << "': " << EC.message() << "\n";
        return 2;
      }
    }

  std::vector<std::string> Files;
  if (Job.Files.empty()) {
    Files = DB->getAllFiles();
  } else {
    for (const std::string &In : Job.Files)
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

  // Without --root, each file's version-controlled tree is its project
  // (the build directory may be anywhere); the parent of the build
  // directory stands in for a tree without version control.
  std::string GivenRoot = Job.Root.empty() ? std::string() : absolutePath(Job.Root);
  std::string BuildParent =
      sys::path::parent_path(absolutePath(Job.BuildPath)).str();
  std::map<std::string, std::string> RootOfDir;
  std::vector<std::string> RootOf;
  // Each translation unit gets the configuration of its nearest .clang-tidy,
  // as clang-tidy itself would give it.
  if (!setCommandLineConfig(Job.ConfigFile, Job.ConfigText))
    return 2;
  // loadProjectConfig reads each directory's configuration once.
  std::vector<ProjectConfig> ConfigOf;
  ConfigOf.reserve(Files.size());
  bool ConfigValid = true;
  for (const std::string &File : Files) {
    std::string Dir = sys::path::parent_path(File).str();
    ConfigOf.push_back(loadProjectConfig(Dir));
    ConfigValid &= ConfigOf.back().Valid;
    auto Root = RootOfDir.find(Dir);
    if (Root == RootOfDir.end()) {
      std::string Found = GivenRoot.empty() ? findProjectRoot(File) : GivenRoot;
      Root = RootOfDir.emplace(Dir, Found.empty() ? BuildParent : Found).first;
    }
    RootOf.push_back(Root->second);
  }

  // A map made with defaults the user did not mean would be wrong, and
  // cached: nothing is mapped until the configuration is corrected.
  if (!ConfigValid) {
    errs() << Tool << ": error: the clang-tidy configuration has errors "
                      "(above); correct them, nothing was mapped\n";
    return 2;
  }
  unsigned Threads = Job.Jobs ? Job.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Threads = std::min<unsigned>(Threads, std::max<size_t>(Files.size(), 1));
  std::vector<FixedCommands> Commands;
  Commands.reserve(Files.size());
  for (const std::string &File : Files)
    Commands.emplace_back(DB->getCompileCommands(File));
  std::vector<TuResult> Results(Files.size());
  std::atomic<size_t> Next{0};
  std::mutex Progress;
  size_t Done = 0;
  bool ShowProgress = !Job.Quiet && sys::Process::StandardErrIsDisplayed();
  auto Worker = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      Results[I] = mapOne(Commands[I], Files[I], ConfigOf[I], RootOf[I], ShardDir);
      std::lock_guard<std::mutex> Lock(Progress);
      ++Done;
      if (!Results[I].Ok)
        errs() << (ShowProgress ? "\r\x1b[K" : "") << Tool << ": error: "
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

  Run = MapRun();
  Run.Units = static_cast<unsigned>(Files.size());
  for (TuResult &R : Results) {
    Run.Failed += !R.Ok;
    Run.Reused += R.Reused;
    // Moved, and each unit's map freed as it goes: the merged map is the
    // only copy at the peak.
    Run.Map.Components.insert(Run.Map.Components.end(),
                              std::make_move_iterator(R.Map.Components.begin()),
                              std::make_move_iterator(R.Map.Components.end()));
    Run.Map.DataTypes.insert(Run.Map.DataTypes.end(),
                             std::make_move_iterator(R.Map.DataTypes.begin()),
                             std::make_move_iterator(R.Map.DataTypes.end()));
    R.Map = DependencyMap();
  }
  Run.Map.normalize();
  return 0;
}

} // namespace itdd
