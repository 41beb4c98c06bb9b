//===--- GherkinTablesTest.cpp - examples, tables, doc strings ------------===//
//
// The Gherkin reader on what a step or an outline carries: Scenario
// Outlines and their Examples, data tables and doc strings.
//
//===----------------------------------------------------------------------===//

#include "GherkinTestSupport.h"

namespace itdd {
namespace gherkin {
namespace {

//===----------------------------------------------------------------------===//
// Scenario Outlines and Examples
//===----------------------------------------------------------------------===//

TEST(GherkinTest, OutlineExamplesBecomeHeaderAndRows) {
  Feature F = parse(R"(Feature: F
  Scenario Outline: Pay <total>
    When she orders <quantity>
    Then she pays <total>

    Examples: Small orders
      | quantity | total |
      | 1        | 10    |
      | 2        | 20    |
)");
  const Scenario &S = F.Scenarios[0];
  EXPECT_TRUE(S.Outline);
  EXPECT_EQ(S.Keyword, "Scenario Outline");
  EXPECT_EQ(S.Name, "Pay <total>");
  ASSERT_EQ(S.ExampleTables.size(), 1u);
  const Examples &Ex = S.ExampleTables[0];
  EXPECT_EQ(Ex.Name, "Small orders");
  EXPECT_EQ(Ex.Loc.Line, 6u);
  EXPECT_EQ(Ex.Loc.Column, 5u);
  EXPECT_EQ(Ex.Header, (Strings{"quantity", "total"}));
  ASSERT_EQ(Ex.Rows.size(), 2u);
  EXPECT_EQ(Ex.Rows[0], (Strings{"1", "10"}));
  EXPECT_EQ(Ex.Rows[1], (Strings{"2", "20"}));
}

TEST(GherkinTest, TemplateAndScenariosAreSynonyms) {
  Feature F = parse(R"(Feature: F
  Scenario Template: T
    When <a>
    Scenarios:
      | a |
      | 1 |
)");
  const Scenario &S = F.Scenarios[0];
  EXPECT_TRUE(S.Outline);
  EXPECT_EQ(S.Keyword, "Scenario Template");
  ASSERT_EQ(S.ExampleTables.size(), 1u);
  EXPECT_EQ(S.ExampleTables[0].Rows, (std::vector<Strings>{{"1"}}));
}

TEST(GherkinTest, SeveralExamplesWithTagsNamesAndDescriptions) {
  Feature F = parse(R"(Feature: F
  Scenario Outline: O
    When <a>
    @fast @smoke
    Examples: First
      Cheap ones.
      | a |
      | 1 |
    @slow
    Scenarios: Second
      | a |
      | 2 |
      | 3 |
)");
  const Scenario &S = F.Scenarios[0];
  EXPECT_TRUE(S.Tags.empty());
  ASSERT_EQ(S.ExampleTables.size(), 2u);
  EXPECT_EQ(S.ExampleTables[0].Name, "First");
  EXPECT_EQ(S.ExampleTables[0].Tags, (Strings{"@fast", "@smoke"}));
  EXPECT_EQ(S.ExampleTables[0].Description, "Cheap ones.");
  EXPECT_EQ(S.ExampleTables[0].Rows.size(), 1u);
  EXPECT_EQ(S.ExampleTables[1].Name, "Second");
  EXPECT_EQ(S.ExampleTables[1].Tags, Strings{"@slow"});
  EXPECT_EQ(S.ExampleTables[1].Rows, (std::vector<Strings>{{"2"}, {"3"}}));
}

TEST(GherkinTest, PlainScenarioWithExamplesIsAnOutline) {
  Feature F = parse("Feature: F\n  Scenario: S\n    When <x>\n"
                    "    Examples:\n      | x |\n      | 1 |\n"
                    "  Example: E\n    When <y>\n"
                    "    Examples:\n      | y |\n      | 2 |\n"
                    "  Scenario: Plain\n    When z\n");
  ASSERT_EQ(F.Scenarios.size(), 3u);
  EXPECT_TRUE(F.Scenarios[0].Outline);
  EXPECT_EQ(F.Scenarios[0].Keyword, "Scenario");
  EXPECT_EQ(F.Scenarios[0].ExampleTables[0].Rows[0][0], "1");
  EXPECT_TRUE(F.Scenarios[1].Outline);
  EXPECT_FALSE(F.Scenarios[2].Outline);
}

TEST(GherkinTest, ExamplesWithOnlyAHeaderHaveNoRows) {
  Feature F = parse("Feature: F\n  Scenario Outline: O\n    When <a>\n"
                    "    Examples:\n      | a |\n");
  EXPECT_EQ(F.Scenarios[0].ExampleTables[0].Header, Strings{"a"});
  EXPECT_TRUE(F.Scenarios[0].ExampleTables[0].Rows.empty());
}

TEST(GherkinTest, OutlinesInsideRules) {
  Feature F = parse(R"(Feature: F
  Rule: R
    Scenario Outline: O
      When <a>
      Examples:
        | a |
        | 1 |
    Scenario: After
)");
  ASSERT_EQ(F.Rules[0].Scenarios.size(), 2u);
  EXPECT_TRUE(F.Rules[0].Scenarios[0].Outline);
  EXPECT_EQ(F.Rules[0].Scenarios[0].ExampleTables[0].Rows.size(), 1u);
}

//===----------------------------------------------------------------------===//
// Data tables
//===----------------------------------------------------------------------===//

TEST(GherkinTest, DataTableAttachesToThePreviousStep) {
  Feature F = parse(R"(Feature: F
  Scenario: S
    Given these users:
      | name | role  |
      # a comment between rows

      | ann  | admin |
    When nothing
)");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  ASSERT_EQ(S.size(), 2u);
  ASSERT_TRUE(S[0].Table.has_value());
  EXPECT_EQ(valueOf(S[0].Table).Loc.Line, 4u);
  EXPECT_EQ(valueOf(S[0].Table).Loc.Column, 7u);
  EXPECT_EQ(valueOf(S[0].Table).Rows,
            (std::vector<Strings>{{"name", "role"}, {"ann", "admin"}}));
  EXPECT_FALSE(S[0].Doc.has_value());
  EXPECT_FALSE(S[1].Table.has_value());
}

TEST(GherkinTest, TableCellsAreTrimmedAndUnescaped) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given\n"
                    "   | a\\|b |  c\\\\d | \te\\nf\t |\n");
  const DataTable &T = valueOf(F.Scenarios[0].Steps[0].Table);
  EXPECT_EQ(T.Rows[0], (Strings{"a|b", "c\\d", "e\nf"}));
  EXPECT_EQ(T.Loc.Line, 4u);
  EXPECT_EQ(T.Loc.Column, 4u);
}

TEST(GherkinTest, OtherBackslashesInCellsAreKept) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given\n"
                    "   | C:\\temp | a\\tb |\n");
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Table).Rows[0],
            (Strings{"C:\\temp", "a\\tb"}));
}

TEST(GherkinTest, EmptyCellsAreKept) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given\n   || |\n"
                    "   |a|b|\n");
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Table).Rows,
            (std::vector<Strings>{{"", ""}, {"a", "b"}}));
}

TEST(GherkinTest, BackgroundStepsTakeTables) {
  Feature F = parse("Feature: F\n Background:\n  Given\n   | a |\n   | b |\n");
  const Step &Given = valueOf(F.Bg).Steps[0];
  EXPECT_EQ(valueOf(Given.Table).Rows.size(), 2u);
}

//===----------------------------------------------------------------------===//
// Doc strings
//===----------------------------------------------------------------------===//

TEST(GherkinTest, DocStringWithQuotesAndMediaType) {
  Feature F = parse(R"(Feature: F
  Scenario: S
    Given a request:
      """json
      {"id": 1}
      """
    When it is sent
)");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  ASSERT_EQ(S.size(), 2u);
  ASSERT_TRUE(S[0].Doc.has_value());
  EXPECT_EQ(valueOf(S[0].Doc).MediaType, "json");
  EXPECT_EQ(valueOf(S[0].Doc).Content, "{\"id\": 1}");
  EXPECT_EQ(valueOf(S[0].Doc).Loc.Line, 4u);
  EXPECT_EQ(valueOf(S[0].Doc).Loc.Column, 7u);
  EXPECT_FALSE(S[0].Table.has_value());
}

TEST(GherkinTest, DocStringWithBackticks) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given text\n"
                    "   ``` markdown\n   # Title\n   \"\"\"\n   ```\n");
  const DocString &D = valueOf(F.Scenarios[0].Steps[0].Doc);
  EXPECT_EQ(D.MediaType, "markdown");
  EXPECT_EQ(D.Content, "# Title\n\"\"\"");
}

TEST(GherkinTest, DocStringIndentationIsRemovedRelativeToTheDelimiter) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given json\n"
                    "    \"\"\"\n    {\n      \"a\": 1\n\n  less\n"
                    "        \n    }\n    \"\"\"\n");
  const DocString &D = valueOf(F.Scenarios[0].Steps[0].Doc);
  // Blank lines are kept; a line indented less than the delimiter loses all
  // of its indentation; blanks beyond the delimiter's indentation stay.
  EXPECT_EQ(D.Content, "{\n  \"a\": 1\n\nless\n    \n}");
}

TEST(GherkinTest, EmptyDocString) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given x\n  \"\"\"\n"
                    "  \"\"\"\n");
  ASSERT_TRUE(F.Scenarios[0].Steps[0].Doc.has_value());
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Doc).Content, "");
}

TEST(GherkinTest, EscapedDelimitersInsideDocStrings) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given quotes\n   \"\"\"\n"
                    "   say \\\"\\\"\\\" and \\`\\`\\`\n   \"\"\"\n"
                    "  And backticks\n   ```\n"
                    "   say \\`\\`\\` and \\\"\\\"\\\"\n   ```\n");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  // Only the delimiter of the doc string itself is unescaped.
  EXPECT_EQ(valueOf(S[0].Doc).Content, "say \"\"\" and \\`\\`\\`");
  EXPECT_EQ(valueOf(S[1].Doc).Content, "say ``` and \\\"\\\"\\\"");
}

TEST(GherkinTest, DocStringContentIsNotParsed) {
  Feature F = parse(R"(Feature: F
  Scenario: S
    Given a text:
      """
      # not a comment
      @not-a-tag
      | not | a table |
      Scenario: not a scenario
      Then not a step
      ```
      """
    Then done
)");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  ASSERT_EQ(S.size(), 2u);
  EXPECT_EQ(valueOf(S[0].Doc).Content, "# not a comment\n@not-a-tag\n"
                                       "| not | a table |\n"
                                       "Scenario: not a scenario\n"
                                       "Then not a step\n```");
  EXPECT_TRUE(F.Tags.empty());
  EXPECT_EQ(F.Scenarios.size(), 1u);
}

TEST(GherkinTest, DocStringsKeepCrLfContentAsLines) {
  Feature F = parse("Feature: F\r\n Scenario: S\r\n  Given x\r\n  \"\"\"\r\n"
                    "  one\r\n  two\r\n  \"\"\"\r\n");
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Doc).Content, "one\ntwo");
}

} // namespace
} // namespace gherkin
} // namespace itdd
