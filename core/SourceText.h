//===--- SourceText.h - C++ source read as plain text ----------*- C++ -*-===//
//
// Light reading of C++ source without parsing it: comments and literals
// blanked out, and the function whose body holds a given line. What the
// tools use when no compilation database is at hand.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_SOURCETEXT_H
#define ITDD_CORE_SOURCETEXT_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// Source with comments and string and character literals replaced by
/// spaces; newlines and offsets stay where they were.
std::string codeOnly(llvm::StringRef Source);

/// The innermost function-like block (a function body, a TEST macro's body)
/// that holds a line.
struct EnclosingBlock {
  /// What precedes its opening brace, whitespace collapsed:
  /// "void SetUp() override", "TEST_F(Checkout, UserPays)".
  std::string Header;
  unsigned FirstLine = 0, LastLine = 0;
};

/// Every function-like block of Source, in the order they close.
std::vector<EnclosingBlock> functionBlocks(llvm::StringRef Source);

/// The same, of source already through codeOnly().
std::vector<EnclosingBlock> functionBlocksOfCode(llvm::StringRef Code);

/// The innermost of Blocks around Line (1-based), if the line is in one.
std::optional<EnclosingBlock>
enclosingBlock(const std::vector<EnclosingBlock> &Blocks, unsigned Line);

/// "Suite.Name" of every TEST, TEST_F, TEST_P, TYPED_TEST and TYPED_TEST_P
/// Source defines, in order.
std::vector<std::string> testNamesIn(llvm::StringRef Source);

/// The "Suite.Name" a test's full name as GoogleTest runs it stands for:
/// "Inst/Suite.Name/2" (a value-parameterized instance) and "Suite/0.Name"
/// (a typed one) are "Suite.Name".
std::string writtenTestName(llvm::StringRef FullName);

} // namespace itdd

#endif // ITDD_CORE_SOURCETEXT_H
