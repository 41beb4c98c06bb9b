//===--- ProjectConfig.h - the itdd options of a project -------*- C++ -*-===//
//
// Reads the itdd.* keys from the project's .clang-tidy CheckOptions, so the
// itdd tool sees the same configuration as the clang-tidy checks.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_PROJECTCONFIG_H
#define ITDD_CORE_PROJECTCONFIG_H

#include "core/Config.h"
#include <memory>

namespace itdd {

struct ProjectConfig {
  std::shared_ptr<const Config> Cfg;
  /// Which .clang-tidy it came from and every itdd.* key it set, as text:
  /// what a cached result must be keyed on, since the keys change roles.
  std::string Fingerprint;
};

/// The configuration of the nearest .clang-tidy in Dir or its parents (the
/// defaults when there is none). Problems are printed once to stderr,
/// naming the file and the key; the affected keys keep their defaults.
/// Not thread-safe: load configurations before starting workers.
ProjectConfig loadProjectConfig(llvm::StringRef Dir);

} // namespace itdd

#endif // ITDD_CORE_PROJECTCONFIG_H
