//===--- StepComments.cpp - Gherkin steps as comments of a test -----------===//

#include "generators/StepComments.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <fmt/format.h>

namespace itdd {

using namespace gherkin;

namespace {

/// Text as comment lines of a test body, each after Indent.
std::string commentLines(llvm::StringRef Indent, llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Text.split(Lines, '\n');
  std::string Result;
  for (llvm::StringRef Line : Lines)
    // A comment line ending in a backslash would swallow the next line.
    Result += fmt::format("  //{space}{indent}{line}{end}\n",
                          fmt::arg("space", Line.empty() ? "" : " "),
                          fmt::arg("indent", Indent.str()),
                          fmt::arg("line", Line.str()),
                          fmt::arg("end", Line.ends_with("\\") ? " ." : ""));
  return Result;
}

/// A data table as comment lines, its columns aligned.
std::string tableComment(const std::vector<std::vector<std::string>> &Rows) {
  std::vector<size_t> Widths;
  for (const auto &Row : Rows)
    for (size_t I = 0; I < Row.size(); ++I) {
      if (Widths.size() <= I)
        Widths.push_back(0);
      Widths[I] = std::max(Widths[I], Row[I].size());
    }
  std::string Result;
  for (const auto &Row : Rows) {
    std::string Line = "|";
    for (size_t I = 0; I < Row.size(); ++I)
      // Padded by bytes, not by fmt's estimate of display width.
      Line += fmt::format(" {0}{1} |", Row[I],
                          std::string(Widths[I] - Row[I].size(), ' '));
    Result += commentLines("  ", Line);
  }
  return Result;
}

} // namespace

std::string stepComments(const std::vector<Step> &Steps,
                         llvm::StringRef DriveHint) {
  std::string Result;
  bool HintGiven = false;
  for (size_t I = 0; I < Steps.size(); ++I) {
    const Step &S = Steps[I];
    if (I && S.Kind != Steps[I - 1].Kind)
      Result += "\n";
    Result += commentLines("", S.Keyword + " " + S.Text);
    if (S.Table)
      Result += tableComment(S.Table->Rows);
    if (S.Doc)
      Result += commentLines("  ", "\"\"\"" + S.Doc->MediaType) +
                commentLines("  ", S.Doc->Content) +
                commentLines("  ", "\"\"\"");
    bool LastOfBlock = I + 1 == Steps.size() || Steps[I + 1].Kind != S.Kind;
    if (S.Kind == StepKind::Action && LastOfBlock && !HintGiven &&
        !DriveHint.empty()) {
      Result += fmt::format("  //   (through the entry point: {})\n",
                            DriveHint.str());
      HintGiven = true;
    }
  }
  return Result;
}

std::string backgroundComment(const std::optional<Background> &Bg) {
  return Bg ? "    // Background:\n" + stepComments(Bg->Steps, "") : "";
}

} // namespace itdd
