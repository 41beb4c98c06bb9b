//===--- FindingFilter.cpp - clang-tidy -----------------------------------===//

#include "FindingFilter.h"
#include "support/Paths.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <unistd.h>

namespace clang::tidy::itdd {

namespace {

/// The real path of a file, or the absolute one when it has none.
std::string realPath(StringRef Path) {
  llvm::SmallString<256> Result;
  if (!llvm::sys::fs::real_path(Path, Result))
    return Result.str().str();
  return ::itdd::absolutePath(Path);
}

std::string fileOf(SourceLocation Loc, const SourceManager &SM) {
  SourceLocation Spelled = SM.getExpansionLoc(Loc);
  OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Spelled));
  if (!File)
    File = SM.getFileEntryRefForID(SM.getMainFileID());
  return File ? realPath(File->getName()) : std::string();
}

} // namespace

FindingFilter::FindingFilter() {
  if (std::optional<std::string> Path =
          llvm::sys::Process::GetEnv(::itdd::BaselineRecordVariable))
    RecordPath = *Path;
}

void FindingFilter::reset() { Remaining.clear(); }

FindingFilter::LoadedBaseline &FindingFilter::load(StringRef BaselineOption,
                                                   const SourceManager &SM) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string MainPath = realPath(Main ? Main->getName() : "");
  std::string Found = ::itdd::findInParents(
      llvm::sys::path::parent_path(MainPath), BaselineOption);
  std::string Key = Found.empty() ? "?" + BaselineOption.str() : Found;
  auto [It, Inserted] = Loaded.try_emplace(Key);
  LoadedBaseline &L = It->second;
  if (!Inserted)
    return L;
  if (Found.empty()) {
    L.Error = "baseline file '" + BaselineOption.str() +
              "' (itdd.Baseline) is not in the checked file's directory or "
              "any of its parents; record one with 'itdd baseline' or fix "
              "the path";
    return L;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
      llvm::MemoryBuffer::getFile(Found);
  if (!Text) {
    L.Error = "cannot read baseline file '" + Found +
              "': " + Text.getError().message();
    return L;
  }
  llvm::Expected<::itdd::Baseline> Parsed =
      ::itdd::Baseline::parse((*Text)->getBuffer());
  if (!Parsed) {
    L.Error = "baseline file '" + Found +
              "' cannot be used: " + llvm::toString(Parsed.takeError()) +
              "; record it again with 'itdd baseline'";
    return L;
  }
  L.Original = std::move(*Parsed);
  L.Dir = llvm::sys::path::parent_path(realPath(Found)).str();
  return L;
}

bool FindingFilter::isNew(const Finding &F, const SourceManager &SM,
                          StringRef BaselineOption, std::string &Problem) {
  if (!RecordPath.empty()) {
    Problem = record(F, SM);
    return true;
  }
  if (BaselineOption.empty())
    return true;
  LoadedBaseline &L = load(BaselineOption, SM);
  if (!L.Original) {
    Problem = L.Error;
    return true;
  }
  auto [It, Inserted] = Remaining.try_emplace(&L);
  if (Inserted)
    It->second = *L.Original;
  ::itdd::BaselineKey Key{
      F.Check.str(), ::itdd::baselineRelativePath(fileOf(F.Loc, SM), L.Dir),
      F.Test, F.Names.vec()};
  return !It->second.consume(Key);
}

std::string FindingFilter::record(const Finding &F, const SourceManager &SM) {
  ::itdd::BaselineKey Key{F.Check.str(), fileOf(F.Loc, SM), F.Test,
                          F.Names.vec()};
  std::string Line =
      ::itdd::recordedFindingLine(Key, SM.getExpansionLineNumber(F.Loc));
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::openFileForWrite(
          RecordPath, FD, llvm::sys::fs::CD_OpenAlways,
          llvm::sys::fs::OF_Append))
    return "cannot record findings in '" + RecordPath + "' (" +
           ::itdd::BaselineRecordVariable + "): " + EC.message();
  // One write per finding: the lines of parallel clang-tidy processes
  // appending to the same file never interleave.
  ssize_t Written = ::write(FD, Line.data(), Line.size());
  ::close(FD);
  if (Written != static_cast<ssize_t>(Line.size()))
    return "cannot record findings in '" + RecordPath + "' (" +
           ::itdd::BaselineRecordVariable + "): the write failed";
  return "";
}

} // namespace clang::tidy::itdd
