//===--- Paths.cpp - file system helpers of the itdd tool -----------------===//

#include "support/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace itdd {

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  if (llvm::sys::fs::make_absolute(Abs))
    return Path.str();
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

std::string findInParents(llvm::StringRef StartDir, llvm::StringRef Relative) {
  if (llvm::sys::path::is_absolute(Relative))
    return Relative.str();
  llvm::SmallString<256> Dir(StartDir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, Relative);
    if (llvm::sys::fs::exists(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

void removeTemporary(llvm::StringRef Path) {
  if (std::error_code EC = llvm::sys::fs::remove(Path))
    return; // Best effort, see the header.
}

} // namespace itdd
