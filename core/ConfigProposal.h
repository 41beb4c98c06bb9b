//===--- ConfigProposal.h - the itdd block itdd init proposes ---*- C++ -*-===//
//
// Infers the itdd.* keys of a project's .clang-tidy from its map and the
// structural evidence beside it (core/ProjectEvidence), each key with the
// evidence it rests on: where the tests that wire two or more components
// are, which classes the tests and factories drive and nothing takes,
// which interfaces the tests mock or are implemented with headers from
// outside the project, and which interfaces only users implement. Never
// from names: a key is set to the classes the evidence found, plus those
// the pattern it replaces gave the same role, so that setting it takes no
// role away. Rendered as YAML with the evidence as comments.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_CONFIGPROPOSAL_H
#define ITDD_CORE_CONFIGPROPOSAL_H

#include "core/DependencyMap.h"
#include "core/ProjectEvidence.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

class Config;

/// One key of the proposed block.
struct ProposedKey {
  std::string Key;
  /// The value to set; nullopt leaves the key as it is (the default, or
  /// what the user wrote), and Evidence says why.
  std::optional<std::string> Value;
  /// What the value rests on, one line each, for comments and the report.
  std::vector<std::string> Evidence;
};

struct ConfigProposal {
  /// IntegrationTestFiles, EntryPoints, ExternalBoundaries,
  /// Infrastructure, UiTypes, in that order.
  std::vector<ProposedKey> Keys;
  const ProposedKey *find(llvm::StringRef Key) const;
};

/// Proposes the keys from Map and Evidence (the components of tests that
/// call test support elsewhere already added to their tests), as they
/// were mapped under Current, the configuration in effect.
ConfigProposal proposeConfig(const DependencyMap &Map,
                             const ProjectEvidence &Evidence,
                             const Config &Current);

/// The proposal as a clang-tidy configuration: a heading comment,
/// `Checks` and `CheckOptions` with the keys it sets, each after the
/// comment lines of its evidence.
std::string renderProposal(const ConfigProposal &P);

/// The lines of one key in a CheckOptions mapping indented by Indent:
/// the comment lines of its evidence, then `key: 'value'`.
std::string renderKey(const ProposedKey &K, llvm::StringRef Indent);

/// In a configuration itdd init wrote (Text), the comment that says why
/// it left the test file at Path out of itdd.IntegrationTestFiles (its
/// tests build one component, or mostly go around the entry points), from
/// the counts on; nullopt when no such comment names the file. The
/// comments name files relative to the project root: the first whose name
/// ends Path (at a directory boundary) is the one.
std::optional<std::string> leftOutBecause(llvm::StringRef Text,
                                          llvm::StringRef Path);

/// Value quoted for YAML's single-quoted scalars.
std::string yamlQuoted(llvm::StringRef Value);

} // namespace itdd

#endif // ITDD_CORE_CONFIGPROPOSAL_H
