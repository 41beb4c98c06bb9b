//===--- CompilationDatabase.h - a build's compile_commands.json -*- C++ -*-===//
//
// Loads the compilation database of a build directory and says, naming the
// file and the entry at fault, why one cannot be used and how to write one;
// and sets up the ClangTool that parses one of its files.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H
#define ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H

#include "clang/Basic/Diagnostic.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
namespace tooling {
class ClangTool;
class CompilationDatabase;
} // namespace tooling
} // namespace clang

namespace itdd {

/// The compilation database of a build directory. Its
/// compile_commands.json must be a non-empty JSON array of compile
/// commands; the error otherwise names the file, the line of a syntax
/// error or the entry at fault, and how to write a good one.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(llvm::StringRef BuildPath);

/// The one ClangTool set-up of itdd: File parsed as DB compiles it, on a
/// physical file system of its own (parallel units do not share a working
/// directory), with Clang's own builtin headers (compile commands written
/// for gcc name a driver without them), no warnings, and every diagnostic
/// to Diagnostics instead of the terminal.
std::unique_ptr<clang::tooling::ClangTool>
toolFor(const clang::tooling::CompilationDatabase &DB, llvm::StringRef File,
        clang::DiagnosticConsumer &Diagnostics);

/// Collects the first errors of a translation unit ("FILE:LINE: message"),
/// so one message can name why it could not be read.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;
  std::vector<std::string> Messages;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H
