//===--- GeneratedFile.h - writing generated source files ------*- C++ -*-===//
//
// Every file `itdd gen` writes starts with a line saying it was generated
// and how to regenerate it, and a digest of its content. The digest tells a
// file itdd wrote from one a person has edited since: those are kept unless
// the user passes --force.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SUPPORT_GENERATEDFILE_H
#define ITDD_SUPPORT_GENERATEDFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace itdd {

/// What happened to the output file.
enum class WriteOutcome { Written, Unchanged };

/// Formats Body with the .clang-format style that applies to Path (LLVM
/// when there is none), puts the two header lines on top and writes the
/// result atomically. Refuses, with an error that says what to do, to
/// replace a file that itdd did not write or that was edited since, unless
/// Force. "-" writes to standard output.
llvm::Expected<WriteOutcome> writeGeneratedFile(llvm::StringRef Path,
                                                llvm::StringRef Body,
                                                llvm::StringRef Command,
                                                bool Force);

/// Why Path cannot take a generated file (see checkOutputPath), or why it
/// may not be replaced without Force: checked before the work.
llvm::Error checkGeneratedOutput(llvm::StringRef Path, bool Force);

/// The command line as the header shows it: arguments shell-quoted where
/// needed, --force left out, paths under the working directory relative to
/// it (a checked-in header must not change with the developer's checkout).
std::string regenerateCommand(llvm::ArrayRef<const char *> Argv);

/// True when Text starts with itdd's generated-file header and its digest
/// matches its content.
bool isUneditedGeneratedFile(llvm::StringRef Text);

} // namespace itdd

#endif // ITDD_SUPPORT_GENERATEDFILE_H
