//===--- GherkinTest.cpp - the Gherkin reader -----------------------------===//

#include "generators/Gherkin.h"
#include "gtest/gtest.h"

using namespace itdd::gherkin;

namespace {

Feature parse(llvm::StringRef Text) {
  llvm::Expected<Feature> F = parseFeature(Text, "f.feature");
  if (!F) {
    ADD_FAILURE() << llvm::toString(F.takeError());
    return Feature();
  }
  return std::move(*F);
}

std::string errorOf(llvm::StringRef Text) {
  llvm::Expected<Feature> F = parseFeature(Text, "f.feature");
  if (F)
    return "no error";
  return llvm::toString(F.takeError());
}

TEST(GherkinTest, ShopCheckoutFeature) {
  Feature F = parse(R"(# The checkout journeys of the shop.
@checkout
Feature: Checkout
  Customers buy products that are in stock, pay by card, and get their
  order confirmed by e-mail.

  Background:
    Given the shop sells these products:
      | sku  | name   | price | stock |
      | book | A Book | 15.00 | 5     |
      | lamp | A Lamp | 40.00 | 1     |
    And "ann@example.com" has an account

  @happy-path
  Scenario: Customer buys an in-stock item and receives confirmation
    Given ann is signed in
    When she orders 2 of "book"
    Then her order is confirmed
    And she receives an e-mail:
      """
      Thank you. Order 1 total 4099 cents.
      """
    But the lamp's stock is unchanged

  Scenario: Guest cannot place an order without signing in
    When a guest orders 1 of "book"
    Then the shop asks them to sign in
    * no order is stored

  @payments
  Scenario Outline: Customer pays shipping only below the threshold
    Given ann is signed in
    When she orders <quantity> of "<sku>"
    Then she is charged <total>

    Examples:
      | sku  | quantity | total |
      | book | 1        | 22.99 |
      | book | 4        | 72.00 |
      | lamp | 1        | 52.99 |
)");
  EXPECT_EQ(F.Name, "Checkout");
  EXPECT_EQ(F.Tags, std::vector<std::string>{"@checkout"});
  EXPECT_EQ(F.Description, "Customers buy products that are in stock, pay by "
                           "card, and get their\norder confirmed by e-mail.");
  EXPECT_EQ(F.Loc.Line, 3u);
  ASSERT_TRUE(F.Bg.has_value());
  ASSERT_EQ(F.Bg->Steps.size(), 2u);
  ASSERT_TRUE(F.Bg->Steps[0].Table.has_value());
  EXPECT_EQ(F.Bg->Steps[0].Table->Rows.size(), 3u);
  EXPECT_EQ(F.Bg->Steps[0].Table->Rows[1][1], "A Book");
  ASSERT_EQ(F.Scenarios.size(), 3u);
  const Scenario &Happy = F.Scenarios[0];
  EXPECT_EQ(Happy.Tags, std::vector<std::string>{"@happy-path"});
  EXPECT_EQ(Happy.Loc.Line, 15u);
  EXPECT_EQ(Happy.Loc.Column, 3u);
  ASSERT_EQ(Happy.Steps.size(), 5u);
  ASSERT_TRUE(Happy.Steps[3].Doc.has_value());
  EXPECT_EQ(Happy.Steps[3].Doc->Content,
            "Thank you. Order 1 total 4099 cents.");
  EXPECT_EQ(Happy.Steps[4].Keyword, "But");
  EXPECT_EQ(Happy.Steps[4].Kind, StepKind::Outcome);
  const Scenario &Guest = F.Scenarios[1];
  EXPECT_EQ(Guest.Steps[2].Keyword, "*");
  EXPECT_EQ(Guest.Steps[2].Text, "no order is stored");
  EXPECT_EQ(Guest.Steps[2].Kind, StepKind::Outcome);
  const Scenario &Outline = F.Scenarios[2];
  EXPECT_TRUE(Outline.Outline);
  EXPECT_EQ(Outline.Keyword, "Scenario Outline");
  ASSERT_EQ(Outline.ExampleTables.size(), 1u);
  EXPECT_EQ(Outline.ExampleTables[0].Header,
            (std::vector<std::string>{"sku", "quantity", "total"}));
  EXPECT_EQ(Outline.ExampleTables[0].Rows.size(), 3u);
  EXPECT_EQ(Outline.ExampleTables[0].Rows[2][2], "52.99");
}

TEST(GherkinTest, StepKindsFollowThePreviousStep) {
  Feature F = parse("Feature: F\n Scenario: S\n  And first\n  When act\n"
                    "  And more\n  Then see\n  But not that\n");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  EXPECT_EQ(S[0].Kind, StepKind::Context);
  EXPECT_EQ(S[1].Kind, StepKind::Action);
  EXPECT_EQ(S[2].Kind, StepKind::Action);
  EXPECT_EQ(S[3].Kind, StepKind::Outcome);
  EXPECT_EQ(S[4].Kind, StepKind::Outcome);
}

TEST(GherkinTest, RulesHaveTheirOwnBackgroundAndScenarios) {
  Feature F = parse(R"(Feature: F
  Scenario: Outside
    Given a
  @r
  Rule: Quiet hours
    Only by day.
    Background:
      Given quiet hours
    Example: Inside
      Then b
)");
  ASSERT_EQ(F.Scenarios.size(), 1u);
  ASSERT_EQ(F.Rules.size(), 1u);
  EXPECT_EQ(F.Rules[0].Name, "Quiet hours");
  EXPECT_EQ(F.Rules[0].Tags, std::vector<std::string>{"@r"});
  EXPECT_EQ(F.Rules[0].Description, "Only by day.");
  ASSERT_TRUE(F.Rules[0].Bg.has_value());
  EXPECT_EQ(F.Rules[0].Bg->Steps[0].Text, "quiet hours");
  ASSERT_EQ(F.Rules[0].Scenarios.size(), 1u);
  EXPECT_EQ(F.Rules[0].Scenarios[0].Keyword, "Example");
}

TEST(GherkinTest, SeveralExamplesWithTagsAndNames) {
  Feature F = parse(R"(Feature: F
  Scenario Template: T
    When <a>
    @fast @slow
    Examples: First
      | a |
      | 1 |
    Scenarios: Second
      | a |
      | 2 |
)");
  const Scenario &S = F.Scenarios[0];
  ASSERT_EQ(S.ExampleTables.size(), 2u);
  EXPECT_EQ(S.ExampleTables[0].Name, "First");
  EXPECT_EQ(S.ExampleTables[0].Tags,
            (std::vector<std::string>{"@fast", "@slow"}));
  EXPECT_EQ(S.ExampleTables[1].Rows[0][0], "2");
}

TEST(GherkinTest, ScenarioWithExamplesIsAnOutline) {
  Feature F = parse("Feature: F\n Scenario: S\n  When <x>\n Examples:\n"
                    "  | x |\n  | 1 |\n");
  EXPECT_TRUE(F.Scenarios[0].Outline);
}

TEST(GherkinTest, TableCellsAreUnescapedAndTrimmed) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given\n"
                    "   | a\\|b | c\\\\d |  e\\nf  |\n");
  const DataTable &T = *F.Scenarios[0].Steps[0].Table;
  EXPECT_EQ(T.Rows[0], (std::vector<std::string>{"a|b", "c\\d", "e\nf"}));
  EXPECT_EQ(T.Loc.Line, 4u);
  EXPECT_EQ(T.Loc.Column, 4u);
}

TEST(GherkinTest, DocStringsKeepRelativeIndentationAndMediaType) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given json\n"
                    "    ```json\n    {\n      \"a\": 1\n\n    }\n    ```\n");
  const DocString &D = *F.Scenarios[0].Steps[0].Doc;
  EXPECT_EQ(D.MediaType, "json");
  EXPECT_EQ(D.Content, "{\n  \"a\": 1\n\n}");
  EXPECT_EQ(D.Loc.Line, 4u);
}

TEST(GherkinTest, EscapedDelimitersInsideDocStrings) {
  Feature F = parse("Feature: F\n Scenario: S\n  Given text\n   \"\"\"\n"
                    "   say \\\"\\\"\\\" here\n   \"\"\"\n");
  EXPECT_EQ(F.Scenarios[0].Steps[0].Doc->Content, "say \"\"\" here");
}

TEST(GherkinTest, CommentsAndBlankLinesAreIgnoredButKeptInDocStrings) {
  Feature F = parse("# language: en\nFeature: F\n # note\n Scenario: S\n"
                    "  # between steps\n  Given a\n  \"\"\"\n  # kept\n"
                    "  \"\"\"\n");
  EXPECT_EQ(F.Scenarios[0].Steps.size(), 1u);
  EXPECT_EQ(F.Scenarios[0].Steps[0].Doc->Content, "# kept");
}

TEST(GherkinTest, CrLfAndByteOrderMarkAndNonAscii) {
  Feature F = parse("\xEF\xBB\xBF"
                    "Feature: Caf\xC3\xA9\r\n Scenario: S\r\n  Given x\r\n");
  EXPECT_EQ(F.Name, "Caf\xC3\xA9");
  EXPECT_EQ(F.Scenarios[0].Steps[0].Text, "x");
}

TEST(GherkinTest, TagsWithTrailingComment) {
  Feature F = parse("@a @b #why\nFeature: F\n");
  EXPECT_EQ(F.Tags, (std::vector<std::string>{"@a", "@b"}));
}

TEST(GherkinTest, ScenarioWithoutStepsIsFine) {
  Feature F = parse("Feature: F\n Scenario: Empty\n Scenario: Next\n");
  EXPECT_EQ(F.Scenarios.size(), 2u);
}

struct Malformed {
  const char *Text;
  const char *Expected;
};

class GherkinErrorTest : public ::testing::TestWithParam<Malformed> {};

TEST_P(GherkinErrorTest, NamesLineColumnAndWhatToDo) {
  EXPECT_NE(errorOf(GetParam().Text).find(GetParam().Expected),
            std::string::npos)
      << errorOf(GetParam().Text);
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, GherkinErrorTest,
    ::testing::Values(
        Malformed{"", "f.feature:1:1: error: empty file"},
        Malformed{"Scenario: S\n", "f.feature:1:1: error: expected "
                                   "'Feature:' before 'Scenario:'"},
        Malformed{"Feature: F\n  Given x\n",
                  "f.feature:2:3: error: step 'Given x' outside a scenario"},
        Malformed{"Feature: F\n Scenario: S\n  Given x\n  Frobnicate\n",
                  "f.feature:4:3: error: unexpected text 'Frobnicate'; a step "
                  "starts with Given"},
        Malformed{"Feature: F\n Scenario: S\n  Given x\n   | a | b |\n"
                  "   | 1 |\n",
                  "f.feature:5:4: error: this row has 1 cells but the "
                  "table's first row has 2"},
        Malformed{"Feature: F\n Scenario: S\n  Given x\n   \"\"\"\n   open\n",
                  "f.feature:4:4: error: this doc string is never closed"},
        Malformed{"Feature: F\n Scenario Outline: O\n  When <a>\n",
                  "f.feature:2:2: error: 'Scenario Outline: O' has no "
                  "Examples"},
        Malformed{"Feature: F\n Scenario Outline: O\n  When <a>\n Examples:\n",
                  "f.feature:4:2: error: these Examples have no table"},
        Malformed{"Feature: F\nFeature: G\n",
                  "f.feature:2:1: error: a second 'Feature:'"},
        Malformed{"Feature: F\n Background:\n Background:\n",
                  "f.feature:3:2: error: a second Background in the same "
                  "Feature"},
        Malformed{"Feature: F\n Scenario: S\n Background:\n",
                  "f.feature:3:2: error: a Background after scenarios"},
        Malformed{"# language: fr\nFonctionnalité: F\n",
                  "f.feature:1:1: error: language 'fr' is not supported"},
        Malformed{"Feature: F\n Scenario: S\n  Given x\n @dangling\n",
                  "f.feature:4:2: error: tags at the end of the file"},
        Malformed{"Feature: F\n Scenario: S\n  Given x\n   | a | b\n",
                  "f.feature:4:11: error: a table row must end with '|'"},
        Malformed{"Feature: F\n | a |\n",
                  "f.feature:2:2: error: a table row that belongs to no "
                  "step"},
        Malformed{"@ok notatag\nFeature: F\n",
                  "f.feature:1:5: error: 'notatag' is not a tag"},
        Malformed{"Feature: F\n Examples:\n",
                  "f.feature:2:2: error: 'Examples:' outside a scenario"}));

} // namespace
