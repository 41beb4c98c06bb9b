//===--- Config.cpp - itdd configuration ----------------------------------===//

#include "core/Config.h"
#include "core/RegexDialect.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace itdd {

const std::vector<OptionSpec> &optionSpecs() {
  static const std::vector<OptionSpec> Specs = {
      {"itdd.IntegrationTestFiles",
       "(^|/)(integration|integration_?tests?|it|e2e|journeys?)/|"
       "_(integration_test|it)\\.(cc|cpp|cxx|c\\+\\+)$",
       "regex on a file path: which test files are integration tests"},
      {"itdd.EntryPoints",
       "(Controller|Handler|Endpoint|Router|Command|Cli|Screen|Page)$",
       "regex on a fully qualified class or function name: entry points"},
      {"itdd.ExternalBoundaries",
       "(Gateway|Client|Api|API|Sdk|SDK|Mailer|Notifier|Sender|Transport)"
       "(Sync|Async|Impl|Base|Interface|Stub)?$",
       "regex on a fully qualified class name: external boundaries (classes "
       "declared outside the project always are)"},
      {"itdd.Infrastructure",
       "(Database|Db|DB|Connection|Storage|Store|Repository|Repo|FileSystem|"
       "Filesystem|Cache)$",
       "regex on a fully qualified class name: infrastructure"},
      {"itdd.UiTypes",
       "^(Q[A-Za-z]*(Widget|Label|Button|Edit|Box|View|Window|Dialog|Bar|"
       "Menu|Item)|wx[A-Z][A-Za-z]*|Gtk[A-Z][A-Za-z]*|ImGui[A-Za-z]*)$|"
       "(View|Widget|Screen|Page|Label|Button|Dialog|Window)$",
       "regex on a fully qualified class name: UI and view types"},
      {"itdd.UiMethods",
       "^(text|label|title|caption|placeholder|tooltip|styleSheet|style|"
       "colou?r|font[A-Za-z]*|isVisible|isHidden|isEnabled|visible|hidden|"
       "enabled|render[A-Za-z]*|toHtml|html|geometry|pos|size|width|height)$",
       "regex on a member name (or its camelCase tail): rendering details"},
      {"itdd.ProgramLaunchers",
       "^(system|popen|fork|vfork|execl|execle|execlp|execv|execve|execvp|"
       "execvpe|fexecve|posix_spawnp?|QProcess::(start|startCommand|"
       "startDetached|execute)|boost::process::.+|Poco::Process::launch|"
       "reproc::process::start|g_spawn_[a-z_]+)$",
       "regex on a fully qualified function name declared outside the "
       "project: calls that start a program; a test that starts one and "
       "builds none of the application's components in its own process "
       "drives the application from outside"},
      {"itdd.TestCode", "",
       "regex on a file path: test code (mocks, fixtures, helpers); when "
       "empty, the test file, headers in its directory and directories "
       "named test, tests, testing, mocks, fakes, ... are"},
      {"itdd.ProjectFiles", "",
       "regex on a file path: the project's own files; when empty, files "
       "under the project root (its version-control top level) outside "
       "third-party directories (third_party, vendor, external, _deps, ...)"},
      {"itdd.ShowUndecided", "false",
       "true: add a note per file naming the tests a check could not judge "
       "(not followed to the end), which the checks otherwise pass over in "
       "silence",
       /*Flag=*/true},
      {"itdd.Baseline", "",
       "path of the baseline file 'itdd baseline' writes (relative paths "
       "are looked up from the checked file's directory upwards): findings "
       "it holds are not reported",
       /*Flag=*/false, /*Path=*/true},
      {"itdd.Map", "",
       "path of the map 'itdd map -o' writes, or of its shard directory "
       "(BUILD/.itdd-cache/map; relative paths are looked up from the "
       "checked file's directory upwards): a test that calls test support "
       "defined in another file is judged with what the map says it does, "
       "instead of left unjudged",
       /*Flag=*/false, /*Path=*/true},
  };
  return Specs;
}

llvm::Regex Config::*Config::regexOf(llvm::StringRef Key) {
  return llvm::StringSwitch<llvm::Regex Config::*>(Key)
      .Case("itdd.IntegrationTestFiles", &Config::IntegrationTestFiles)
      .Case("itdd.EntryPoints", &Config::EntryPoints)
      .Case("itdd.ExternalBoundaries", &Config::ExternalBoundaries)
      .Case("itdd.Infrastructure", &Config::Infrastructure)
      .Case("itdd.UiTypes", &Config::UiTypes)
      .Case("itdd.UiMethods", &Config::UiMethods)
      .Case("itdd.ProgramLaunchers", &Config::ProgramLaunchers)
      .Case("itdd.TestCode", &Config::TestCode)
      .Case("itdd.ProjectFiles", &Config::ProjectFiles)
      .Default(nullptr);
}

static std::optional<bool> parseFlag(llvm::StringRef Value) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "yes" || Lower == "on")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "no" || Lower == "off")
    return false;
  return std::nullopt;
}

/// Why Value cannot be the regular expression of Key; empty when it can.
static std::string regexProblem(llvm::StringRef Key, llvm::StringRef Value) {
  // Perl syntax first: '*?' does not compile either, and its own error
  // ("repetition-operator operand invalid") would not say why.
  std::vector<std::string> Foreign = foreignRegexSyntax(Value);
  if (!Foreign.empty())
    return "Perl syntax in the regular expression '" + Value.str() +
           "' for option '" + Key.str() + "': " + llvm::join(Foreign, "; ");
  std::string Error;
  if (llvm::Regex(Value).isValid(Error))
    return "";
  return "invalid regular expression '" + Value.str() + "' for option '" +
         Key.str() + "': " + Error + "; correct it (POSIX extended syntax)";
}

std::shared_ptr<const Config>
Config::fromOptions(const std::map<std::string, std::string> &Options,
                    std::vector<ConfigProblem> *Problems) {
  auto Result = std::make_shared<Config>();
  auto Report = [&](std::string Key, std::string Message) {
    if (Problems)
      Problems->push_back({std::move(Key), std::move(Message)});
  };

  for (const auto &[Key, Value] : Options) {
    if (!llvm::StringRef(Key).starts_with("itdd."))
      continue;
    bool Known = false;
    for (const OptionSpec &Spec : optionSpecs())
      Known |= Key == Spec.Key;
    if (!Known) {
      std::string Names;
      for (const OptionSpec &Spec : optionSpecs())
        Names += std::string(Names.empty() ? "" : ", ") + Spec.Key;
      std::string Message = "unknown option '" + Key + "'";
      Message += "; correct its name (known options are ";
      Message += Names;
      Message += ") or remove it";
      Report(Key, std::move(Message));
    }
  }

  for (const OptionSpec &Spec : optionSpecs()) {
    std::string Value = Spec.Default;
    auto It = Options.find(Spec.Key);
    if (Spec.Path) {
      if (It != Options.end() && !llvm::StringRef(It->second).trim().empty()) {
        Value = llvm::StringRef(It->second).trim().str();
        Result->UserSet.insert(Spec.Key);
      }
      Result->Values[Spec.Key] = Value;
      continue;
    }
    // A switch has no regex to compile, whether it is given or not.
    if (Spec.Flag) {
      std::optional<bool> Parsed =
          It != Options.end() ? parseFlag(It->second) : std::nullopt;
      if (Parsed) {
        Value = *Parsed ? "true" : "false";
        Result->UserSet.insert(Spec.Key);
      } else if (It != Options.end()) {
        Report(Spec.Key, "invalid value '" + It->second + "' for option '" +
                             Spec.Key + "'; write true or false");
      }
      Result->Values[Spec.Key] = Value;
      continue;
    }
    if (It != Options.end()) {
      std::string Problem = regexProblem(Spec.Key, It->second);
      Value = It->second;
      if (Problem.empty()) {
        Result->UserSet.insert(Spec.Key);
      } else {
        // Left uncompiled, the key matches nothing.
        Report(Spec.Key, std::move(Problem));
        Result->Broken.insert(Spec.Key);
        Result->Values[Spec.Key] = Value;
        continue;
      }
    }
    Result->Values[Spec.Key] = Value;
    (*Result).*regexOf(Spec.Key) = llvm::Regex(Value);
  }
  return Result;
}

std::shared_ptr<const Config> Config::defaults() {
  static const std::shared_ptr<const Config> Defaults = fromOptions({});
  return Defaults;
}

std::shared_ptr<const Config> Config::without(llvm::StringRef Key) const {
  std::map<std::string, std::string> Options;
  for (const std::string &K : UserSet)
    if (K != Key)
      Options[K] = Values.at(K);
  for (const std::string &K : Broken)
    if (K != Key)
      Options[K] = Values.at(K);
  return fromOptions(Options);
}

llvm::StringRef Config::value(llvm::StringRef Key) const {
  auto It = Values.find(Key.str());
  return It == Values.end() ? llvm::StringRef() : llvm::StringRef(It->second);
}


static std::string normalizedPath(llvm::StringRef Path) {
  // Windows paths are matched with forward slashes so one regex serves all.
  llvm::SmallString<256> Normalized(Path);
  std::replace(Normalized.begin(), Normalized.end(), '\\', '/');
  llvm::sys::path::remove_dots(Normalized, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  return std::string(Normalized);
}

bool Config::isSet(llvm::StringRef Key) const {
  return UserSet.count(Key.str()) != 0;
}

bool Config::flag(llvm::StringRef Key) const { return value(Key) == "true"; }

bool Config::isBroken(llvm::StringRef Key) const {
  return Broken.count(Key.str()) != 0;
}

std::optional<bool> Config::isTestCodePath(llvm::StringRef Path) const {
  if (value("itdd.TestCode").empty())
    return std::nullopt;
  return TestCode.match(normalizedPath(Path));
}

std::optional<bool> Config::isProjectPath(llvm::StringRef Path) const {
  if (value("itdd.ProjectFiles").empty())
    return std::nullopt;
  return ProjectFiles.match(normalizedPath(Path));
}

bool Config::isIntegrationTestFile(llvm::StringRef Path) const {
  return IntegrationTestFiles.match(normalizedPath(Path));
}

bool Config::matches(llvm::StringRef Key, llvm::StringRef Text) const {
  llvm::Regex Config::*Member = regexOf(Key);
  return Member && (this->*Member).match(Text);
}

bool Config::isEntryPointName(llvm::StringRef Name) const {
  return EntryPoints.match(Name);
}
bool Config::isExternalBoundaryName(llvm::StringRef Name) const {
  return ExternalBoundaries.match(Name);
}
bool Config::isInfrastructureName(llvm::StringRef Name) const {
  return Infrastructure.match(Name);
}
bool Config::isUiTypeName(llvm::StringRef Name) const {
  return UiTypes.match(Name);
}
bool Config::isProgramLauncherName(llvm::StringRef Name) const {
  return ProgramLaunchers.match(Name);
}

bool Config::isUiMethodName(llvm::StringRef Name) const {
  if (Name.empty())
    return false;
  if (UiMethods.match(Name))
    return true;
  // Try each camelCase tail, lower-cased at its first letter, and the same
  // tail behind an "is" prefix: "isSubmitButtonEnabled" -> "isEnabled".
  for (size_t I = 1; I < Name.size(); ++I) {
    if (!llvm::isUpper(Name[I]))
      continue;
    std::string Tail = Name.substr(I).str();
    Tail[0] = llvm::toLower(Tail[0]);
    if (UiMethods.match(Tail))
      return true;
    std::string IsTail = "is" + Name.substr(I).str();
    if (Name.starts_with("is") && UiMethods.match(IsTail))
      return true;
  }
  return false;
}

} // namespace itdd
