//===--- Commands.h - the itdd subcommands ---------------------*- C++ -*-===//
//
// The subcommands of the itdd command line and the entry point of each;
// every command defines its own options in its own file.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_COMMANDS_H
#define ITDD_TOOLS_COMMANDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/CommandLine.h"

namespace itdd {

/// Each command's own options; its help lists them first.
extern llvm::cl::OptionCategory MapCategory;
extern llvm::cl::OptionCategory GenCategory;
extern llvm::cl::OptionCategory RedCategory;
extern llvm::cl::OptionCategory SarifCategory;
extern llvm::cl::OptionCategory BaselineCategory;
extern llvm::cl::OptionCategory ExplainCategory;
extern llvm::cl::OptionCategory InitCategory;
/// The options of CommonOptions.h, which several commands take; a
/// command's help lists them among its own.
extern llvm::cl::OptionCategory SharedCategory;
extern llvm::cl::SubCommand MapSubcommand;
extern llvm::cl::SubCommand GenSubcommand;
extern llvm::cl::SubCommand RedSubcommand;
extern llvm::cl::SubCommand SarifSubcommand;
extern llvm::cl::SubCommand BaselineSubcommand;
extern llvm::cl::SubCommand ExplainSubcommand;
extern llvm::cl::SubCommand InitSubcommand;

/// Each returns the process exit code: 0 success, 1 the work failed or is
/// partial (a translation unit did not parse, tests failed), 2 bad usage or
/// input; docs/errors.md has each command's.
int runMap();
/// Argv is the whole command line, which generated files quote.
int runGen(llvm::ArrayRef<const char *> Argv);
/// Exit code 0 when every test is a good red, missing-api or pending, 1
/// when any is a bad red or not red, 2 when the binary cannot run.
int runRed();
/// Exit code 0 when the SARIF log was written, 2 on unreadable or bad
/// input (and then nothing is written).
int runSarif();
/// Exit code 0 when the baseline was written, 1 when it was written but
/// clang-tidy could not check some files, 2 on bad usage or input (and
/// then nothing is written).
int runBaseline();
/// Exit code 0 when the class or test was explained, 1 when its file
/// could not be read, 2 on bad usage or input (an unknown or ambiguous
/// name, a file not in the compile database).
int runExplain();
/// Exit code 0 when the configuration was written (or, with --dry-run,
/// printed), 1 when an existing file was left as it was (no --force) or
/// some translation units could not be mapped, 2 on bad usage or input
/// (and then nothing is written).
int runInit();

} // namespace itdd

#endif // ITDD_TOOLS_COMMANDS_H
