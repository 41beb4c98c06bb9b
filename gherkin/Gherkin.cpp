//===--- Gherkin.cpp - reading Gherkin .feature files ---------------------===//
//
// A line-oriented reader: every line is classified by its first token
// (comment, tags, doc string delimiter, table row, header keyword, step or
// free text; Lines.h) and handed to a small state machine over the part of
// the feature that is open (FeatureCursor.h). A doc string is read whole
// where it opens, because nothing inside it is a keyword.
//
//===----------------------------------------------------------------------===//

#include "gherkin/Gherkin.h"
#include "gherkin/FeatureCursor.h"
#include "gherkin/Lines.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"

namespace itdd {
namespace gherkin {

namespace {

constexpr llvm::StringLiteral TagAdvice =
    "put tags right above a Feature, Rule, Scenario or Examples line";

/// Reads the file line by line into the feature the cursor holds.
class Reader : FeatureCursor {
public:
  Reader(llvm::StringRef Text, llvm::StringRef FileName)
      : FileName(FileName), Lines(splitLines(Text)) {}

  llvm::Expected<Feature> read() {
    for (const Line &L : Lines)
      if (llvm::Error E = utf8(L))
        return E;
    for (Index = 0; Index < Lines.size(); ++Index)
      if (llvm::Error E = line(Lines[Index]))
        return E;
    if (!PendingTags.empty())
      return error(TagsLine,
                   "tags with nothing to tag at the end of the file; " +
                       TagAdvice);
    if (!HaveFeature)
      return errorAt({1, 1}, "empty file: a .feature file needs a "
                             "'Feature:' line");
    if (llvm::Error E = closeScenario())
      return E;
    return std::move(Result);
  }

private:
  llvm::Error errorAt(Location Loc, const llvm::Twine &Message) const {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "%s:%u:%u: error: %s",
        FileName.str().c_str(), Loc.Line, Loc.Column, Message.str().c_str());
  }

  llvm::Error error(const Line &L, const llvm::Twine &Message,
                    unsigned Column = 0) const {
    return errorAt({L.Number, Column ? Column : L.Column}, Message);
  }

  static Location at(const Line &L) { return {L.Number, L.Column}; }

  std::vector<std::string> takeTags() {
    std::vector<std::string> Tags = std::move(PendingTags);
    PendingTags.clear();
    return Tags;
  }

  /// Checks the scenario being left: an outline needs Examples, and every
  /// Examples needs a table.
  llvm::Error closeScenario() {
    if (State != Open::Scenario && State != Open::Examples)
      return llvm::Error::success();
    const Scenario &S = currentScenario();
    if (S.Outline && S.ExampleTables.empty())
      return errorAt(S.Loc, "'" + S.Keyword + ": " + S.Name +
                                "' has no Examples; add an 'Examples:' "
                                "table below its steps");
    for (const Examples &Ex : S.ExampleTables)
      if (Ex.Header.empty())
        return errorAt(Ex.Loc, "these Examples have no table; add a header "
                               "row and one row per example below this line");
    return llvm::Error::success();
  }

  llvm::Error line(const Line &L) {
    llvm::StringRef T = L.Text;
    if (T.empty())
      return llvm::Error::success();
    if (T.starts_with("#"))
      return comment(L);
    if (T.starts_with("@"))
      return tags(L);
    llvm::StringRef Keyword, Name;
    bool IsHeader = splitHeader(T, Keyword, Name);
    if (!HaveFeature && !(IsHeader && Keyword == "Feature")) {
      if (IsHeader && isScenarioKeyword(Keyword))
        return error(L, "expected 'Feature:' before any scenario; start the "
                        "file with 'Feature: <name>'");
      return error(L, "expected 'Feature:' before '" + T +
                          "'; start the file with 'Feature: <name>'");
    }
    if (IsHeader)
      return header(L, Keyword, Name);
    bool IsDocString = T.starts_with("\"\"\"") || T.starts_with("```");
    bool IsTableRow = T.starts_with("|");
    llvm::StringRef StepWord, StepText;
    bool IsStep = splitStep(T, StepWord, StepText);
    if (!PendingTags.empty()) {
      llvm::StringRef What = IsDocString  ? "a doc string"
                             : IsTableRow ? "a table row"
                             : IsStep     ? "a step"
                                          : "text";
      return error(TagsLine,
                   llvm::Twine("tags with nothing to tag: they are followed "
                               "by ") +
                       What + " on line " + llvm::Twine(L.Number) + "; " +
                       TagAdvice);
    }
    if (IsDocString)
      return docString(L);
    if (IsTableRow)
      return tableRow(L);
    if (IsStep)
      return step(L, StepWord, StepText);
    return text(L);
  }

  /// Names, steps and tables become C++ identifiers and comments: a byte
  /// that is not UTF-8 (a file saved as Latin-1) would reach them garbled.
  llvm::Error utf8(const Line &L) const {
    std::optional<size_t> At = firstNonUtf8(L.Raw);
    if (!At)
      return llvm::Error::success();
    return error(L,
                 "byte 0x" +
                     llvm::utohexstr(static_cast<unsigned char>(L.Raw[*At])) +
                     " is not UTF-8; save the file as UTF-8",
                 static_cast<unsigned>(*At) + 1);
  }

  /// Comments are ignored, but a language other than English before the
  /// Feature would make every keyword unreadable.
  llvm::Error comment(const Line &L) {
    if (HaveFeature)
      return llvm::Error::success();
    std::optional<llvm::StringRef> Language = commentLanguage(L.Text);
    if (!Language || *Language == "en")
      return llvm::Error::success();
    return error(L, "language '" + *Language +
                        "' is not supported; only English keywords are "
                        "supported: write Feature, Scenario, Given, ... in "
                        "English and remove this line");
  }

  llvm::Error tags(const Line &L) {
    if (PendingTags.empty())
      TagsLine = L;
    for (llvm::StringRef Word : tagWords(L.Text)) {
      if (!Word.starts_with("@") || Word.size() == 1)
        return error(L,
                     "'" + Word +
                         "' is not a tag; tags start with @ followed by a "
                         "name, separated by spaces",
                     static_cast<unsigned>(Word.data() - L.Raw.data()) + 1);
      PendingTags.push_back(Word.str());
    }
    return llvm::Error::success();
  }

  llvm::Error header(const Line &L, llvm::StringRef Keyword,
                     llvm::StringRef Name) {
    if (Keyword == "Feature") {
      if (HaveFeature)
        return error(L, "a second 'Feature:'; put each feature in its own "
                        ".feature file");
      HaveFeature = true;
      Result.Loc = at(L);
      Result.Tags = takeTags();
      Result.Name = Name.str();
      open(Open::Feature);
      return llvm::Error::success();
    }
    if (Keyword == "Examples" || Keyword == "Scenarios")
      return examples(L, Keyword, Name);
    if (llvm::Error E = closeScenario())
      return E;
    if (Keyword == "Rule") {
      Rule R;
      R.Loc = at(L);
      R.Tags = takeTags();
      R.Name = Name.str();
      Result.Rules.push_back(std::move(R));
      open(Open::Rule);
      return llvm::Error::success();
    }
    if (Keyword == "Background")
      return startBackground(L, Name);
    Scenario S;
    S.Loc = at(L);
    S.Tags = takeTags();
    S.Keyword = Keyword.str();
    S.Name = Name.str();
    S.Outline = Keyword == "Scenario Outline" || Keyword == "Scenario Template";
    scenarios().push_back(std::move(S));
    open(Open::Scenario);
    return llvm::Error::success();
  }

  llvm::Error startBackground(const Line &L, llvm::StringRef Name) {
    if (!PendingTags.empty())
      return error(TagsLine, "a Background cannot have tags; remove them or "
                             "move them to the Feature or Rule");
    llvm::StringRef Level = Result.Rules.empty() ? "Feature" : "Rule";
    std::optional<Background> &Bg = background();
    if (Bg)
      return error(L, "a second Background in the same " + Level +
                          "; merge its steps into the first one (line " +
                          llvm::Twine(Bg->Loc.Line) + ")");
    if (!scenarios().empty())
      return error(L, "a Background after scenarios; move it above the "
                      "first Scenario of the " +
                          Level);
    Bg.emplace();
    Bg->Loc = at(L);
    Bg->Name = Name.str();
    open(Open::Background);
    return llvm::Error::success();
  }

  llvm::Error examples(const Line &L, llvm::StringRef Keyword,
                       llvm::StringRef Name) {
    if (State != Open::Scenario && State != Open::Examples)
      return error(L, "'" + Keyword +
                          ":' outside a scenario; put Examples below the "
                          "steps of a Scenario Outline");
    Examples Ex;
    Ex.Loc = at(L);
    Ex.Tags = takeTags();
    Ex.Name = Name.str();
    Scenario &S = currentScenario();
    // A plain Scenario with Examples runs once per row, like an outline.
    S.Outline = true;
    S.ExampleTables.push_back(std::move(Ex));
    open(Open::Examples);
    return llvm::Error::success();
  }

  llvm::Error step(const Line &L, llvm::StringRef Keyword,
                   llvm::StringRef Text) {
    std::vector<Step> *Steps = openSteps();
    if (!Steps) {
      if (State == Open::Examples)
        return error(L, "step '" + L.Text +
                            "' after Examples; move it above the "
                            "'Examples:' line");
      return error(L, "step '" + L.Text +
                          "' outside a scenario; put steps under a "
                          "'Scenario:' or 'Background:'");
    }
    DescriptionOpen = false;
    Step S;
    S.Loc = at(L);
    S.Keyword = Keyword.str();
    S.Text = Text.str();
    if (Keyword == "Given")
      S.Kind = StepKind::Context;
    else if (Keyword == "When")
      S.Kind = StepKind::Action;
    else if (Keyword == "Then")
      S.Kind = StepKind::Outcome;
    else
      S.Kind = Steps->empty() ? StepKind::Context : Steps->back().Kind;
    Steps->push_back(std::move(S));
    return llvm::Error::success();
  }

  llvm::Error tableRow(const Line &L) {
    std::vector<std::string> Cells;
    if (!splitCells(L.Text, Cells))
      return error(L,
                   "this table row does not end with '|'; close it with '|' "
                   "(write '\\|' for a '|' inside a cell)",
                   L.Column + static_cast<unsigned>(L.Text.size()));
    std::vector<std::vector<std::string>> *Rows = nullptr;
    size_t Width = 0;
    if (State == Open::Examples) {
      Examples &Ex = currentScenario().ExampleTables.back();
      if (Ex.Header.empty()) {
        Ex.Header = std::move(Cells);
        DescriptionOpen = false;
        return llvm::Error::success();
      }
      Rows = &Ex.Rows;
      Width = Ex.Header.size();
    } else {
      std::vector<Step> *Steps = openSteps();
      if (!Steps || Steps->empty())
        return error(L, "a table row that belongs to no step or Examples; "
                        "put tables right below a step or an 'Examples:' "
                        "line");
      Step &Owner = Steps->back();
      if (Owner.Doc)
        return error(L, "a table after the doc string of step '" +
                            Owner.Keyword + " " + Owner.Text +
                            "'; a step takes a table or a doc string, not "
                            "both");
      if (!Owner.Table) {
        Owner.Table.emplace();
        Owner.Table->Loc = at(L);
      }
      Rows = &Owner.Table->Rows;
      Width = Rows->empty() ? Cells.size() : Rows->front().size();
    }
    if (Cells.size() != Width)
      return error(L, "this row has " + llvm::Twine(Cells.size()) +
                          " cells but the table's first row has " +
                          llvm::Twine(Width) +
                          "; give every row the same columns");
    DescriptionOpen = false;
    Rows->push_back(std::move(Cells));
    return llvm::Error::success();
  }

  /// Reads the doc string that opens on L up to its closing delimiter.
  llvm::Error docString(const Line &L) {
    std::vector<Step> *Steps = openSteps();
    if (!Steps || Steps->empty())
      return error(L, "a doc string that belongs to no step; put it right "
                      "below the step it belongs to");
    Step &Owner = Steps->back();
    if (Owner.Table)
      return error(L, "a doc string after the table of step '" + Owner.Keyword +
                          " " + Owner.Text +
                          "'; a step takes a table or a doc string, not "
                          "both");
    if (Owner.Doc)
      return error(L, "a second doc string for step '" + Owner.Keyword + " " +
                          Owner.Text +
                          "'; a step takes one doc string, merge them");
    DocString Doc;
    Doc.Loc = at(L);
    Doc.MediaType = L.Text.drop_front(3).trim().str();
    std::optional<size_t> Close = readDocString(Lines, Index, Doc.Content);
    if (!Close)
      return error(L, "this doc string is never closed; end it with a line "
                      "holding only " +
                          L.Text.take_front(3));
    Owner.Doc = std::move(Doc);
    Index = *Close;
    DescriptionOpen = false;
    return llvm::Error::success();
  }

  llvm::Error text(const Line &L) {
    if (std::string *Description = openDescription()) {
      if (!Description->empty())
        *Description += '\n';
      *Description += L.Text.str();
      return llvm::Error::success();
    }
    llvm::StringRef Keyword = headerWithoutColon(L.Text);
    if (!Keyword.empty())
      return error(L, "unexpected text '" + L.Text + "'; a '" + Keyword +
                          "' line needs a colon: '" + Keyword + ": <name>'");
    return error(L, "unexpected text '" + L.Text +
                        "'; a step must start with Given, When, Then, And, "
                        "But or *");
  }

  llvm::StringRef FileName;
  const std::vector<Line> Lines;
  size_t Index = 0; ///< Of the line being read.
  bool HaveFeature = false;
  std::vector<std::string> PendingTags;
  Line TagsLine; ///< The first line of PendingTags.
};

} // namespace

llvm::Expected<Feature> parseFeature(llvm::StringRef Text,
                                     llvm::StringRef FileName) {
  return Reader(Text, FileName).read();
}

} // namespace gherkin
} // namespace itdd
