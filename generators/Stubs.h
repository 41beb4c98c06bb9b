//===--- Stubs.h - declarations and definitions of missing API -*- C++ -*-===//
//
// Emits `itdd gen stubs`: for each API a red test needs that does not
// exist yet, its declaration in the product header (a member before the
// class's closing brace, a new class in a header of its own) and a
// definition that does no work and returns a value-initialised default, so
// that the test compiles, runs through the real system and fails at its
// business assertion. Every stub carries the marker `itdd red` knows.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_STUBS_H
#define ITDD_GENERATORS_STUBS_H

#include "core/MissingApi.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace itdd {

struct StubRequest {
  /// Write definitions too (not only what makes the tests compile).
  bool Definitions = true;
  /// The source file that defines the members of the classes a header
  /// declares, or "" when there is none (the stubs are then inline in the
  /// header).
  llvm::function_ref<std::string(llvm::StringRef Header)> SourceFor;
  /// Where a new class goes when the test names no header for it ("":
  /// beside the namespace's class nearest to the test).
  std::string Dir;
};

/// The edits that stub every API of Needs, each once.
std::vector<SourceEdit> stubEdits(llvm::ArrayRef<MissingApi> Needs,
                                  const StubRequest &Request);

/// "ReturnsDesk" -> "returns_desk".
std::string snakeCase(llvm::StringRef Name);

/// A unified diff of the edits against the files as they are.
std::string unifiedDiff(llvm::ArrayRef<SourceEdit> Edits,
                        llvm::StringRef RelativeTo);

} // namespace itdd

#endif // ITDD_GENERATORS_STUBS_H
