//===--- Replay.cpp - a fuzz target's inputs replayed as a test -----------===//
//
// Usage: itdd_fuzz_replay_NAME FILE_OR_DIRECTORY...
// Feeds every file (directories: every file below them, in sorted order)
// to LLVMFuzzerTestOneInput; a directory that does not exist (a target
// without regressions) has none. Fails when an input crashes it or when there is
// no input at all (a corpus that went missing is not a pass).
//
//===----------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <string>
#include <vector>

using namespace llvm;

int main(int Argc, char **Argv) {
  std::vector<std::string> Files;
  for (int I = 1; I < Argc; ++I) {
    if (!sys::fs::exists(Argv[I]))
      continue;
    if (!sys::fs::is_directory(Argv[I])) {
      Files.emplace_back(Argv[I]);
      continue;
    }
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Argv[I], EC), End;
         It != End && !EC; It.increment(EC))
      if (sys::fs::is_regular_file(It->path()))
        Files.push_back(It->path());
    if (EC) {
      errs() << "replay: cannot list '" << Argv[I] << "': " << EC.message()
             << "\n";
      return 2;
    }
  }
  std::sort(Files.begin(), Files.end());
  if (Files.empty()) {
    errs() << "replay: no input files; give the corpus and regression "
              "directories\n";
    return 2;
  }
  for (const std::string &File : Files) {
    auto Buffer = MemoryBuffer::getFile(File, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false);
    if (!Buffer) {
      errs() << "replay: cannot read '" << File
             << "': " << Buffer.getError().message() << "\n";
      return 2;
    }
    // An exact-size copy, as libFuzzer passes it: a sanitizer sees a read
    // past the end.
    StringRef Bytes = (*Buffer)->getBuffer();
    std::vector<uint8_t> Input(Bytes.begin(), Bytes.end());
    LLVMFuzzerTestOneInput(Input.data(), Input.size());
  }
  outs() << "replay: " << Files.size() << " inputs, no crash\n";
  return 0;
}
