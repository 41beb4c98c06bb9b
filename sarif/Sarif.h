//===--- Sarif.h - diagnostics as SARIF 2.1.0 ------------------*- C++ -*-===//
//
// Writes clang-tidy's diagnostics as one SARIF 2.1.0 run of the tool
// "itdd", the format code-scanning dashboards (GitHub, GitLab, Azure
// DevOps) read: one rule per check seen, with a link to its page.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SARIF_SARIF_H
#define ITDD_SARIF_SARIF_H

#include "sarif/Diagnostics.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/JSON.h"
#include <string>

namespace itdd::sarif {

struct SarifOptions {
  std::string ToolVersion;
  /// Paths below it are written relative to it, against the base id
  /// SRCROOT; empty: absolute file URIs.
  std::string BaseDir;
  /// Where itdd's documentation lives (a repository's URL, e.g.
  /// https://github.com/org/itdd/blob/main): rules of itdd's checks link
  /// to DocsUrl/docs/checks/<check>.md, and the tool to its page; empty:
  /// the rules link to that path relative (SARIF asks for absolute URIs,
  /// which only a configured URL gives) and the tool has no link.
  std::string DocsUrl;
};

/// The page that explains a check: itdd's own in docs/checks, clang-tidy's
/// checks on clang.llvm.org, compiler diagnostics in the diagnostics
/// reference.
std::string helpUriOf(llvm::StringRef Check, llvm::StringRef DocsUrl);

/// A file path as a URI reference: relative to BaseDir when below it
/// (Relative set), else a file:// URI for an absolute path.
std::string uriOf(llvm::StringRef Path, llvm::StringRef BaseDir,
                  bool &Relative);

/// The SARIF log of Diags (already deduplicated), rules in the order their
/// checks first appear.
llvm::json::Value toSarif(llvm::ArrayRef<Diagnostic> Diags,
                          const SarifOptions &Options);

} // namespace itdd::sarif

#endif // ITDD_SARIF_SARIF_H
