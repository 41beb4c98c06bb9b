//===--- Lines.cpp - the lines of a .feature file -------------------------===//

#include "gherkin/Lines.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

namespace itdd {
namespace gherkin {

namespace {

/// Keywords that open a part of the feature. A keyword that is a prefix of
/// another comes after it.
constexpr llvm::StringLiteral HeaderKeywords[] = {"Feature",
                                                  "Rule",
                                                  "Background",
                                                  "Scenario Outline",
                                                  "Scenario Template",
                                                  "Scenarios",
                                                  "Scenario",
                                                  "Examples",
                                                  "Example"};

constexpr llvm::StringLiteral StepKeywords[] = {"Given", "When", "Then",
                                                "And",   "But",  "*"};

bool isBlank(char C) { return C == ' ' || C == '\t'; }

/// True when Text starts with Word followed by a blank or nothing.
bool startsWithWord(llvm::StringRef Text, llvm::StringRef Word) {
  return Text.starts_with(Word) &&
         (Text.size() == Word.size() || isBlank(Text[Word.size()]));
}

/// Text with every escaped delimiter (\"\"\" or \`\`\`) written as the
/// delimiter itself.
std::string unescapeDelimiter(llvm::StringRef Text, char Quote) {
  const std::string Escaped = {'\\', Quote, '\\', Quote, '\\', Quote};
  std::string Result;
  for (;;) {
    size_t At = Text.find(Escaped);
    Result += Text.take_front(At);
    if (At == llvm::StringRef::npos)
      return Result;
    Result.append(3, Quote);
    Text = Text.drop_front(At + Escaped.size());
  }
}

} // namespace

std::vector<Line> splitLines(llvm::StringRef Text) {
  Text.consume_front("\xEF\xBB\xBF");
  llvm::SmallVector<llvm::StringRef, 64> Raws;
  Text.split(Raws, '\n');
  std::vector<Line> Lines;
  for (llvm::StringRef Raw : Raws) {
    Raw.consume_back("\r");
    Line L;
    L.Number = static_cast<unsigned>(Lines.size()) + 1;
    L.Raw = Raw;
    L.Text = Raw.trim(" \t");
    if (!L.Text.empty())
      L.Column = static_cast<unsigned>(L.Text.data() - Raw.data()) + 1;
    Lines.push_back(L);
  }
  return Lines;
}

std::optional<size_t> firstNonUtf8(llvm::StringRef Text) {
  const auto *Start = reinterpret_cast<const llvm::UTF8 *>(Text.data());
  const llvm::UTF8 *At = Start;
  if (llvm::isLegalUTF8String(&At, Start + Text.size()))
    return std::nullopt;
  return static_cast<size_t>(At - Start);
}

bool splitHeader(llvm::StringRef Text, llvm::StringRef &Keyword,
                 llvm::StringRef &Name) {
  for (llvm::StringRef Candidate : HeaderKeywords) {
    llvm::StringRef Rest = Text;
    if (Rest.consume_front(Candidate) && Rest.consume_front(":")) {
      Keyword = Candidate;
      Name = Rest.trim();
      return true;
    }
  }
  return false;
}

llvm::StringRef headerWithoutColon(llvm::StringRef Text) {
  for (llvm::StringRef Candidate : HeaderKeywords)
    if (startsWithWord(Text, Candidate))
      return Candidate;
  return "";
}

bool isScenarioKeyword(llvm::StringRef Keyword) {
  return Keyword == "Scenario" || Keyword == "Example" ||
         Keyword == "Scenario Outline" || Keyword == "Scenario Template";
}

bool splitStep(llvm::StringRef Text, llvm::StringRef &Keyword,
               llvm::StringRef &Rest) {
  for (llvm::StringRef Candidate : StepKeywords) {
    if (startsWithWord(Text, Candidate)) {
      Keyword = Candidate;
      Rest = Text.drop_front(Candidate.size()).trim();
      return true;
    }
  }
  return false;
}

bool splitCells(llvm::StringRef Row, std::vector<std::string> &Cells) {
  std::string Cell;
  bool Closed = false;
  for (size_t I = 1; I < Row.size(); ++I) {
    char C = Row[I];
    if (C == '|') {
      Cells.push_back(llvm::StringRef(Cell).trim(" \t").str());
      Cell.clear();
      Closed = true;
      continue;
    }
    Closed = false;
    if (C == '\\' && I + 1 < Row.size()) {
      char Next = Row[I + 1];
      if (Next == '|' || Next == '\\' || Next == 'n') {
        Cell += Next == 'n' ? '\n' : Next;
        ++I;
        continue;
      }
    }
    Cell += C;
  }
  return Closed;
}

std::vector<llvm::StringRef> tagWords(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Words;
  // A '#' after a blank starts a comment.
  while (!Text.empty() && !Text.starts_with("#")) {
    llvm::StringRef Word = Text.take_front(Text.find_first_of(" \t"));
    Words.push_back(Word);
    Text = Text.drop_front(Word.size()).ltrim(" \t");
  }
  return Words;
}

std::optional<llvm::StringRef> commentLanguage(llvm::StringRef Comment) {
  llvm::StringRef Rest = Comment.drop_front().ltrim();
  if (!Rest.consume_front("language"))
    return std::nullopt;
  Rest = Rest.ltrim();
  if (!Rest.consume_front(":"))
    return std::nullopt;
  return Rest.trim();
}

std::optional<size_t> readDocString(llvm::ArrayRef<Line> Lines, size_t Open,
                                    std::string &Content) {
  llvm::StringRef Delimiter = Lines[Open].Text.take_front(3);
  size_t Indent = Lines[Open].Column - 1;
  llvm::SmallVector<llvm::StringRef, 16> Inside;
  for (size_t At = Open + 1; At < Lines.size(); ++At) {
    const Line &In = Lines[At];
    if (In.Text == Delimiter) {
      Content = unescapeDelimiter(llvm::join(Inside, "\n"), Delimiter.front());
      return At;
    }
    // Remove the delimiter's indentation, or all of a smaller one.
    llvm::StringRef Raw = In.Raw;
    size_t Blanks = 0;
    while (Blanks < Indent && Blanks < Raw.size() && isBlank(Raw[Blanks]))
      ++Blanks;
    Inside.push_back(Raw.drop_front(Blanks));
  }
  return std::nullopt;
}

} // namespace gherkin
} // namespace itdd
