//===--- Explain.h - itdd explain ------------------------------*- C++ -*-===//
//
// `itdd explain`: why a class has its role (ExplainClass.cpp) and what
// every check saw in one test (ExplainTest.cpp), from the decisions the
// checks and the map make themselves. What both halves share: reading one
// translation unit of the compile database, and naming where a key was
// set.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_EXPLAIN_EXPLAIN_H
#define ITDD_TOOLS_EXPLAIN_EXPLAIN_H

#include "analysis/ProjectConfig.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
namespace tooling {
class CompilationDatabase;
} // namespace tooling
} // namespace clang

namespace itdd::explain {

/// Parses File as DB compiles it and hands its AST to Visit. Returns why
/// it could not be parsed at all (its first errors), empty when Visit ran;
/// a unit with errors is still visited (TestFileAnalysis says it does not
/// compile).
std::string parseUnit(const clang::tooling::CompilationDatabase &DB,
                      llvm::StringRef File,
                      llvm::function_ref<void(clang::ASTContext &)> Visit);

/// Path relative to the working directory when it lies below it.
std::string shown(llvm::StringRef Path);

/// "itdd.Key (FILE:LINE)" for a key the user set, "the default of
/// itdd.Key" otherwise.
std::string keyAndOrigin(const ProjectConfig &Project, llvm::StringRef Key);

/// The file a key the user set was read from; empty when it came from
/// --config or was not set.
std::string keyFile(const ProjectConfig &Project, llvm::StringRef Key);

/// Prints "itdd explain: " Message and returns 2.
int usage(const llvm::Twine &Message);

int explainClass(llvm::StringRef Name, llvm::ArrayRef<std::string> Sources);
/// What: FILE, FILE:LINE or Suite.Name.
int explainTest(llvm::StringRef What);

} // namespace itdd::explain

#endif // ITDD_TOOLS_EXPLAIN_EXPLAIN_H
