//===--- GherkinTest.cpp - features, rules and steps ----------------------===//
//
// The Gherkin reader on whole features: the example shop's checkout,
// Features, Rules, Backgrounds, scenarios and the kinds of their steps.
//
//===----------------------------------------------------------------------===//

#include "GherkinTestSupport.h"

namespace itdd {
namespace gherkin {
namespace {

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

} // namespace
} // namespace gherkin
} // namespace itdd
