//===--- FeatureFiles.cpp - the Gherkin files a command names -------------===//

#include "support/FeatureFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace itdd {

std::optional<std::vector<FeatureSource>>
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
  if (!Named.empty() && Files.empty()) {
    llvm::errs() << Tool << ": no .feature files in '" << Named.front()
                 << "'; name Gherkin files with --feature\n";
    return std::nullopt;
  }
  std::vector<FeatureSource> Result;
  bool Ok = true;
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      llvm::errs() << Tool << ": cannot read '" << File
                   << "': " << Buffer.getError().message() << "\n";
      Ok = false;
      continue;
    }
    llvm::Expected<gherkin::Feature> Feature =
        gherkin::parseFeature((*Buffer)->getBuffer(), File);
    if (!Feature) {
      llvm::errs() << llvm::toString(Feature.takeError()) << "\n";
      Ok = false;
      continue;
    }
    Result.push_back({File, std::move(*Feature)});
  }
  if (!Ok)
    return std::nullopt;
  return Result;
}

} // namespace itdd
