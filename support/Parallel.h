//===--- Parallel.h - running work items on a pool of threads --*- C++ -*-===//
//
// The one worker pool of itdd: threads take the next item as they finish
// one, and a progress callback sees each item end, one at a time.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_SUPPORT_PARALLEL_H
#define ITDD_SUPPORT_PARALLEL_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstddef>

namespace itdd {

/// Calls Work(Index) once for every Index in [0, Count) on up to Jobs
/// threads (0: one per core), on the calling thread alone when one thread
/// is enough. After each Work(Index) returns, Progress(Done, Index) is
/// called under a lock, Done counting the items finished so far, so it may
/// print and update shared state. Returns when every item is done.
void runInParallel(
    size_t Count, unsigned Jobs, llvm::function_ref<void(size_t Index)> Work,
    llvm::function_ref<void(size_t Done, size_t Index)> Progress = nullptr);

} // namespace itdd

#endif // ITDD_SUPPORT_PARALLEL_H
