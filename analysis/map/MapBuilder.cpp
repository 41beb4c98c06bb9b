//===--- MapBuilder.cpp - mapping a compilation database ------------------===//
//
// Which translation units to map, with which configuration and root, on
// how many worker threads; each unit is mapped by UnitMapper and the
// per-unit maps are merged.
//
//===----------------------------------------------------------------------===//

#include "analysis/map/MapBuilder.h"
#include "analysis/ProjectConfig.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/Shards.h"
#include "analysis/map/UnitMapper.h"
#include "core/ProjectLayout.h"
#include "support/Parallel.h"
#include "support/Paths.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <map>
#include <set>

using namespace llvm;

namespace itdd {

MapListener::~MapListener() = default;

namespace {

Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), "%s",
                           Message.str().c_str());
}

/// Where shards are kept for the job: created if need be; empty when there
/// is no cache (asked for, or the default one cannot be created).
Expected<std::string> shardDirectory(const MapJob &Job,
                                     MapListener &Listener) {
  // Absolute from here on: parsing runs in each command's own directory.
  std::string Dir = !Job.ShardDir.empty() ? absolutePath(Job.ShardDir)
                    : Job.NoCache         ? std::string()
                                          : defaultShardDir(Job.BuildPath);
  if (Dir.empty())
    return Dir;
  std::error_code EC = sys::fs::create_directories(Dir);
  if (!EC)
    return Dir;
  // The default cache is a convenience: a read-only build directory costs
  // speed, not the map.
  if (!Job.ShardDir.empty())
    return fail("cannot create '" + Dir + "': " + EC.message());
  Listener.warning("no shard cache: cannot create '" + Dir +
                   "': " + EC.message());
  return std::string();
}

/// The job's source files, sorted, each once, and only the job's slice.
std::vector<std::string>
filesToMap(const MapJob &Job, const clang::tooling::CompilationDatabase &DB) {
  std::vector<std::string> Files;
  if (Job.Files.empty()) {
    Files = DB.getAllFiles();
  } else {
    for (const std::string &In : Job.Files)
      Files.push_back(absolutePath(In));
  }
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (Job.SliceN <= 1)
    return Files;
  std::vector<std::string> Slice;
  for (size_t I = 0; I < Files.size(); ++I)
    if (I % Job.SliceN == Job.SliceK - 1)
      Slice.push_back(Files[I]);
  return Slice;
}

/// What each translation unit is mapped with: the configuration clang-tidy
/// would give it and the project root its paths are written against.
struct UnitSetting {
  ProjectConfig Config;
  std::string Root;
};

Expected<std::vector<UnitSetting>>
settingsOf(const MapJob &Job, const std::vector<std::string> &Files,
           MapListener &Listener) {
  // Without --root, each file's version-controlled tree is its project
  // (the build directory may be anywhere); the parent of the build
  // directory stands in for a tree without version control.
  std::string GivenRoot =
      Job.Root.empty() ? std::string() : absolutePath(Job.Root);
  std::map<std::string, std::string> RootOfDir;
  // Each translation unit gets the configuration of its nearest
  // .clang-tidy, as clang-tidy itself would give it.
  if (Error E = setCommandLineConfig(Job.ConfigFile, Job.ConfigText)) {
    Listener.configurationProblem(toString(std::move(E)));
    return fail("");
  }
  std::set<std::string> Said;
  std::vector<UnitSetting> Settings;
  Settings.reserve(Files.size());
  bool ConfigValid = true;
  for (const std::string &File : Files) {
    std::string Dir = sys::path::parent_path(File).str();
    // loadProjectConfig reads each directory's configuration once.
    UnitSetting S{loadProjectConfig(Dir), ""};
    ConfigValid &= S.Config.Valid;
    for (const std::string &Problem : S.Config.Problems)
      if (Said.insert(Problem).second)
        Listener.configurationProblem(Problem);
    auto Root = RootOfDir.find(Dir);
    if (Root == RootOfDir.end())
      Root = RootOfDir
                 .emplace(Dir, GivenRoot.empty()
                                   ? projectRootOf(File, Job.BuildPath)
                                   : GivenRoot)
                 .first;
    S.Root = Root->second;
    Settings.push_back(std::move(S));
  }
  // A map made with defaults the user did not mean would be wrong, and
  // cached: nothing is mapped until the configuration is corrected.
  if (!ConfigValid)
    return fail("error: the clang-tidy configuration has errors (above); "
                "correct them, nothing was mapped");
  return Settings;
}

/// Maps every file on worker threads, reporting each as it finishes.
std::vector<UnitResult>
mapAll(const MapJob &Job, const clang::tooling::CompilationDatabase &DB,
       const std::vector<std::string> &Files,
       const std::vector<UnitSetting> &Settings, StringRef ShardDir,
       MapListener &Listener) {
  std::vector<std::vector<clang::tooling::CompileCommand>> Commands;
  Commands.reserve(Files.size());
  for (const std::string &File : Files)
    Commands.push_back(DB.getCompileCommands(File));
  std::vector<UnitResult> Results(Files.size());
  runInParallel(
      Files.size(), Job.Jobs,
      [&](size_t I) {
        Results[I] = mapUnit(std::move(Commands[I]), Files[I],
                             Settings[I].Config, Settings[I].Root, ShardDir);
      },
      [&](size_t Done, size_t I) {
        if (!Results[I].Warning.empty())
          Listener.warning(Results[I].Warning);
        Listener.unitDone(Done, Files.size(), Files[I],
                          Results[I].Ok ? StringRef() : Results[I].Error);
      });
  return Results;
}

} // namespace

std::string projectRootOf(StringRef File, StringRef BuildPath) {
  std::string Found = findProjectRoot(File);
  return Found.empty()
             ? sys::path::parent_path(absolutePath(BuildPath)).str()
             : Found;
}

Expected<MapRun> buildMap(const MapJob &Job, MapListener &Listener) {
  if (Job.BuildPath.empty())
    return fail("name the build directory with -p (the one holding "
                "compile_commands.json)");
  Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(Job.BuildPath);
  if (!DB)
    return DB.takeError();
  Expected<std::string> ShardDir = shardDirectory(Job, Listener);
  if (!ShardDir)
    return ShardDir.takeError();
  std::vector<std::string> Files = filesToMap(Job, **DB);
  Expected<std::vector<UnitSetting>> Settings = settingsOf(Job, Files, Listener);
  if (!Settings)
    return Settings.takeError();
  std::vector<UnitResult> Results =
      mapAll(Job, **DB, Files, *Settings, *ShardDir, Listener);

  MapRun Run;
  Run.Units = static_cast<unsigned>(Files.size());
  for (const UnitSetting &S : *Settings)
    if (llvm::none_of(Run.Configs, [&](const ProjectConfig &Seen) {
          return Seen.Fingerprint == S.Config.Fingerprint &&
                 Seen.KeyOrigins == S.Config.KeyOrigins;
        }))
      Run.Configs.push_back(S.Config);
  for (UnitResult &R : Results) {
    Run.Failed += !R.Ok;
    Run.Reused += R.Reused;
    // Moved, and each unit's map freed as it goes: the merged map is the
    // only copy at the peak.
    Run.Map.addStandard(R.Map.Standard);
    Run.Map.Components.insert(Run.Map.Components.end(),
                              std::make_move_iterator(R.Map.Components.begin()),
                              std::make_move_iterator(R.Map.Components.end()));
    Run.Map.DataTypes.insert(Run.Map.DataTypes.end(),
                             std::make_move_iterator(R.Map.DataTypes.begin()),
                             std::make_move_iterator(R.Map.DataTypes.end()));
    Run.Map.TestSupport.insert(
        Run.Map.TestSupport.end(),
        std::make_move_iterator(R.Map.TestSupport.begin()),
        std::make_move_iterator(R.Map.TestSupport.end()));
    R.Map = DependencyMap();
    Run.Evidence.append(std::move(R.Evidence));
  }
  Run.Map.normalize();
  Run.Evidence.normalize();
  return Run;
}

} // namespace itdd
