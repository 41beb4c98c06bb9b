//===--- GTestOutputFuzz.cpp - what a GoogleTest binary wrote -------------===//
//
// itdd red reads a test binary's JSON report, its console output and its
// --gtest_list_tests output; the input is given to each reader.
//
//===----------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "red/GTestOutput.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::textOf(Data, Size);
  llvm::Expected<std::vector<red::TestOutcome>> Json = red::parseJsonReport(Text);
  if (!Json)
    fuzz::require(!llvm::toString(Json.takeError()).empty(),
                  "an unreadable JSON report says why");
  red::ConsoleReport Console = red::parseConsoleOutput(Text);
  fuzz::require(!Console.Unfinished.empty() ||
                    Console.UnfinishedFailures.empty(),
                "failures of an unfinished test only with such a test");
  for (const std::string &Test : red::parseTestList(Text))
    fuzz::require(Test.find('.') != std::string::npos,
                  "a listed test is Suite.Name");
  (void)red::parseFailure(Text);
  return 0;
}
