//===--- FeatureFiles.cpp - the Gherkin files a command names -------------===//

#include "generators/FeatureFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace itdd {

llvm::Expected<std::vector<FeatureSource>>
readFeatureFiles(llvm::ArrayRef<std::string> Named, llvm::StringRef Tool) {
  std::vector<std::string> Files;
  for (const std::string &F : Named) {
    if (!llvm::sys::fs::is_directory(F)) {
      Files.push_back(F);
      continue;
    }
    std::error_code EC;
    std::vector<std::string> InDir;
    for (llvm::sys::fs::recursive_directory_iterator It(F, EC), End;
         It != End && !EC; It.increment(EC))
      if (llvm::StringRef(It->path()).ends_with(".feature"))
        InDir.push_back(It->path());
    llvm::sort(InDir);
    Files.insert(Files.end(), InDir.begin(), InDir.end());
  }
  if (!Named.empty() && Files.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s: no .feature files in '%s'; name Gherkin files with --feature",
        Tool.str().c_str(), Named.front().c_str());
  // Every file at fault is named, not only the first.
  std::vector<FeatureSource> Result;
  llvm::Error Problems = llvm::Error::success();
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Problems = llvm::joinErrors(
          std::move(Problems),
          llvm::createStringError(Buffer.getError(), "%s: cannot read '%s': %s",
                                  Tool.str().c_str(), File.c_str(),
                                  Buffer.getError().message().c_str()));
      continue;
    }
    llvm::Expected<gherkin::Feature> Feature =
        gherkin::parseFeature((*Buffer)->getBuffer(), File);
    if (!Feature) {
      Problems = llvm::joinErrors(std::move(Problems), Feature.takeError());
      continue;
    }
    Result.push_back({File, std::move(*Feature)});
  }
  if (Problems)
    return Problems;
  return Result;
}

} // namespace itdd
