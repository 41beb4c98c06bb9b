//===--- BuildLogFuzz.cpp - the build log itdd red reads ------------------===//
#include "FuzzInput.h"
#include "red/BuildLog.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  for (const red::BuildError &E : red::parseBuildLog(fuzz::textOf(Data, Size)))
    fuzz::require(!E.Message.empty() || !E.At.empty() || E.Link,
                  "a build error says where or what");
  return 0;
}
