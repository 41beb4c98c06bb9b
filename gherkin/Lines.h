//===--- Lines.h - the lines of a .feature file -----------------*- C++ -*-===//
//
// What the Gherkin reader sees of a line before it knows where the line
// belongs: its position, and the keyword, step, table row, tags, comment
// or doc string it starts with.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GHERKIN_LINES_H
#define ITDD_GHERKIN_LINES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {
namespace gherkin {

/// One line of the file, without its line break.
struct Line {
  unsigned Number = 0;
  unsigned Column = 1; ///< Of the first non-blank character.
  llvm::StringRef Raw;
  llvm::StringRef Text; ///< Raw without leading and trailing blanks.
};

/// The lines of Text, without a leading byte order mark or the carriage
/// return of a CRLF line end.
std::vector<Line> splitLines(llvm::StringRef Text);

/// The offset of the first byte of Text that is not UTF-8, if any.
std::optional<size_t> firstNonUtf8(llvm::StringRef Text);

/// Splits "Scenario Outline: Name" into its keyword and trimmed name.
bool splitHeader(llvm::StringRef Text, llvm::StringRef &Keyword,
                 llvm::StringRef &Name);

/// The header keyword Text starts with when its colon is missing
/// ("Scenario Buy a book"), else "".
llvm::StringRef headerWithoutColon(llvm::StringRef Text);

/// Scenario, Example, Scenario Outline or Scenario Template.
bool isScenarioKeyword(llvm::StringRef Keyword);

/// Splits "Given a customer" into the step keyword and the trimmed rest.
bool splitStep(llvm::StringRef Text, llvm::StringRef &Keyword,
               llvm::StringRef &Rest);

/// Splits a table row "| a | b\|c |" into unescaped, trimmed cells: "\|"
/// stands for '|', "\n" for a line break and "\\" for '\'; any other
/// backslash is kept. False when the row does not end with an unescaped '|'.
bool splitCells(llvm::StringRef Row, std::vector<std::string> &Cells);

/// The words of a tags line, up to a comment: what should each be a tag.
std::vector<llvm::StringRef> tagWords(llvm::StringRef Text);

/// The language a `# language: xx` comment names; none for other comments.
std::optional<llvm::StringRef> commentLanguage(llvm::StringRef Comment);

/// Reads the doc string whose opening delimiter is Lines[Open]: its
/// content, with the delimiter's indentation removed from each line and
/// escaped delimiters unescaped, and the index of its closing line; none
/// when it is never closed.
std::optional<size_t> readDocString(llvm::ArrayRef<Line> Lines, size_t Open,
                                    std::string &Content);

} // namespace gherkin
} // namespace itdd

#endif // ITDD_GHERKIN_LINES_H
