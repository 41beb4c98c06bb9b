//===--- Gherkin.cpp - reading Gherkin .feature files ---------------------===//
//
// A line-oriented reader: every line is classified by its first token
// (keyword, step, table row, doc string delimiter, tag, comment) and fed to
// a small state machine that knows which container is open.
//
//===----------------------------------------------------------------------===//

#include "generators/Gherkin.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace itdd {
namespace gherkin {

namespace {

struct Line {
  unsigned Number = 0;
  unsigned Column = 0; ///< Of the first non-blank character.
  llvm::StringRef Raw;  ///< Without the line break.
  llvm::StringRef Text; ///< Trimmed.
};

/// Where the next description line, step or table row goes.
enum class Open { Nothing, Feature, Rule, Background, Scenario, Examples };

class Reader {
public:
  Reader(llvm::StringRef Text, llvm::StringRef FileName)
      : FileName(FileName) {
    Text.consume_front("\xEF\xBB\xBF");
    llvm::SmallVector<llvm::StringRef, 64> Raws;
    Text.split(Raws, '\n');
    for (llvm::StringRef Raw : Raws) {
      Raw.consume_back("\r");
      Line L;
      L.Number = static_cast<unsigned>(Lines.size()) + 1;
      L.Raw = Raw;
      L.Text = Raw.trim();
      L.Column = L.Text.empty()
                     ? 1
                     : static_cast<unsigned>(Raw.find_first_not_of(" \t")) + 1;
      Lines.push_back(L);
    }
  }

  llvm::Expected<Feature> run() {
    for (Index = 0; Index < Lines.size(); ++Index)
      if (llvm::Error E = line(Lines[Index]))
        return E;
    if (!PendingTags.empty())
      return error(TagsLine, "tags at the end of the file tag nothing; put "
                             "them above a Feature, Rule, Scenario or "
                             "Examples");
    if (!HaveFeature)
      return error(Lines.back(), "no 'Feature:' line; a .feature file "
                                 "starts with 'Feature: <name>'");
    if (llvm::Error E = closeScenario())
      return E;
    return std::move(Result);
  }

private:
  llvm::Error error(const Line &L, const llvm::Twine &Message,
                    unsigned Column = 0) const {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "%s:%u:%u: error: %s",
        FileName.str().c_str(), L.Number, Column ? Column : L.Column,
        Message.str().c_str());
  }

  static Location at(const Line &L) { return {L.Number, L.Column}; }

  /// "Scenario Outline: name" -> keyword and name, when Text starts with
  /// one of the container keywords.
  static bool keyword(llvm::StringRef Text, llvm::StringRef &Keyword,
                      llvm::StringRef &Name) {
    static const char *const Keywords[] = {
        "Feature",          "Rule",     "Background", "Scenario Outline",
        "Scenario Template", "Scenario", "Example",    "Examples",
        "Scenarios"};
    for (const char *K : Keywords) {
      llvm::StringRef Rest = Text;
      if (Rest.consume_front(K) && Rest.consume_front(":")) {
        Keyword = K;
        Name = Rest.trim();
        return true;
      }
    }
    return false;
  }

  static bool stepKeyword(llvm::StringRef Text, llvm::StringRef &Keyword,
                          llvm::StringRef &Rest) {
    if (Text == "*" || Text.starts_with("* ") || Text.starts_with("*\t")) {
      Keyword = "*";
      Rest = Text.drop_front(1).trim();
      return true;
    }
    for (llvm::StringRef K : {"Given", "When", "Then", "And", "But"}) {
      if (Text.starts_with(K) &&
          (Text.size() == K.size() || Text[K.size()] == ' ' ||
           Text[K.size()] == '\t')) {
        Keyword = K;
        Rest = Text.drop_front(K.size()).trim();
        return true;
      }
    }
    return false;
  }

  std::vector<Step> *openSteps() {
    switch (State) {
    case Open::Background:
      if (Background *B = currentBackground())
        return &B->Steps;
      return nullptr;
    case Open::Scenario:
      return &currentScenario()->Steps;
    default:
      return nullptr;
    }
  }

  Background *currentBackground() {
    std::optional<Background> &Bg =
        CurrentRule ? Result.Rules.back().Bg : Result.Bg;
    return Bg ? &*Bg : nullptr;
  }

  std::vector<Scenario> &scenarios() {
    return CurrentRule ? Result.Rules.back().Scenarios : Result.Scenarios;
  }

  Scenario *currentScenario() { return &scenarios().back(); }

  std::string *openDescription() {
    if (!DescriptionOpen)
      return nullptr;
    switch (State) {
    case Open::Feature:
      return &Result.Description;
    case Open::Rule:
      return &Result.Rules.back().Description;
    case Open::Background:
      if (Background *B = currentBackground())
        return &B->Description;
      return nullptr;
    case Open::Scenario:
      return &currentScenario()->Description;
    case Open::Examples:
      return &currentScenario()->ExampleTables.back().Description;
    case Open::Nothing:
      return nullptr;
    }
    return nullptr;
  }

  /// Checks the scenario being closed: an outline needs Examples.
  llvm::Error closeScenario() {
    if (State != Open::Scenario && State != Open::Examples)
      return llvm::Error::success();
    const Scenario &S = *currentScenario();
    if (S.Outline && S.ExampleTables.empty())
      return error(Lines[S.Loc.Line - 1],
                   "'" + S.Keyword + ": " + S.Name +
                       "' has no Examples; add an 'Examples:' table "
                       "below its steps",
                   S.Loc.Column);
    for (const Examples &Ex : S.ExampleTables)
      if (Ex.Header.empty())
        return error(Lines[Ex.Loc.Line - 1],
                     "these Examples have no table; add a header row and "
                     "one row per example",
                     Ex.Loc.Column);
    return llvm::Error::success();
  }

  std::vector<std::string> takeTags() {
    std::vector<std::string> Tags = std::move(PendingTags);
    PendingTags.clear();
    return Tags;
  }

  llvm::Error line(const Line &L) {
    llvm::StringRef T = L.Text;
    if (T.empty())
      return llvm::Error::success();
    if (T.starts_with("#")) {
      llvm::StringRef Rest = T.drop_front().trim();
      if (!HaveFeature && Rest.consume_front("language:")) {
        Rest = Rest.trim();
        if (Rest != "en")
          return error(L, "language '" + Rest +
                              "' is not supported; write the feature with "
                              "English keywords (# language: en)");
      }
      return llvm::Error::success();
    }
    if (T.starts_with("@"))
      return tags(L);
    if (T.starts_with("\"\"\"") || T.starts_with("```"))
      return docString(L);
    if (T.starts_with("|"))
      return tableRow(L);
    llvm::StringRef Keyword, Name;
    if (keyword(T, Keyword, Name))
      return container(L, Keyword, Name);
    llvm::StringRef StepWord, StepText;
    if (stepKeyword(T, StepWord, StepText))
      return step(L, StepWord, StepText);
    if (std::string *Description = openDescription()) {
      if (!PendingTags.empty())
        return error(L, "unexpected text '" + T +
                            "' after tags; tags go right above a Feature, "
                            "Rule, Scenario or Examples line");
      if (!Description->empty())
        *Description += "\n";
      *Description += T.str();
      return llvm::Error::success();
    }
    if (!HaveFeature)
      return error(L, "expected 'Feature:' before '" + T +
                          "'; a .feature file starts with 'Feature: <name>'");
    return error(L, "unexpected text '" + T +
                        "'; a step starts with Given, When, Then, And, But "
                        "or *");
  }

  llvm::Error tags(const Line &L) {
    if (PendingTags.empty())
      TagsLine = L;
    llvm::StringRef Rest = L.Text;
    while (!Rest.empty()) {
      if (Rest.starts_with("#"))
        break;
      auto [Token, Tail] = Rest.split(' ');
      Token = Token.split('\t').first;
      if (!Token.starts_with("@") || Token.size() == 1)
        return error(L, "'" + Token +
                            "' is not a tag; tags start with @ and are "
                            "separated by spaces",
                     static_cast<unsigned>(Token.data() - L.Raw.data()) + 1);
      PendingTags.push_back(Token.str());
      Rest = Rest.drop_front(Token.size()).ltrim();
    }
    return llvm::Error::success();
  }

  llvm::Error container(const Line &L, llvm::StringRef Keyword,
                        llvm::StringRef Name) {
    DescriptionOpen = true;
    if (Keyword == "Feature") {
      if (HaveFeature)
        return error(L, "a second 'Feature:'; put each feature in its own "
                        ".feature file");
      HaveFeature = true;
      Result.Loc = at(L);
      Result.Name = Name.str();
      Result.Tags = takeTags();
      State = Open::Feature;
      return llvm::Error::success();
    }
    if (!HaveFeature)
      return error(L, "expected 'Feature:' before '" + Keyword +
                          ":'; a .feature file starts with 'Feature: <name>'");
    if (Keyword == "Examples" || Keyword == "Scenarios") {
      if (State != Open::Scenario && State != Open::Examples)
        return error(L, "'" + Keyword + ":' outside a scenario; put Examples "
                                        "below the steps of a Scenario "
                                        "Outline");
      Examples Ex;
      Ex.Loc = at(L);
      Ex.Name = Name.str();
      Ex.Tags = takeTags();
      currentScenario()->ExampleTables.push_back(std::move(Ex));
      currentScenario()->Outline = true;
      State = Open::Examples;
      return llvm::Error::success();
    }
    if (llvm::Error E = closeScenario())
      return E;
    if (Keyword == "Rule") {
      Rule R;
      R.Loc = at(L);
      R.Name = Name.str();
      R.Tags = takeTags();
      Result.Rules.push_back(std::move(R));
      CurrentRule = true;
      State = Open::Rule;
      return llvm::Error::success();
    }
    if (Keyword == "Background") {
      if (!PendingTags.empty())
        return error(TagsLine, "a Background cannot have tags; remove them "
                               "or move them to the Feature");
      bool Exists = CurrentRule ? Result.Rules.back().Bg.has_value()
                                : Result.Bg.has_value();
      if (Exists)
        return error(L, llvm::Twine("a second Background in the same ") +
                            (CurrentRule ? "Rule" : "Feature") +
                            "; merge its steps into the first one");
      if (!scenarios().empty())
        return error(L, "a Background after scenarios; move it above the "
                        "first Scenario");
      Background B;
      B.Loc = at(L);
      B.Name = Name.str();
      (CurrentRule ? Result.Rules.back().Bg : Result.Bg) = std::move(B);
      State = Open::Background;
      return llvm::Error::success();
    }
    Scenario S;
    S.Loc = at(L);
    S.Keyword = Keyword.str();
    S.Name = Name.str();
    S.Tags = takeTags();
    S.Outline = Keyword.starts_with("Scenario ");
    scenarios().push_back(std::move(S));
    State = Open::Scenario;
    return llvm::Error::success();
  }

  llvm::Error step(const Line &L, llvm::StringRef Keyword,
                   llvm::StringRef Text) {
    if (!PendingTags.empty())
      return error(TagsLine, "tags above a step tag nothing; put them above "
                             "a Feature, Rule, Scenario or Examples");
    std::vector<Step> *Steps = openSteps();
    if (!Steps) {
      if (State == Open::Examples)
        return error(L, "step '" + L.Text +
                            "' after Examples; steps go above the Examples "
                            "of a Scenario Outline");
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

  /// Splits "| a | b\|c |" into unescaped, trimmed cells.
  llvm::Expected<std::vector<std::string>> cells(const Line &L) {
    llvm::StringRef T = L.Text;
    if (!T.ends_with("|") || T.size() < 2)
      return error(L, "a table row must end with '|'", L.Column + T.size());
    std::vector<std::string> Result;
    std::string Cell;
    for (size_t I = 1; I < T.size(); ++I) {
      char C = T[I];
      if (C == '\\' && I + 1 < T.size()) {
        char Next = T[I + 1];
        if (Next == '|' || Next == '\\' || Next == 'n') {
          Cell += Next == 'n' ? '\n' : Next;
          ++I;
          continue;
        }
      }
      if (C == '|') {
        Result.push_back(llvm::StringRef(Cell).trim(" \t").str());
        Cell.clear();
        continue;
      }
      Cell += C;
    }
    return Result;
  }

  llvm::Error tableRow(const Line &L) {
    if (!PendingTags.empty())
      return error(TagsLine, "tags above a table tag nothing; put them above "
                             "a Feature, Rule, Scenario or Examples");
    llvm::Expected<std::vector<std::string>> Row = cells(L);
    if (!Row)
      return Row.takeError();
    DescriptionOpen = false;
    std::vector<std::vector<std::string>> *Rows = nullptr;
    size_t Width = 0;
    if (State == Open::Examples) {
      Examples &Ex = currentScenario()->ExampleTables.back();
      if (Ex.Header.empty()) {
        Ex.Header = std::move(*Row);
        return llvm::Error::success();
      }
      Rows = &Ex.Rows;
      Width = Ex.Header.size();
    } else if (std::vector<Step> *Steps = openSteps();
               Steps && !Steps->empty() && !Steps->back().Doc) {
      Step &S = Steps->back();
      if (!S.Table) {
        S.Table.emplace();
        S.Table->Loc = at(L);
      }
      Rows = &S.Table->Rows;
      Width = Rows->empty() ? Row->size() : Rows->front().size();
    } else {
      return error(L, "a table row that belongs to no step or Examples; put "
                      "tables right below a step or an 'Examples:' line");
    }
    if (Row->size() != Width)
      return error(L, "this row has " + llvm::Twine(Row->size()) +
                          " cells but the table's first row has " +
                          llvm::Twine(Width) +
                          "; give every row the same columns");
    Rows->push_back(std::move(*Row));
    return llvm::Error::success();
  }

  llvm::Error docString(const Line &L) {
    std::vector<Step> *Steps = openSteps();
    if (!Steps || Steps->empty() || Steps->back().Doc || Steps->back().Table)
      return error(L, "a doc string that belongs to no step; put it right "
                      "below the step it belongs to");
    llvm::StringRef Delimiter = L.Text.take_front(3);
    DocString Doc;
    Doc.Loc = at(L);
    Doc.MediaType = L.Text.drop_front(3).trim().str();
    std::string Escaped = Delimiter.str();
    Escaped.insert(Escaped.begin(), '\\');
    std::vector<std::string> Content;
    size_t Indent = L.Column - 1;
    for (++Index; Index < Lines.size(); ++Index) {
      const Line &In = Lines[Index];
      if (In.Text == Delimiter) {
        Doc.Content = llvm::join(Content, "\n");
        Steps->back().Doc = std::move(Doc);
        DescriptionOpen = false;
        return llvm::Error::success();
      }
      llvm::StringRef Raw = In.Raw;
      size_t Blank = std::min<size_t>(Raw.find_first_not_of(" \t"), Indent);
      Raw = Raw.drop_front(std::min(Blank, Raw.size()));
      std::string Text = Raw.str();
      // \"\"\" inside the content stands for the delimiter itself.
      for (size_t At = Text.find(Escaped.substr(0, 2)); At != std::string::npos;
           At = Text.find(Escaped.substr(0, 2), At + 1)) {
        llvm::StringRef Here = llvm::StringRef(Text).substr(At);
        std::string Spelled = "\\" + Delimiter.take_front(1).str() + "\\" +
                              Delimiter.take_front(1).str() + "\\" +
                              Delimiter.take_front(1).str();
        if (Here.starts_with(Spelled))
          Text.replace(At, Spelled.size(), Delimiter.str());
      }
      Content.push_back(std::move(Text));
    }
    return error(L, "this doc string is never closed; end it with a line "
                    "holding only " + Delimiter);
  }

  llvm::StringRef FileName;
  std::vector<Line> Lines;
  size_t Index = 0;
  Feature Result;
  bool HaveFeature = false;
  bool CurrentRule = false;
  bool DescriptionOpen = false;
  Open State = Open::Nothing;
  std::vector<std::string> PendingTags;
  Line TagsLine;
};

} // namespace

llvm::Expected<Feature> parseFeature(llvm::StringRef Text,
                                     llvm::StringRef FileName) {
  if (Text.trim().empty() || Text.trim() == "\xEF\xBB\xBF")
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s:1:1: error: empty file: a .feature file needs a 'Feature:' line",
        FileName.str().c_str());
  return Reader(Text, FileName).run();
}

} // namespace gherkin
} // namespace itdd
