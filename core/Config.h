//===--- Config.h - itdd configuration -------------------------*- C++ -*-===//
//
// The itdd.* options shared by the clang-tidy checks and the itdd tool:
// parsed and validated here once, so the two halves can never disagree.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_CONFIG_H
#define ITDD_CORE_CONFIG_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace itdd {

/// One configuration key: its name, its default regex and what it means.
struct OptionSpec {
  const char *Key;
  const char *Default;
  const char *Help;
  /// A true/false switch rather than a regular expression.
  bool Flag = false;
  /// A file path, taken as written rather than as a regular expression.
  bool Path = false;
};

/// Every itdd.* key, in the order the documentation lists them.
const std::vector<OptionSpec> &optionSpecs();

/// A problem found while reading the configuration. The run goes on with
/// the default for that key, unless the key is broken (Config::isBroken).
struct ConfigProblem {
  std::string Key;
  std::string Message;
};

/// The compiled itdd configuration.
class Config {
public:
  /// Builds the configuration from key/value pairs (the itdd.* subset of a
  /// .clang-tidy CheckOptions). Unknown itdd.* keys, invalid values and
  /// regular expressions that do not compile or are written in Perl
  /// syntax are reported to Problems. A switch with an invalid value keeps
  /// its default; a broken regular expression does not (isBroken).
  static std::shared_ptr<const Config>
  fromOptions(const std::map<std::string, std::string> &Options,
              std::vector<ConfigProblem> *Problems = nullptr);

  /// The configuration with every key at its default.
  static std::shared_ptr<const Config> defaults();

  /// This configuration with Key back at its default: what a class's role
  /// would be without the key the user set.
  std::shared_ptr<const Config> without(llvm::StringRef Key) const;

  bool isIntegrationTestFile(llvm::StringRef Path) const;
  bool isEntryPointName(llvm::StringRef QualifiedName) const;
  bool isExternalBoundaryName(llvm::StringRef QualifiedName) const;
  bool isInfrastructureName(llvm::StringRef QualifiedName) const;
  bool isUiTypeName(llvm::StringRef QualifiedName) const;
  /// A function that starts a program (itdd.ProgramLaunchers).
  bool isProgramLauncherName(llvm::StringRef QualifiedName) const;
  /// True when the member name, or one of its camelCase tails ("bannerColor"
  /// -> "color", "isButtonEnabled" -> "isEnabled"), names a rendering detail.
  bool isUiMethodName(llvm::StringRef MemberName) const;

  /// Whether the path is test code / the project's own, when the user said
  /// so with itdd.TestCode / itdd.ProjectFiles; nullopt leaves it to the
  /// built-in layout rules.
  std::optional<bool> isTestCodePath(llvm::StringRef Path) const;
  std::optional<bool> isProjectPath(llvm::StringRef Path) const;

  /// Whether the effective pattern of a regex key (itdd.EntryPoints, ...)
  /// matches Text as it is given (a class name; paths are not normalized
  /// here). False for a key that is not a regular expression.
  bool matches(llvm::StringRef Key, llvm::StringRef Text) const;

  /// The effective value of a key (the user's, or the default).
  llvm::StringRef value(llvm::StringRef Key) const;
  /// The user gave the key a valid value: an explicit choice, which wins
  /// over every structural or name-based default.
  bool isSet(llvm::StringRef Key) const;
  /// The value of a true/false key.
  bool flag(llvm::StringRef Key) const;
  /// The user gave the key a regular expression that cannot mean what
  /// they wrote: it does not compile, or it uses Perl syntax (`\w`, `*?`)
  /// that POSIX extended syntax reads otherwise. The key then matches
  /// nothing, and what needs it must not run: the default in its place
  /// would contradict the user.
  bool isBroken(llvm::StringRef Key) const;
  /// Whether any key is broken.
  bool anyBroken() const { return !Broken.empty(); }

private:
  /// The member holding the compiled regex of an itdd.* key.
  static llvm::Regex Config::*regexOf(llvm::StringRef Key);

  std::map<std::string, std::string> Values;
  std::set<std::string> UserSet;
  std::set<std::string> Broken;
  mutable llvm::Regex IntegrationTestFiles, EntryPoints, ExternalBoundaries,
      Infrastructure, UiTypes, UiMethods, ProgramLaunchers, TestCode,
      ProjectFiles;
};

} // namespace itdd

#endif // ITDD_CORE_CONFIG_H
