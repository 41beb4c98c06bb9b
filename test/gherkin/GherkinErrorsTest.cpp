//===--- GherkinErrorsTest.cpp - what the reader refuses ------------------===//
//
// Malformed .feature files: each refusal names the file, line and column,
// says what is wrong and what to do.
//
//===----------------------------------------------------------------------===//

#include "GherkinTestSupport.h"

namespace itdd {
namespace gherkin {
namespace {

//===----------------------------------------------------------------------===//
// Malformed input
//===----------------------------------------------------------------------===//

TEST(GherkinTest, ErrorNamesTheFileAndSaysWhatToDo) {
  llvm::Expected<Feature> Result =
      parseFeature("Feature: Broken\n  Some words.\n\n    Then it breaks\n",
                   "features/bad.feature");
  ASSERT_FALSE(Result);
  EXPECT_EQ(llvm::toString(Result.takeError()),
            "features/bad.feature:4:5: error: step 'Then it breaks' outside "
            "a scenario; put steps under a 'Scenario:' or 'Background:'");
}

TEST(GherkinTest, EmptyFileIsAnError) {
  EXPECT_TRUE(
      failsAt("", 1, 1, "empty file: a .feature file needs a 'Feature:' line"));
  EXPECT_TRUE(failsAt("\n  \r\n\t\n", 1, 1, "empty file"));
  EXPECT_TRUE(failsAt("\xEF\xBB\xBF", 1, 1, "empty file"));
  EXPECT_TRUE(failsAt("# only a comment\n", 1, 1, "empty file"));
}

TEST(GherkinTest, ContentBeforeTheFeatureIsAnError) {
  EXPECT_TRUE(failsAt("\n  Scenario: S\n", 2, 3,
                      "expected 'Feature:' before any scenario; start the "
                      "file with 'Feature: <name>'"));
  EXPECT_TRUE(failsAt("Scenario Outline: O\n", 1, 1,
                      "expected 'Feature:' before any scenario"));
  EXPECT_TRUE(failsAt("# c\nHello\nFeature: F\n", 2, 1,
                      "expected 'Feature:' before 'Hello'"));
  EXPECT_TRUE(
      failsAt("@t\n Given x\n", 2, 2, "expected 'Feature:' before 'Given x'"));
  EXPECT_TRUE(
      failsAt("Rule: R\n", 1, 1, "expected 'Feature:' before 'Rule: R'"));
  EXPECT_TRUE(failsAt("| a |\n", 1, 1, "expected 'Feature:' before '| a |'"));
}

TEST(GherkinTest, SecondFeatureIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n  Scenario: S\n\n  Feature: G\n", 4, 3,
                      "a second 'Feature:'; put each feature in its own "
                      ".feature file"));
}

TEST(GherkinTest, StepOutsideAScenarioIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n  Given x\n", 2, 3,
                      "step 'Given x' outside a scenario; put steps under a "
                      "'Scenario:' or 'Background:'"));
  EXPECT_TRUE(failsAt("Feature: F\n  Rule: R\n    * x\n", 3, 5,
                      "step '* x' outside a scenario"));
}

TEST(GherkinTest, StepAfterExamplesIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n"
                      "  Examples:\n   | a |\n   | 1 |\n  Then b\n",
                      7, 3,
                      "step 'Then b' after Examples; move it above the "
                      "'Examples:' line"));
}

TEST(GherkinTest, UnexpectedTextIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  Foo bar\n", 4, 3,
                      "unexpected text 'Foo bar'; a step must start with "
                      "Given, When, Then, And, But or *"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  *x\n", 4, 3,
                      "unexpected text '*x'"));
  // Keywords are case-sensitive.
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given y\n  given x\n", 4, 3,
                      "unexpected text 'given x'"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n"
                      "   | a |\n  words\n",
                      5, 3, "unexpected text 'words'"));
}

TEST(GherkinTest, HeaderWithoutColonIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n"
                      " Scenario Outline Two\n",
                      4, 2,
                      "unexpected text 'Scenario Outline Two'; a 'Scenario "
                      "Outline' line needs a colon: 'Scenario Outline: "
                      "<name>'"));
}

TEST(GherkinTest, RowWithTheWrongNumberOfCellsIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n"
                      "   | a | b | c | d |\n   | 1 | 2 | 3 |\n",
                      5, 4,
                      "this row has 3 cells but the table's first row has 4; "
                      "give every row the same columns"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n"
                      "  Examples:\n   | a |\n   | 1 |\n    | 1 | 2 |\n",
                      7, 5,
                      "this row has 2 cells but the table's first row has 1"));
}

TEST(GherkinTest, RowWithoutClosingBarIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n   | a | b\n", 4,
                      11, "this table row does not end with '|'"));
  // An escaped bar does not close the row.
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n   | a \\|\n", 4,
                      10, "does not end with '|'"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n   |\n", 4, 5,
                      "does not end with '|'"));
}

TEST(GherkinTest, TableWithNothingToAttachToIsAnError) {
  const char *Advice = "a table row that belongs to no step or Examples; put "
                       "tables right below a step or an 'Examples:' line";
  EXPECT_TRUE(failsAt("Feature: F\n | a |\n", 2, 2, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  | a |\n", 3, 3, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Background:\n  | a |\n", 3, 3, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Rule: R\n  | a |\n", 3, 3, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  \"\"\"\n  t\n"
                      "  \"\"\"\n  | a |\n",
                      7, 3,
                      "a table after the doc string of step 'Given x'; a "
                      "step takes a table or a doc string, not both"));
}

TEST(GherkinTest, DocStringWithNothingToAttachToIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  \"\"\"\n  \"\"\"\n", 3, 3,
                      "a doc string that belongs to no step; put it right "
                      "below the step it belongs to"));
  EXPECT_TRUE(failsAt("Feature: F\n  ```\n  ```\n", 2, 3,
                      "a doc string that belongs to no step"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n   | a |\n"
                      "  \"\"\"\n  \"\"\"\n",
                      5, 3,
                      "a doc string after the table of step 'Given x'; a "
                      "step takes a table or a doc string, not both"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  \"\"\"\n"
                      "  \"\"\"\n  ```\n  ```\n",
                      6, 3,
                      "a second doc string for step 'Given x'; a step takes "
                      "one doc string"));
}

TEST(GherkinTest, UnterminatedDocStringIsAnErrorAtItsOpening) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n   \"\"\"text\n"
                      "   open\n\n",
                      4, 4,
                      "this doc string is never closed; end it with a line "
                      "holding only \"\"\""));
  // A doc string opened with backticks is not closed by quotes.
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  ```\n"
                      "  \"\"\"\n",
                      4, 3,
                      "never closed; end it with a line holding only "
                      "```"));
}

TEST(GherkinTest, BytesThatAreNotUtf8AreAnErrorAtTheFirstOne) {
  // "Café" saved as Latin-1; the line before it holds valid UTF-8.
  EXPECT_TRUE(failsAt("Feature: Cr\xC3\xA8me\n  Scenario: Caf\xE9 opens\n",
                      2, 16,
                      "byte 0xE9 is not UTF-8; save the file as UTF-8"));
  // A multi-byte sequence cut short.
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given \xE2\x82\n", 3, 9,
                      "byte 0xE2 is not UTF-8"));
}

TEST(GherkinTest, OutlineWithoutExamplesIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n", 2, 2,
                      "'Scenario Outline: O' has no Examples; add an "
                      "'Examples:' table below its steps"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Template: T\n Scenario: Next\n", 2,
                      2, "'Scenario Template: T' has no Examples"));
  EXPECT_TRUE(failsAt("Feature: F\n  Scenario Outline: O\n  Rule: R\n", 2, 3,
                      "has no Examples"));
}

TEST(GherkinTest, ExamplesWithoutTableIsAnError) {
  const char *Advice = "these Examples have no table; add a header row and "
                       "one row per example";
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n"
                      "  Examples:\n",
                      4, 3, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n"
                      "  Examples: none\n    Just words.\n Scenario: S\n",
                      4, 3, Advice));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario Outline: O\n  When <a>\n"
                      "  Examples: A\n  Examples: B\n   | a |\n   | 1 |\n",
                      4, 3, Advice));
}

TEST(GherkinTest, ExamplesOutsideAScenarioIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Examples:\n  | a |\n", 2, 2,
                      "'Examples:' outside a scenario; put Examples below "
                      "the steps of a Scenario Outline"));
  EXPECT_TRUE(failsAt("Feature: F\n Background:\n  Given x\n Scenarios:\n", 4,
                      2, "'Scenarios:' outside a scenario"));
  EXPECT_TRUE(failsAt("Feature: F\n Rule: R\n  Examples:\n", 3, 3,
                      "'Examples:' outside a scenario"));
}

TEST(GherkinTest, SecondBackgroundIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Background:\n  Given a\n Background:\n", 4,
                      2,
                      "a second Background in the same Feature; merge its "
                      "steps into the first one (line 2)"));
  EXPECT_TRUE(failsAt("Feature: F\n Rule: R\n  Background:\n  Background:\n", 4,
                      3, "a second Background in the same Rule"));
}

TEST(GherkinTest, BackgroundAfterScenariosIsAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n Background:\n", 4,
                      2,
                      "a Background after scenarios; move it above the first "
                      "Scenario of the Feature"));
  EXPECT_TRUE(failsAt("Feature: F\n Rule: R\n  Example: E\n  Background:\n", 4,
                      3, "first Scenario of the Rule"));
}

TEST(GherkinTest, BackgroundInARuleAfterFeatureScenariosIsFine) {
  Feature F = parse("Feature: F\n Scenario: S\n Rule: R\n  Background:\n"
                    "   Given x\n");
  EXPECT_TRUE(F.Rules[0].Bg.has_value());
}

TEST(GherkinTest, LanguagesOtherThanEnglishAreAnError) {
  EXPECT_TRUE(failsAt("# language: fr\nFonctionnalit\xC3\xA9: F\n", 1, 1,
                      "language 'fr' is not supported; only English keywords "
                      "are supported"));
  EXPECT_TRUE(failsAt("\n  #language:de\nFeature: F\n", 2, 3,
                      "language 'de' is not supported"));
  EXPECT_TRUE(failsAt("@t\n# language : en-pirate\nFeature: F\n", 2, 1,
                      "language 'en-pirate' is not supported"));
}

TEST(GherkinTest, TagsWithNothingToTagAreAnError) {
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n @dangling\n", 4, 2,
                      "tags with nothing to tag at the end of the file; put "
                      "tags right above a Feature, Rule, Scenario or "
                      "Examples line"));
  EXPECT_TRUE(failsAt("@a\n", 1, 1, "tags with nothing to tag at the end"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  @a\n  @b\n  Given x\n", 3, 3,
                      "tags with nothing to tag: they are followed by a step "
                      "on line 5"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  @a\n   | a |\n",
                      4, 3, "followed by a table row on line 5"));
  EXPECT_TRUE(failsAt("Feature: F\n Scenario: S\n  Given x\n  @a\n  \"\"\"\n"
                      "  \"\"\"\n",
                      4, 3, "followed by a doc string on line 5"));
  EXPECT_TRUE(failsAt("Feature: F\n  @a\n  Words\n", 2, 3,
                      "followed by text on line 3"));
  EXPECT_TRUE(failsAt("Feature: F\n  @a\n  Background:\n", 2, 3,
                      "a Background cannot have tags; remove them or move "
                      "them to the Feature or Rule"));
}

TEST(GherkinTest, TokenWithoutAtOnATagLineIsAnError) {
  EXPECT_TRUE(failsAt("@ok notatag\nFeature: F\n", 1, 5,
                      "'notatag' is not a tag; tags start with @ followed by "
                      "a name, separated by spaces"));
  EXPECT_TRUE(failsAt("Feature: F\n  @ok @ \n", 2, 7, "'@' is not a tag"));
}

TEST(GherkinTest, ErrorsInCrLfFilesHaveTheSameLocations) {
  EXPECT_TRUE(failsAt("\xEF\xBB\xBF"
                      "Feature: F\r\n Scenario: S\r\n  Given x\r\n  Oops\r\n",
                      4, 3, "unexpected text 'Oops';"));
}

} // namespace
} // namespace gherkin
} // namespace itdd
