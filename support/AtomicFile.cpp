//===--- AtomicFile.cpp - all-or-nothing output files ---------------------===//

#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"

namespace itdd {

namespace {

llvm::Error cannotWrite(llvm::StringRef Path, const llvm::Twine &Why,
                        std::error_code EC = llvm::inconvertibleErrorCode()) {
  return llvm::createStringError(EC, "cannot write '%s': %s",
                                 Path.str().c_str(), Why.str().c_str());
}

/// A directory in the way, or no directory to put the file in.
llvm::Error pathProblem(llvm::StringRef Path) {
  if (llvm::sys::fs::is_directory(Path))
    return cannotWrite(Path, "it is a directory; name a file instead");
  std::string Dir =
      llvm::sys::path::parent_path(absolutePath(Path)).str();
  if (!llvm::sys::fs::is_directory(Dir))
    return cannotWrite(Path, "the directory '" + Dir +
                                 "' does not exist; create it first or "
                                 "choose another path");
  return llvm::Error::success();
}

/// A new temporary file next to Path, removed if the process is
/// interrupted before it is renamed or removed.
llvm::Error createTemporary(llvm::StringRef Path, int &FD,
                            llvm::SmallVectorImpl<char> &Temp) {
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Temp))
    return cannotWrite(Path,
                       EC.message() + "; choose a directory you can write to",
                       EC);
  llvm::sys::RemoveFileOnSignal(llvm::StringRef(Temp.data(), Temp.size()));
  return llvm::Error::success();
}

void dropTemporary(llvm::StringRef Temp) {
  removeTemporary(Temp);
  llvm::sys::DontRemoveFileOnSignal(Temp);
}

/// A device or a pipe (-o /dev/null, a FIFO): written in place, never
/// renamed over.
bool isSpecialFile(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  return !llvm::sys::fs::status(Path, Status) &&
         llvm::sys::fs::exists(Status) &&
         !llvm::sys::fs::is_regular_file(Status) &&
         !llvm::sys::fs::is_directory(Status);
}

llvm::Error writeInPlace(llvm::StringRef Path,
                         llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC)
    return cannotWrite(Path, EC.message(), EC);
  Write(OS);
  OS.close();
  if (OS.has_error()) {
    EC = OS.error();
    OS.clear_error();
    return cannotWrite(Path, EC.message(), EC);
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error checkOutputPath(llvm::StringRef Path) {
  if (Path == "-")
    return llvm::Error::success();
  if (llvm::Error E = pathProblem(Path))
    return E;
  if (isSpecialFile(Path))
    return llvm::Error::success();
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (llvm::Error E = createTemporary(Path, FD, Temp))
    return E;
  std::error_code Closed = llvm::sys::fs::closeFile(FD);
  dropTemporary(Temp);
  if (Closed)
    return cannotWrite(Path, Closed.message(), Closed);
  return llvm::Error::success();
}

llvm::Error
writeFileAtomically(llvm::StringRef Path,
                    llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (Path == "-") {
    Write(llvm::outs());
    llvm::outs().flush();
    return llvm::Error::success();
  }
  if (llvm::Error E = pathProblem(Path))
    return E;
  if (isSpecialFile(Path))
    return writeInPlace(Path, Write);
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (llvm::Error E = createTemporary(Path, FD, Temp))
    return E;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    Write(OS);
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      dropTemporary(Temp);
      return cannotWrite(Path, EC.message(), EC);
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    dropTemporary(Temp);
    return cannotWrite(Path, EC.message(), EC);
  }
  llvm::sys::DontRemoveFileOnSignal(Temp);
  return llvm::Error::success();
}

} // namespace itdd
