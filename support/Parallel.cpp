//===--- Parallel.cpp - running work items on a pool of threads -----------===//

#include "support/Parallel.h"
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace itdd {

void runInParallel(
    size_t Count, unsigned Jobs, llvm::function_ref<void(size_t Index)> Work,
    llvm::function_ref<void(size_t Done, size_t Index)> Progress) {
  // Items take uneven time (a large translation unit, a hung test): an
  // atomic counter hands the next one to whichever thread is free.
  std::atomic<size_t> Next{0};
  std::mutex Lock;
  size_t Done = 0;
  auto Worker = [&] {
    for (size_t I = Next++; I < Count; I = Next++) {
      Work(I);
      std::lock_guard<std::mutex> Guard(Lock);
      ++Done;
      if (Progress)
        Progress(Done, I);
    }
  };
  unsigned Wanted =
      Jobs ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  size_t Threads = std::min<size_t>(Wanted, Count);
  if (Threads <= 1) {
    Worker();
    return;
  }
  std::vector<std::thread> Pool;
  Pool.reserve(Threads);
  for (size_t T = 0; T < Threads; ++T)
    Pool.emplace_back(Worker);
  for (std::thread &T : Pool)
    T.join();
}

} // namespace itdd
