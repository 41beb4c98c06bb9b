//===--- Gherkin.h - reading Gherkin .feature files -------------*- C++ -*-===//
//
// A reader for the Gherkin language (English keywords): Feature, Rule,
// Background, Scenario/Example, Scenario Outline/Template with Examples,
// tags, data tables, doc strings, comments, descriptions and the step
// keywords Given/When/Then/And/But/*. Malformed input is an error naming
// the file, line and column.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GHERKIN_GHERKIN_H
#define ITDD_GHERKIN_GHERKIN_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {
namespace gherkin {

/// 1-based line and column in the .feature file.
struct Location {
  unsigned Line = 0;
  unsigned Column = 0;
};

struct DataTable {
  Location Loc;
  std::vector<std::vector<std::string>> Rows; ///< Cells unescaped, trimmed.
};

struct DocString {
  Location Loc;
  std::string MediaType; ///< What follows the opening delimiter, if any.
  std::string Content;   ///< Lines with the delimiter's indentation removed.
};

/// What a step does in the scenario. And, But and * take the kind of the
/// step before them (Context when they come first).
enum class StepKind { Context, Action, Outcome };

struct Step {
  Location Loc;
  std::string Keyword; ///< As written: Given, When, Then, And, But or *.
  StepKind Kind = StepKind::Context;
  std::string Text; ///< After the keyword, trimmed.
  std::optional<DataTable> Table;
  std::optional<DocString> Doc;
};

struct Examples {
  Location Loc;
  std::vector<std::string> Tags; ///< With the leading @.
  std::string Name;
  std::string Description;
  std::vector<std::string> Header;
  std::vector<std::vector<std::string>> Rows;
};

struct Background {
  Location Loc;
  std::string Name;
  std::string Description;
  std::vector<Step> Steps;
};

struct Scenario {
  Location Loc;
  std::vector<std::string> Tags;
  std::string Keyword; ///< Scenario, Example, Scenario Outline, ...
  std::string Name;
  std::string Description;
  std::vector<Step> Steps;
  std::vector<Examples> ExampleTables;
  bool Outline = false;
};

struct Rule {
  Location Loc;
  std::vector<std::string> Tags;
  std::string Name;
  std::string Description;
  std::optional<Background> Bg;
  std::vector<Scenario> Scenarios;
};

struct Feature {
  Location Loc;
  std::vector<std::string> Tags;
  std::string Name;
  std::string Description;
  std::optional<Background> Bg;
  std::vector<Scenario> Scenarios; ///< Those outside any Rule.
  std::vector<Rule> Rules;
};

/// Parses the text of one .feature file. Errors read
/// "FILE:LINE:COLUMN: error: what is wrong; what to do".
llvm::Expected<Feature> parseFeature(llvm::StringRef Text,
                                     llvm::StringRef FileName);

} // namespace gherkin
} // namespace itdd

#endif // ITDD_GHERKIN_GHERKIN_H
