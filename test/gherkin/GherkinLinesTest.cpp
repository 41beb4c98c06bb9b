//===--- GherkinLinesTest.cpp - tags, comments, line ends -----------------===//
//
// The Gherkin reader on what lies between the keywords: tags, comments,
// descriptions, and where each element is for any line ending or encoding.
//
//===----------------------------------------------------------------------===//

#include "GherkinTestSupport.h"

namespace itdd {
namespace gherkin {
namespace {

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

} // namespace
} // namespace gherkin
} // namespace itdd
