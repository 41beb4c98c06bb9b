//===--- MissingApi.h - the API a test file needs that is missing -*- C++ -*-===//
//
// Parses a test file that does not compile, with its compile command, and
// reads Clang's recovery AST at each error: a call on a project class that
// has no such member, no overload or no constructor for the arguments the
// test passes, a class or function its namespace lacks, a project header
// not written yet. Where the name should live decides, not the message:
// the class's (or namespace's) declaration in the project's own files, not
// in test code (roles/ProjectFiles), on a component (ComponentClassifier).
// Every other error is a CompileError.
//
// What is found is stubbed in memory (the caller says how) and the file
// parsed again, until nothing new is missing: a new class's constructor
// and members only show once the class exists.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MISSINGAPI_H
#define ITDD_ANALYSIS_MISSINGAPI_H

#include "core/MissingApi.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include <map>
#include <optional>
#include <string>

namespace clang::tooling {
class CompilationDatabase;
} // namespace clang::tooling

namespace itdd {

/// The edits that stub every API of Needs.
using StubEdits =
    llvm::function_ref<std::vector<SourceEdit>(llvm::ArrayRef<MissingApi>)>;

/// One parse of File as DB compiles it, Overlay's texts (path -> text) in
/// place of the files on disk or beside them; NewHeaders are the headers
/// among them that do not exist yet. Nothing when it cannot be parsed.
std::optional<TestFileApis>
parseTestFile(const clang::tooling::CompilationDatabase &DB,
              llvm::StringRef File,
              const std::map<std::string, std::string> &Overlay,
              llvm::ArrayRef<std::string> NewHeaders);

/// What each of Files (test files the database in BuildPath compiles)
/// needs: every missing API of every round, each once, with offsets into
/// the files as they are; the errors left after the last round. Rounds:
/// at most this many parses per file. An error when the database cannot
/// be read.
llvm::Expected<std::vector<TestFileApis>>
analyseMissingApi(llvm::StringRef BuildPath, llvm::ArrayRef<std::string> Files,
                  StubEdits Stubs, unsigned Rounds = 6);

} // namespace itdd

#endif // ITDD_ANALYSIS_MISSINGAPI_H
