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

std::string pathFrom(llvm::StringRef FromDir, llvm::StringRef To) {
  llvm::SmallVector<llvm::StringRef, 16> A, B;
  FromDir.split(A, '/', -1, false);
  To.split(B, '/', -1, false);
  size_t Common = 0;
  while (Common < A.size() && Common + 1 < B.size() && A[Common] == B[Common])
    ++Common;
  std::string Result;
  for (size_t I = Common; I < A.size(); ++I)
    Result += "../";
  for (size_t I = Common; I < B.size(); ++I)
    Result += B[I].str() + (I + 1 < B.size() ? "/" : "");
  return Result;
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
