//===--- CompilationDatabase.h - a build's compile_commands.json -*- C++ -*-===//
//
// Loads the compilation database of a build directory and says, naming the
// file and the entry at fault, why one cannot be used and how to write one.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H
#define ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H

#include "llvm/Support/Error.h"
#include <memory>

namespace clang::tooling {
class CompilationDatabase;
} // namespace clang::tooling

namespace itdd {

/// The compilation database of a build directory. Its
/// compile_commands.json must be a non-empty JSON array of compile
/// commands; the error otherwise names the file, the line of a syntax
/// error or the entry at fault, and how to write a good one.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(llvm::StringRef BuildPath);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_COMPILATIONDATABASE_H
