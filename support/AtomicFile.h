//===--- AtomicFile.h - all-or-nothing output files ------------*- C++ -*-===//
//
// Writes an output file through a temporary beside it and a rename, so a
// failed or interrupted run never leaves a half-written file behind.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SUPPORT_ATOMICFILE_H
#define ITDD_SUPPORT_ATOMICFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace itdd {

/// Calls Write with a stream into a temporary file next to Path, then
/// renames it over Path. "-" writes to standard output. The temporary is
/// removed if the process is interrupted (SIGINT, SIGTERM) before the
/// rename.
llvm::Error writeFileAtomically(llvm::StringRef Path,
                                llvm::function_ref<void(llvm::raw_ostream &)>
                                    Write);

/// Why Path cannot be written (it is a directory, its directory does not
/// exist or takes no new file), found before any work whose result would
/// be lost: a temporary file is created beside it and removed. "-" is
/// always writable.
llvm::Error checkOutputPath(llvm::StringRef Path);

} // namespace itdd

#endif // ITDD_SUPPORT_ATOMICFILE_H
