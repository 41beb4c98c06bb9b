//===--- GherkinTest.cpp - the Gherkin reader -----------------------------===//

#include "generators/Gherkin.h"
#include "gtest/gtest.h"
#include <stdexcept>

using namespace itdd::gherkin;

namespace {

using Strings = std::vector<std::string>;

Feature parse(llvm::StringRef Text) {
  llvm::Expected<Feature> Result = parseFeature(Text, "f.feature");
  if (!Result) {
    ADD_FAILURE() << llvm::toString(Result.takeError());
    return Feature();
  }
  return std::move(*Result);
}

/// The value of an optional the test expects to be set; a missing one ends
/// the test with an exception that GoogleTest reports.
template <typename T> const T &valueOf(const std::optional<T> &Optional) {
  if (!Optional)
    throw std::logic_error("expected a value in an empty std::optional");
  return *Optional;
}

/// Passes when Text is refused with "f.feature:LINE:COLUMN: error: " and a
/// message containing Message.
::testing::AssertionResult failsAt(llvm::StringRef Text, unsigned Line,
                                   unsigned Column, llvm::StringRef Message) {
  llvm::Expected<Feature> Result = parseFeature(Text, "f.feature");
  if (Result)
    return ::testing::AssertionFailure() << "parsed without an error";
  std::string Error = llvm::toString(Result.takeError());
  std::string Where = "f.feature:" + std::to_string(Line) + ":" +
                      std::to_string(Column) + ": error: ";
  if (llvm::StringRef(Error).starts_with(Where) &&
      llvm::StringRef(Error).contains(Message))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "got \"" << Error << "\", wanted \"" << Where << "...\" with \""
         << Message.str() << "\"";
}

//===----------------------------------------------------------------------===//
// The example shop's checkout feature, as in
// examples/shop/features/checkout.feature.
//===----------------------------------------------------------------------===//

constexpr const char *CheckoutFeature =
    R"(# The checkout journeys of the shop, as the business describes them.
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
    And she is charged 40.99
    And she receives an e-mail:
      """
      Thank you. Order 1 total 4099 cents.
      """
    But the lamp's stock is unchanged

  @payments
  Scenario: Order is rejected when the payment is declined and stock is released
    Given ann is signed in
    And her card will be declined
    When she orders 1 of "book" and 1 of "lamp"
    Then her order is rejected
    And the stock of "book" is 5
    And no e-mail is sent

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
)";

TEST(GherkinTest, ReadsTheShopCheckoutFeature) {
  Feature F = parse(CheckoutFeature);
  EXPECT_EQ(F.Name, "Checkout");
  EXPECT_EQ(F.Tags, Strings{"@checkout"});
  EXPECT_EQ(F.Description, "Customers buy products that are in stock, pay by "
                           "card, and get their\norder confirmed by e-mail.");
  EXPECT_EQ(F.Loc.Line, 3u);
  EXPECT_EQ(F.Loc.Column, 1u);
  EXPECT_TRUE(F.Rules.empty());

  ASSERT_TRUE(F.Bg.has_value());
  const Background &Bg = valueOf(F.Bg);
  EXPECT_EQ(Bg.Loc.Line, 7u);
  ASSERT_EQ(Bg.Steps.size(), 2u);
  EXPECT_EQ(Bg.Steps[0].Text, "the shop sells these products:");
  ASSERT_TRUE(Bg.Steps[0].Table.has_value());
  const DataTable &Products = valueOf(Bg.Steps[0].Table);
  EXPECT_EQ(Products.Rows.size(), 3u);
  EXPECT_EQ(Products.Rows[0], (Strings{"sku", "name", "price", "stock"}));
  EXPECT_EQ(Products.Rows[2][1], "A Lamp");
  EXPECT_EQ(Bg.Steps[1].Keyword, "And");
  EXPECT_EQ(Bg.Steps[1].Kind, StepKind::Context);

  ASSERT_EQ(F.Scenarios.size(), 4u);
  const Scenario &Happy = F.Scenarios[0];
  EXPECT_EQ(Happy.Name,
            "Customer buys an in-stock item and receives confirmation");
  EXPECT_EQ(Happy.Tags, Strings{"@happy-path"});
  EXPECT_EQ(Happy.Loc.Line, 15u);
  EXPECT_EQ(Happy.Loc.Column, 3u);
  EXPECT_FALSE(Happy.Outline);
  ASSERT_EQ(Happy.Steps.size(), 6u);
  ASSERT_TRUE(Happy.Steps[4].Doc.has_value());
  const DocString &Mail = valueOf(Happy.Steps[4].Doc);
  EXPECT_EQ(Mail.Content, "Thank you. Order 1 total 4099 cents.");
  EXPECT_EQ(Mail.MediaType, "");
  EXPECT_EQ(Mail.Loc.Line, 21u);
  EXPECT_EQ(Mail.Loc.Column, 7u);
  EXPECT_EQ(Happy.Steps[5].Keyword, "But");
  EXPECT_EQ(Happy.Steps[5].Kind, StepKind::Outcome);

  const Scenario &Declined = F.Scenarios[1];
  EXPECT_EQ(Declined.Tags, Strings{"@payments"});
  ASSERT_EQ(Declined.Steps.size(), 6u);
  EXPECT_EQ(Declined.Steps[1].Kind, StepKind::Context);
  EXPECT_EQ(Declined.Steps[2].Kind, StepKind::Action);
  EXPECT_EQ(Declined.Steps[5].Kind, StepKind::Outcome);

  const Scenario &Guest = F.Scenarios[2];
  EXPECT_TRUE(Guest.Tags.empty());
  ASSERT_EQ(Guest.Steps.size(), 3u);
  EXPECT_EQ(Guest.Steps[2].Keyword, "*");
  EXPECT_EQ(Guest.Steps[2].Text, "no order is stored");
  EXPECT_EQ(Guest.Steps[2].Kind, StepKind::Outcome);

  const Scenario &Shipping = F.Scenarios[3];
  EXPECT_EQ(Shipping.Tags, Strings{"@payments"});
  EXPECT_TRUE(Shipping.Outline);
  EXPECT_EQ(Shipping.Keyword, "Scenario Outline");
  EXPECT_EQ(Shipping.Steps.size(), 3u);
  ASSERT_EQ(Shipping.ExampleTables.size(), 1u);
  EXPECT_EQ(Shipping.ExampleTables[0].Header,
            (Strings{"sku", "quantity", "total"}));
  ASSERT_EQ(Shipping.ExampleTables[0].Rows.size(), 3u);
  EXPECT_EQ(Shipping.ExampleTables[0].Rows[1], (Strings{"book", "4", "72.00"}));
  EXPECT_EQ(Shipping.ExampleTables[0].Rows[2][2], "52.99");
}

//===----------------------------------------------------------------------===//
// Features, Rules, Backgrounds and scenarios
//===----------------------------------------------------------------------===//

TEST(GherkinTest, FeatureWithoutScenariosOrName) {
  Feature F = parse("Feature:\n");
  EXPECT_EQ(F.Name, "");
  EXPECT_TRUE(F.Scenarios.empty());
  EXPECT_FALSE(F.Bg.has_value());
  EXPECT_EQ(F.Loc.Line, 1u);
}

TEST(GherkinTest, FileWithoutTrailingLineBreak) {
  Feature F = parse("Feature: F\n  Scenario: S\n    Given x");
  ASSERT_EQ(F.Scenarios.size(), 1u);
  EXPECT_EQ(F.Scenarios[0].Steps[0].Text, "x");
}

TEST(GherkinTest, ExampleIsASynonymOfScenario) {
  Feature F = parse("Feature: F\n  Example: One\n    Given x\n");
  ASSERT_EQ(F.Scenarios.size(), 1u);
  EXPECT_EQ(F.Scenarios[0].Keyword, "Example");
  EXPECT_EQ(F.Scenarios[0].Name, "One");
  EXPECT_FALSE(F.Scenarios[0].Outline);
}

TEST(GherkinTest, ScenarioWithoutStepsIsFine) {
  Feature F = parse("Feature: F\n  Scenario: Empty\n  Scenario: Next\n"
                    "    Given x\n");
  ASSERT_EQ(F.Scenarios.size(), 2u);
  EXPECT_TRUE(F.Scenarios[0].Steps.empty());
  EXPECT_EQ(F.Scenarios[1].Steps.size(), 1u);
}

TEST(GherkinTest, DuplicateScenarioNamesAreAccepted) {
  Feature F = parse("Feature: F\n  Scenario: Same\n  Scenario: Same\n");
  ASSERT_EQ(F.Scenarios.size(), 2u);
  EXPECT_EQ(F.Scenarios[0].Name, F.Scenarios[1].Name);
}

TEST(GherkinTest, BackgroundHasNameDescriptionAndSteps) {
  Feature F = parse(R"(Feature: F
  Background: The shop
    Open every day.
    Given a shop
    And a customer
  Scenario: S
    When she buys
)");
  ASSERT_TRUE(F.Bg.has_value());
  const Background &Bg = valueOf(F.Bg);
  EXPECT_EQ(Bg.Name, "The shop");
  EXPECT_EQ(Bg.Description, "Open every day.");
  EXPECT_EQ(Bg.Loc.Line, 2u);
  EXPECT_EQ(Bg.Loc.Column, 3u);
  ASSERT_EQ(Bg.Steps.size(), 2u);
  EXPECT_EQ(Bg.Steps[1].Text, "a customer");
  ASSERT_EQ(F.Scenarios.size(), 1u);
  EXPECT_EQ(F.Scenarios[0].Steps.size(), 1u);
}

TEST(GherkinTest, RulesHaveTagsDescriptionBackgroundAndScenarios) {
  Feature F = parse(R"(Feature: F
  Background:
    Given the feature's context
  Scenario: Outside
    Given a
  @quiet @night
  Rule: Quiet hours
    Only by day.
    Background: Night
      Given quiet hours
    Example: Inside
      Then b
  Rule: Second
    Background:
      Given another context
    Scenario: One
    Scenario: Two
)");
  ASSERT_TRUE(F.Bg.has_value());
  EXPECT_EQ(valueOf(F.Bg).Steps[0].Text, "the feature's context");
  ASSERT_EQ(F.Scenarios.size(), 1u);
  EXPECT_EQ(F.Scenarios[0].Name, "Outside");
  ASSERT_EQ(F.Rules.size(), 2u);

  const Rule &Quiet = F.Rules[0];
  EXPECT_EQ(Quiet.Name, "Quiet hours");
  EXPECT_EQ(Quiet.Tags, (Strings{"@quiet", "@night"}));
  EXPECT_EQ(Quiet.Description, "Only by day.");
  EXPECT_EQ(Quiet.Loc.Line, 7u);
  EXPECT_EQ(Quiet.Loc.Column, 3u);
  ASSERT_TRUE(Quiet.Bg.has_value());
  EXPECT_EQ(valueOf(Quiet.Bg).Name, "Night");
  EXPECT_EQ(valueOf(Quiet.Bg).Steps[0].Text, "quiet hours");
  ASSERT_EQ(Quiet.Scenarios.size(), 1u);
  EXPECT_EQ(Quiet.Scenarios[0].Keyword, "Example");
  EXPECT_EQ(Quiet.Scenarios[0].Steps[0].Kind, StepKind::Outcome);

  const Rule &Second = F.Rules[1];
  EXPECT_TRUE(Second.Tags.empty());
  ASSERT_TRUE(Second.Bg.has_value());
  EXPECT_EQ(valueOf(Second.Bg).Steps[0].Text, "another context");
  ASSERT_EQ(Second.Scenarios.size(), 2u);
  EXPECT_EQ(Second.Scenarios[1].Name, "Two");
}

TEST(GherkinTest, RuleWithoutBackground) {
  Feature F = parse("Feature: F\n  Rule: R\n    Scenario: S\n      Given x\n");
  ASSERT_EQ(F.Rules.size(), 1u);
  EXPECT_FALSE(F.Rules[0].Bg.has_value());
  EXPECT_EQ(F.Rules[0].Scenarios.size(), 1u);
  EXPECT_TRUE(F.Scenarios.empty());
}

//===----------------------------------------------------------------------===//
// Steps
//===----------------------------------------------------------------------===//

TEST(GherkinTest, StepKeywordsAreKeptAsWrittenAndTextIsTrimmed) {
  Feature F = parse("Feature: F\n  Scenario: S\n    Given   a shop  \n"
                    "    When\tshe pays\n    Then\n    *   done\n");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  ASSERT_EQ(S.size(), 4u);
  EXPECT_EQ(S[0].Keyword, "Given");
  EXPECT_EQ(S[0].Text, "a shop");
  EXPECT_EQ(S[1].Keyword, "When");
  EXPECT_EQ(S[1].Text, "she pays");
  EXPECT_EQ(S[2].Keyword, "Then");
  EXPECT_EQ(S[2].Text, "");
  EXPECT_EQ(S[3].Keyword, "*");
  EXPECT_EQ(S[3].Text, "done");
}

TEST(GherkinTest, GivenWhenThenGiveContextActionOutcome) {
  Feature F = parse("Feature: F\n  Scenario: S\n    Then c\n    When b\n"
                    "    Given a\n");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  EXPECT_EQ(S[0].Kind, StepKind::Outcome);
  EXPECT_EQ(S[1].Kind, StepKind::Action);
  EXPECT_EQ(S[2].Kind, StepKind::Context);
}

TEST(GherkinTest, AndButAndStarTakeTheKindOfThePreviousStep) {
  Feature F = parse(R"(Feature: F
  Scenario: S
    Given a
    And b
    When c
    But d
    * e
    Then f
    And g
    * h
    But i
)");
  const std::vector<Step> &S = F.Scenarios[0].Steps;
  ASSERT_EQ(S.size(), 9u);
  EXPECT_EQ(S[1].Kind, StepKind::Context);
  EXPECT_EQ(S[3].Kind, StepKind::Action);
  EXPECT_EQ(S[4].Kind, StepKind::Action);
  EXPECT_EQ(S[6].Kind, StepKind::Outcome);
  EXPECT_EQ(S[7].Kind, StepKind::Outcome);
  EXPECT_EQ(S[8].Kind, StepKind::Outcome);
}

TEST(GherkinTest, AndButOrStarFirstAreContext) {
  Feature F = parse(R"(Feature: F
  Background:
    * a
  Scenario: One
    Then b
  Scenario: Two
    But c
  Scenario: Three
    And d
)");
  EXPECT_EQ(valueOf(F.Bg).Steps[0].Kind, StepKind::Context);
  // The kind does not carry over from the Background or the scenario before.
  EXPECT_EQ(F.Scenarios[1].Steps[0].Kind, StepKind::Context);
  EXPECT_EQ(F.Scenarios[2].Steps[0].Kind, StepKind::Context);
}

TEST(GherkinTest, KeywordsInsideWordsDoNotStartSteps) {
  // "Thence" is not "Then", so it is text; in a description that is fine.
  Feature F = parse("Feature: F\n  Scenario: S\n    Thence we go\n"
                    "    Andrew said so\n    Given x\n");
  EXPECT_EQ(F.Scenarios[0].Description, "Thence we go\nAndrew said so");
  ASSERT_EQ(F.Scenarios[0].Steps.size(), 1u);
}

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

//===----------------------------------------------------------------------===//
// Tags, comments, descriptions
//===----------------------------------------------------------------------===//

TEST(GherkinTest, TagsOnSeveralLinesWithTrailingComment) {
  Feature F = parse("@a  @b\t@c #why these tags\n@d\n# between\n\n"
                    "Feature: F\n");
  EXPECT_EQ(F.Tags, (Strings{"@a", "@b", "@c", "@d"}));
}

TEST(GherkinTest, TagsAttachToTheNextFeatureRuleScenarioOrExamples) {
  Feature F = parse(R"(@feature
Feature: F
  @scenario @first
  Scenario: S
  @rule
  Rule: R
    @outline
    Scenario Outline: O
      When <a>
      @examples
      Examples:
        | a |
        | 1 |
)");
  EXPECT_EQ(F.Tags, Strings{"@feature"});
  EXPECT_EQ(F.Scenarios[0].Tags, (Strings{"@scenario", "@first"}));
  EXPECT_EQ(F.Rules[0].Tags, Strings{"@rule"});
  EXPECT_EQ(F.Rules[0].Scenarios[0].Tags, Strings{"@outline"});
  EXPECT_EQ(F.Rules[0].Scenarios[0].ExampleTables[0].Tags,
            Strings{"@examples"});
}

TEST(GherkinTest, CommentsAndBlankLinesAreIgnored) {
  Feature F = parse(R"(# leading comment

Feature: F
  # comment in the description
  Words.

    # indented comment
  Scenario: S
    # between steps
    Given a

    #no blank after the hash
    When b
# at the end
)");
  EXPECT_EQ(F.Description, "Words.");
  ASSERT_EQ(F.Scenarios[0].Steps.size(), 2u);
  EXPECT_EQ(F.Scenarios[0].Steps[1].Text, "b");
}

TEST(GherkinTest, EnglishLanguageHeaderIsAccepted) {
  Feature F = parse("# language: en\nFeature: F\n");
  EXPECT_EQ(F.Name, "F");
}

TEST(GherkinTest, LanguageCommentAfterTheFeatureIsOnlyAComment) {
  Feature F = parse("Feature: F\n# language: fr\n");
  EXPECT_EQ(F.Name, "F");
}

TEST(GherkinTest, DescriptionsAtEveryLevelAreTrimmedAndJoined) {
  Feature F = parse(R"(Feature: F
    First line.

  Second line.   
  Background:
    Background text.
    Given a
  Scenario: S
    Scenario text.
    Given b
  Scenario Outline: O
    When <x>
    Examples: E
      Examples text.
      | x |
      | 1 |
  Rule: R
    Rule text,
      on two lines.
)");
  EXPECT_EQ(F.Description, "First line.\nSecond line.");
  EXPECT_EQ(valueOf(F.Bg).Description, "Background text.");
  EXPECT_EQ(F.Scenarios[0].Description, "Scenario text.");
  EXPECT_EQ(F.Scenarios[1].Description, "");
  EXPECT_EQ(F.Scenarios[1].ExampleTables[0].Description, "Examples text.");
  EXPECT_EQ(F.Rules[0].Description, "Rule text,\non two lines.");
}

TEST(GherkinTest, DescriptionMayMentionKeywordsWithoutColon) {
  Feature F = parse("Feature: F\n  Scenario planning is hard.\n"
                    "  Feature flags too.\n");
  EXPECT_EQ(F.Description, "Scenario planning is hard.\nFeature flags too.");
}

//===----------------------------------------------------------------------===//
// Locations, line endings, encodings
//===----------------------------------------------------------------------===//

TEST(GherkinTest, LocationsAreTheFirstTokenOfEachElement) {
  Feature F = parse(R"(
  Feature: F
    Background:
      Given a
        | x |
  Rule: R
   Scenario Outline: O
       When b
         """
         text
         """
     Examples:
      | y |
      | 1 |
)");
  EXPECT_EQ(F.Loc.Line, 2u);
  EXPECT_EQ(F.Loc.Column, 3u);
  const Background &Bg = valueOf(F.Bg);
  EXPECT_EQ(Bg.Loc.Line, 3u);
  EXPECT_EQ(Bg.Loc.Column, 5u);
  EXPECT_EQ(Bg.Steps[0].Loc.Line, 4u);
  EXPECT_EQ(Bg.Steps[0].Loc.Column, 7u);
  EXPECT_EQ(valueOf(Bg.Steps[0].Table).Loc.Line, 5u);
  EXPECT_EQ(valueOf(Bg.Steps[0].Table).Loc.Column, 9u);
  const Rule &R = F.Rules[0];
  EXPECT_EQ(R.Loc.Line, 6u);
  EXPECT_EQ(R.Loc.Column, 3u);
  const Scenario &S = R.Scenarios[0];
  EXPECT_EQ(S.Loc.Line, 7u);
  EXPECT_EQ(S.Loc.Column, 4u);
  EXPECT_EQ(S.Steps[0].Loc.Line, 8u);
  EXPECT_EQ(S.Steps[0].Loc.Column, 8u);
  EXPECT_EQ(valueOf(S.Steps[0].Doc).Loc.Line, 9u);
  EXPECT_EQ(valueOf(S.Steps[0].Doc).Loc.Column, 10u);
  EXPECT_EQ(S.ExampleTables[0].Loc.Line, 12u);
  EXPECT_EQ(S.ExampleTables[0].Loc.Column, 6u);
}

TEST(GherkinTest, TabsCountAsOneColumn) {
  Feature F = parse("Feature: F\n\tScenario: S\n\t\tGiven x\n");
  EXPECT_EQ(F.Scenarios[0].Loc.Column, 2u);
  EXPECT_EQ(F.Scenarios[0].Steps[0].Loc.Column, 3u);
}

TEST(GherkinTest, CrLfLineEndings) {
  Feature F = parse("@t\r\nFeature: F\r\n  About.\r\n  Scenario: S\r\n"
                    "    Given x\r\n      | a | b |\r\n");
  EXPECT_EQ(F.Tags, Strings{"@t"});
  EXPECT_EQ(F.Name, "F");
  EXPECT_EQ(F.Description, "About.");
  EXPECT_EQ(F.Scenarios[0].Name, "S");
  EXPECT_EQ(F.Scenarios[0].Steps[0].Text, "x");
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Table).Rows[0],
            (Strings{"a", "b"}));
}

TEST(GherkinTest, ByteOrderMarkIsSkipped) {
  Feature F = parse("\xEF\xBB\xBF"
                    "Feature: F\n");
  EXPECT_EQ(F.Name, "F");
  EXPECT_EQ(F.Loc.Column, 1u);
}

TEST(GherkinTest, NonAsciiTextIsKept) {
  Feature F = parse("Feature: Caf\xC3\xA9\n  Scenario: Cr\xC3\xA8me br\xC3\xBBl"
                    "\xC3\xA9\n    Given \xE2\x82\xAC"
                    "5\n"
                    "      | caf\xC3\xA9 |\n");
  EXPECT_EQ(F.Name, "Caf\xC3\xA9");
  EXPECT_EQ(F.Scenarios[0].Name, "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9");
  EXPECT_EQ(F.Scenarios[0].Steps[0].Text, "\xE2\x82\xAC"
                                          "5");
  EXPECT_EQ(valueOf(F.Scenarios[0].Steps[0].Table).Rows[0][0], "caf\xC3\xA9");
}

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
