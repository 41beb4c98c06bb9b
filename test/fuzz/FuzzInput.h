//===--- FuzzInput.h - what the fuzz targets share --------------*- C++ -*-===//
//
// Each fuzz target defines LLVMFuzzerTestOneInput. Built with ITDD_FUZZ it
// links libFuzzer; otherwise Replay.cpp feeds it the checked-in corpus and
// regression inputs, so a crasher once fixed stays fixed in every build.
//
//===----------------------------------------------------------------------===//
#ifndef ITDD_TEST_FUZZ_FUZZINPUT_H
#define ITDD_TEST_FUZZ_FUZZINPUT_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

namespace itdd::fuzz {

inline llvm::StringRef textOf(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// The input cut at its first NUL byte: two documents in one input (the
/// second empty when there is no NUL).
inline std::pair<llvm::StringRef, llvm::StringRef> splitAtNul(llvm::StringRef Text) {
  return Text.split('\0');
}

/// A property every input must keep; breaking it is a finding like a crash.
inline void require(bool Holds, const char *What) {
  if (!Holds) {
    std::fprintf(stderr, "itdd fuzz: property broken: %s\n", What);
    std::abort();
  }
}

} // namespace itdd::fuzz

#endif // ITDD_TEST_FUZZ_FUZZINPUT_H
