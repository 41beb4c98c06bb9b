//===--- Decls.h - questions about a declaration ---------------*- C++ -*-===//
//
// Generic helpers over declarations that every part of the analysis asks:
// where a declaration sits among namespaces, its canonical class, its name
// for messages, and whether a class is an exception type.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_AST_DECLS_H
#define ITDD_ANALYSIS_AST_DECLS_H

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace itdd {

/// Declared, at any depth, inside the top-level namespace Name (::testing,
/// ::std): how a library's own declarations are told from the project's.
bool inTopLevelNamespace(const clang::Decl *D, llvm::StringRef Name);

/// Declared directly in namespace std (inline namespaces included).
bool isStdDecl(const clang::NamedDecl *D);

/// The canonical declaration of a class (null stays null): the key every
/// per-class cache and set uses.
const clang::CXXRecordDecl *canonicalRecord(const clang::CXXRecordDecl *RD);

/// The fully qualified name of a declaration, for messages and keys; empty
/// for null.
std::string qualifiedName(const clang::NamedDecl *D);

/// A function's signature, the same in every translation unit that
/// declares it: its qualified name, its parameters' canonical types and,
/// for a member function, its qualifiers. What the map's summaries of test
/// support are keyed by.
std::string supportKey(const clang::FunctionDecl *FD);

/// An exception type: std::exception or a class derived from it. Thrown and
/// caught, never wired or mocked.
bool isException(const clang::CXXRecordDecl *RD);

/// Which helpers a scan of a test's code follows into: the definitions,
/// outside the system headers (the test file's helpers, those of a header
/// the tests share, the product's), at most three calls deep, each once.
class HelperDefinitions {
public:
  explicit HelperDefinitions(const clang::SourceManager &SM) : SM(SM) {}

  /// The definition of Callee to scan, called at Depth (0: from the code
  /// the scan started in); null when it is not followed.
  const clang::FunctionDecl *follow(const clang::FunctionDecl *Callee,
                                    unsigned Depth);

private:
  const clang::SourceManager &SM;
  llvm::SmallPtrSet<const clang::FunctionDecl *, 16> Seen;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_AST_DECLS_H
