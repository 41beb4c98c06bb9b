//===--- ProjectConfig.h - the itdd options of a project -------*- C++ -*-===//
//
// Reads the itdd.* keys with clang-tidy's own configuration reader, so the
// itdd tool sees, for every directory, exactly what the checks see there.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_PROJECTCONFIG_H
#define ITDD_ANALYSIS_PROJECTCONFIG_H

#include "core/Config.h"
#include "core/DependencyMap.h"
#include "llvm/ADT/ArrayRef.h"
#include <map>
#include <memory>
#include <optional>
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace itdd {

struct ProjectConfig {
  std::shared_ptr<const Config> Cfg;
  /// Every effective itdd.* key and its value, as text: what a cached
  /// result must be keyed on, since the keys change roles.
  std::string Fingerprint;
  /// False when a source of the configuration has an error: a YAML error,
  /// an unknown itdd.* key, an invalid value.
  bool Valid = true;
  /// Its problems for the caller to show, each a line (or a YAML error with
  /// its excerpt) naming the file and the key. Directories that share a
  /// .clang-tidy repeat them: show each once.
  std::vector<std::string> Problems;
  /// Where each itdd.* key given a value was set: "FILE:LINE" of the
  /// .clang-tidy (the file alone when the line cannot be told), or
  /// --config / the --config-file path.
  std::map<std::string, std::string> KeyOrigins;
};

/// The --config-file PATH or --config YAML of this run, meaning what they
/// mean to clang-tidy: that configuration replaces the .clang-tidy files,
/// unless it says InheritParentConfig: true, then it goes on top of them.
/// Both empty: the .clang-tidy files alone. The error, when the
/// configuration cannot be used, is what to print (lines naming the file).
/// Call it before any loadProjectConfig.
llvm::Error setCommandLineConfig(llvm::StringRef ConfigFile,
                                 llvm::StringRef ConfigText);

/// The configuration clang-tidy gives a source file in Dir: the nearest
/// .clang-tidy, merged over its parents' while it says InheritParentConfig
/// (the defaults when there is none). The keys at fault keep their
/// defaults; the problems are in the result. Not thread-safe: load
/// configurations before starting workers.
ProjectConfig loadProjectConfig(llvm::StringRef Dir);

/// A warning line ("FILE: warning: ...\n") for each role key of Configs
/// that names no class of Map (core/UnmatchedRoleKeys), each said once.
std::vector<std::string>
roleKeyWarnings(llvm::ArrayRef<ProjectConfig> Configs,
                const DependencyMap &Map);

/// What one clang-tidy configuration file sets itself (its parents
/// aside): its itdd.* keys and its Checks.
struct ConfigFileKeys {
  std::map<std::string, std::string> Values;
  std::optional<std::string> Checks;
};

/// The keys of the configuration text of the file Name; the error holds
/// its YAML errors, as lines naming the file, line and column.
llvm::Expected<ConfigFileKeys> readConfigFileKeys(llvm::StringRef Text,
                                                 llvm::StringRef Name);

} // namespace itdd

#endif // ITDD_ANALYSIS_PROJECTCONFIG_H
