//===--- ProjectConfig.cpp - the itdd options of a project ----------------===//

#include "analysis/ProjectConfig.h"
#include "analysis/TidyOptions.h"
#include "core/UnmatchedRoleKeys.h"
#include "support/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace itdd {

using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

namespace {

/// Where the problems of the configuration being read go: the caller's
/// ProjectConfig (or the command-line configuration's error).
std::vector<std::string> *Collecting = nullptr;

void note(const std::string &Message) {
  if (Collecting && !llvm::is_contained(*Collecting, Message))
    Collecting->push_back(Message);
}

/// Counts the YAML errors of every configuration read, noting each.
unsigned YamlErrors = 0;

llvm::ErrorOr<ClangTidyOptions> parseReporting(llvm::MemoryBufferRef Text) {
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      clang::tidy::parseConfigurationWithDiags(
          Text, [](const llvm::SMDiagnostic &D) {
            std::string Message;
            llvm::raw_string_ostream Out(Message);
            D.print(nullptr, Out, /*ShowColors=*/false);
            note(Message);
            note(D.getFilename().str() +
                      ": note: correct the YAML of this clang-tidy "
                      "configuration (clang-tidy --verify-config checks it)\n");
          });
  if (!Parsed)
    ++YamlErrors;
  return Parsed;
}

/// One configuration's text on its own: its options, or nothing with its
/// YAML errors in Problems.
std::optional<ClangTidyOptions> parseAlone(llvm::MemoryBufferRef Text,
                                           std::string &Problems) {
  std::vector<std::string> Found;
  Collecting = &Found;
  unsigned ErrorsBefore = YamlErrors;
  llvm::ErrorOr<ClangTidyOptions> Parsed = parseReporting(Text);
  Collecting = nullptr;
  if (Parsed && YamlErrors == ErrorsBefore)
    return std::move(*Parsed);
  for (const std::string &P : Found)
    Problems += P;
  return std::nullopt;
}

/// A .clang-tidy with a YAML error counts as empty after its error was
/// printed (clang-tidy would print a second line and skip to the parent's):
/// the run stops on it anyway.
llvm::ErrorOr<ClangTidyOptions> parseFile(llvm::MemoryBufferRef Text) {
  llvm::ErrorOr<ClangTidyOptions> Parsed = parseReporting(Text);
  return Parsed ? Parsed : ClangTidyOptions();
}

/// Composes the raw sources as clang-tidy does (FileOptionsProvider for the
/// .clang-tidy files, ConfigOptionsProvider for --config), with a parser
/// that reports YAML errors to the tool instead of skipping the file.
class ItddOptionsProvider : public clang::tidy::FileOptionsBaseProvider {
public:
  explicit ItddOptionsProvider(std::optional<ClangTidyOptions> CommandLine)
      : FileOptionsBaseProvider({}, {}, {}, {{".clang-tidy", parseFile}}),
        CommandLine(std::move(CommandLine)) {
    // The constructor taking handlers leaves the file system unset.
    FS = llvm::vfs::getRealFileSystem();
  }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Raw =
        DefaultOptionsProvider::getRawOptions(FileName);
    if (!CommandLine || CommandLine->InheritParentConfig.value_or(false))
      addRawFileOptions(FileName, Raw);
    if (CommandLine)
      Raw.emplace_back(*CommandLine, OptionsSourceTypeConfigCommandLineOption);
    return Raw;
  }

private:
  std::optional<ClangTidyOptions> CommandLine;
};

struct Reader {
  std::unique_ptr<ItddOptionsProvider> Provider;
  /// What the user calls the command-line source: the --config-file path,
  /// or --config.
  std::string CommandLineName = "--config";
  std::map<std::string, ProjectConfig> ByDir;
};

Reader &reader() {
  static Reader R;
  if (!R.Provider)
    R.Provider = std::make_unique<ItddOptionsProvider>(std::nullopt);
  return R;
}

} // namespace

llvm::Error setCommandLineConfig(llvm::StringRef ConfigFile,
                                 llvm::StringRef ConfigText) {
  auto Fail = [](const llvm::Twine &Message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
  };
  if (!ConfigFile.empty() && !ConfigText.empty())
    return Fail("error: --config-file and --config are mutually exclusive; "
                "give only one\n");
  std::unique_ptr<llvm::MemoryBuffer> Text;
  if (!ConfigFile.empty()) {
    auto File = llvm::MemoryBuffer::getFile(ConfigFile);
    if (!File)
      return Fail(ConfigFile + ": error: cannot read the --config-file: " +
                  File.getError().message() + "\n");
    Text = std::move(*File);
  } else if (!ConfigText.empty()) {
    Text = llvm::MemoryBuffer::getMemBufferCopy(ConfigText, "--config");
  }
  Reader &R = reader();
  R.ByDir.clear();
  if (!Text) {
    R.Provider = std::make_unique<ItddOptionsProvider>(std::nullopt);
    return llvm::Error::success();
  }
  std::string Problems;
  std::optional<ClangTidyOptions> Parsed = parseAlone(*Text, Problems);
  if (!Parsed)
    return Fail(Problems);
  R.CommandLineName = ConfigFile.empty() ? "--config" : ConfigFile.str();
  R.Provider = std::make_unique<ItddOptionsProvider>(std::move(Parsed));
  return llvm::Error::success();
}

ProjectConfig loadProjectConfig(llvm::StringRef Dir) {
  Reader &R = reader();
  std::string AbsoluteDir = absolutePath(Dir);
  auto Known = R.ByDir.find(AbsoluteDir);
  if (Known != R.ByDir.end())
    return Known->second;

  // The provider takes a file and reads the configuration of its directory.
  llvm::SmallString<256> AnyFile(AbsoluteDir);
  llvm::sys::path::append(AnyFile, "itdd-configured-file");
  ProjectConfig Result;
  Collecting = &Result.Problems;
  unsigned ErrorsBefore = YamlErrors;
  std::vector<ClangTidyOptionsProvider::OptionsSource> Sources =
      R.Provider->getRawOptions(AnyFile);
  Result.Valid = YamlErrors == ErrorsBefore;
  ClangTidyOptions Merged;
  unsigned Priority = 0;
  for (const auto &Source : Sources)
    Merged.mergeWith(Source.first, ++Priority);

  auto NameOf = [&](llvm::StringRef Key) {
    std::string Origin =
        optionOrigin(Sources, Key, Merged.CheckOptions.lookup(Key).Value);
    return Origin == ClangTidyOptionsProvider::
                         OptionsSourceTypeConfigCommandLineOption
               ? R.CommandLineName
               : Origin;
  };
  ItddOptions Options = itddOptions(Merged.CheckOptions);
  std::vector<ConfigProblem> Problems;
  Result.Cfg = Config::fromOptions(Options.Values, &Problems);
  Result.Valid &= Problems.empty();
  for (const ConfigProblem &P : Problems)
    note(NameOf(P.Key) + ": error: " + P.Message + "\n");
  for (const std::string &Key : Options.IgnoredLocalKeys)
    note(NameOf(Key) + ": warning: " + ignoredLocalKeyMessage(Key) + "\n");
  std::map<std::string, std::vector<std::string>> KeysByOrigin;
  for (const auto &Entry : Options.Values)
    KeysByOrigin[NameOf(Entry.first)].push_back(Entry.first);
  for (const auto &[Origin, Keys] : KeysByOrigin) {
    if (llvm::sys::fs::is_regular_file(Origin)) {
      Result.KeyOrigins.merge(keyLocations(Origin, Keys));
      continue;
    }
    for (const std::string &Key : Keys)
      Result.KeyOrigins[Key] = Origin;
  }
  Collecting = nullptr;
  Result.Fingerprint = fingerprintOf(Options.Values);
  R.ByDir.emplace(AbsoluteDir, Result);
  return Result;
}

std::vector<std::string>
roleKeyWarnings(llvm::ArrayRef<ProjectConfig> Configs,
                const DependencyMap &Map) {
  std::vector<std::string> Lines;
  for (const ProjectConfig &Project : Configs) {
    if (!Project.Cfg)
      continue;
    for (const std::string &Key : roleKeysMatchingNothing(*Project.Cfg, Map)) {
      auto Origin = Project.KeyOrigins.find(Key);
      std::string Line =
          (Origin == Project.KeyOrigins.end() ? std::string("itdd")
                                           : Origin->second) +
          ": warning: " + roleKeyMatchingNothingMessage(*Project.Cfg, Key, Map) +
          "\n";
      if (!llvm::is_contained(Lines, Line))
        Lines.push_back(std::move(Line));
    }
  }
  return Lines;
}

llvm::Expected<ConfigFileKeys> readConfigFileKeys(llvm::StringRef Text,
                                                  llvm::StringRef Name) {
  std::unique_ptr<llvm::MemoryBuffer> Buffer =
      llvm::MemoryBuffer::getMemBufferCopy(Text, Name);
  std::string Problems;
  std::optional<ClangTidyOptions> Parsed = parseAlone(*Buffer, Problems);
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Problems);
  ConfigFileKeys Keys;
  Keys.Values = itddOptions(Parsed->CheckOptions).Values;
  Keys.Checks = Parsed->Checks;
  return Keys;
}

} // namespace itdd
