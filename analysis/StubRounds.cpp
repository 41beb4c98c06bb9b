//===--- StubRounds.cpp - parse, stub in memory, parse again --------------===//
//
// A new class's constructor and members only show once the class exists:
// each round parses the test file with the stubs of what earlier rounds
// found in place, until nothing new is missing.
//
//===----------------------------------------------------------------------===//

#include "analysis/MissingApi.h"
#include "analysis/map/CompilationDatabase.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include <set>

using namespace clang;

namespace itdd {

namespace {

std::string keyOf(const MissingApi &A) {
  return A.Scope + "|" + A.Name + "|" + A.Header + "|" +
         std::to_string(static_cast<int>(A.What)) + "|" + A.signature();
}

/// The offset in the file as it is of Offset in the file as Edits make it
/// (every edit of File inserts before the offsets it moves).
unsigned originalOffset(llvm::ArrayRef<SourceEdit> Edits, llvm::StringRef File,
                        unsigned Offset) {
  std::vector<const SourceEdit *> Mine;
  for (const SourceEdit &E : Edits)
    if (E.File == File && !E.New)
      Mine.push_back(&E);
  std::stable_sort(Mine.begin(), Mine.end(),
                   [](const SourceEdit *A, const SourceEdit *B) {
                     return A->Offset < B->Offset;
                   });
  unsigned Shift = 0;
  for (const SourceEdit *E : Mine) {
    if (E->Offset + Shift + E->Text.size() > Offset)
      break;
    Shift += E->Text.size();
  }
  return Offset - Shift;
}

} // namespace

llvm::Expected<std::vector<TestFileApis>>
analyseMissingApi(llvm::StringRef BuildPath, llvm::ArrayRef<std::string> Files,
                  StubEdits Stubs, unsigned Rounds) {
  llvm::Expected<std::unique_ptr<tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(BuildPath);
  if (!DB)
    return DB.takeError();
  std::vector<TestFileApis> Result;
  for (const std::string &File : Files) {
    TestFileApis Found;
    Found.File = File;
    std::vector<tooling::CompileCommand> Commands =
        (*DB)->getCompileCommands(File);
    if (Commands.empty() ||
        !llvm::sys::fs::is_directory(Commands.front().Directory)) {
      Found.Unparsed = "the compilation database has no command for it";
      Result.push_back(std::move(Found));
      continue;
    }
    std::vector<MissingApi> Needs;
    std::set<std::string> Known;
    for (unsigned Round = 0; Round < Rounds; ++Round) {
      std::vector<SourceEdit> Edits = Needs.empty()
                                          ? std::vector<SourceEdit>()
                                          : Stubs(Needs);
      std::vector<std::string> NewHeaders;
      for (const SourceEdit &E : Edits)
        if (E.New)
          NewHeaders.push_back(E.File);
      std::optional<TestFileApis> Parsed =
          parseTestFile(**DB, File, applyEdits(Edits), NewHeaders);
      if (!Parsed) {
        Found.Unparsed = "it could not be parsed";
        break;
      }
      Found.Tests = std::move(Parsed->Tests);
      Found.Errors = std::move(Parsed->Errors);
      bool New = false;
      for (MissingApi &A : Parsed->Missing) {
        if (!A.Header.empty() && A.ClassEnd)
          A.ClassEnd = originalOffset(Edits, A.Header, A.ClassEnd);
        if (Known.insert(keyOf(A)).second) {
          Needs.push_back(A);
          New = true;
        }
      }
      if (!New)
        break;
    }
    Found.Missing = std::move(Needs);
    Result.push_back(std::move(Found));
  }
  return Result;
}

} // namespace itdd
