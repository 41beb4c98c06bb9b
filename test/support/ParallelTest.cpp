//===--- ParallelTest.cpp - the worker pool -------------------------------===//

#include "support/Parallel.h"
#include "gtest/gtest.h"
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace itdd {
namespace {

TEST(Parallel, EveryItemRunsExactlyOnce) {
  std::vector<std::atomic<int>> Runs(1000);
  runInParallel(Runs.size(), 4, [&](size_t I) { ++Runs[I]; });
  for (size_t I = 0; I < Runs.size(); ++I)
    EXPECT_EQ(Runs[I].load(), 1) << "item " << I;
}

TEST(Parallel, ProgressCountsEachItemAfterItsWork) {
  std::vector<std::atomic<bool>> Finished(200);
  std::vector<size_t> DoneSeen;
  std::multiset<size_t> IndexesSeen;
  runInParallel(
      Finished.size(), 3, [&](size_t I) { Finished[I] = true; },
      [&](size_t Done, size_t I) {
        EXPECT_TRUE(Finished[I]) << "progress before the work of " << I;
        DoneSeen.push_back(Done);
        IndexesSeen.insert(I);
      });
  ASSERT_EQ(DoneSeen.size(), Finished.size());
  for (size_t I = 0; I < DoneSeen.size(); ++I)
    EXPECT_EQ(DoneSeen[I], I + 1);
  for (size_t I = 0; I < Finished.size(); ++I)
    EXPECT_EQ(IndexesSeen.count(I), 1u) << "item " << I;
}

TEST(Parallel, ProgressCallsNeverOverlap) {
  std::atomic<bool> Inside{false};
  std::atomic<int> Overlaps{0};
  runInParallel(
      64, 4, [](size_t) {},
      [&](size_t, size_t) {
        if (Inside.exchange(true))
          ++Overlaps;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        Inside = false;
      });
  EXPECT_EQ(Overlaps.load(), 0);
}

TEST(Parallel, JobsItemsRunAtOnce) {
  // Each item waits until all four have started: only four threads at once
  // let any of them finish in time.
  std::mutex M;
  std::condition_variable Started;
  int Waiting = 0;
  std::atomic<int> TimedOut{0};
  runInParallel(4, 4, [&](size_t) {
    std::unique_lock<std::mutex> Lock(M);
    ++Waiting;
    Started.notify_all();
    if (!Started.wait_for(Lock, std::chrono::seconds(20),
                          [&] { return Waiting == 4; }))
      ++TimedOut;
  });
  EXPECT_EQ(TimedOut.load(), 0);
}

TEST(Parallel, NoMoreThreadsThanItems) {
  std::mutex M;
  std::set<std::thread::id> Threads;
  runInParallel(3, 16, [&](size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::lock_guard<std::mutex> Lock(M);
    Threads.insert(std::this_thread::get_id());
  });
  EXPECT_GE(Threads.size(), 1u);
  EXPECT_LE(Threads.size(), 3u);
}

TEST(Parallel, OneJobRunsInOrderOnTheCallingThread) {
  std::vector<size_t> Order;
  std::set<std::thread::id> Threads;
  runInParallel(5, 1, [&](size_t I) {
    Order.push_back(I);
    Threads.insert(std::this_thread::get_id());
  });
  EXPECT_EQ(Order, (std::vector<size_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(Threads, std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST(Parallel, NoItemsNoCalls) {
  int Calls = 0;
  runInParallel(
      0, 4, [&](size_t) { ++Calls; }, [&](size_t, size_t) { ++Calls; });
  EXPECT_EQ(Calls, 0);
}

TEST(Parallel, ZeroJobsStillRunsEverything) {
  std::atomic<size_t> Sum{0};
  runInParallel(100, 0, [&](size_t I) { Sum += I; });
  EXPECT_EQ(Sum.load(), 4950u);
}

} // namespace
} // namespace itdd
