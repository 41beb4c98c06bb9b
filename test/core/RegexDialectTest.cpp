//===--- RegexDialectTest.cpp - Perl syntax in a POSIX regex ---------------===//

#include "core/Config.h"
#include "core/RegexDialect.h"
#include <gtest/gtest.h>
#include <utility>

namespace itdd {
namespace {

std::string only(llvm::StringRef Pattern) {
  std::vector<std::string> Found = foreignRegexSyntax(Pattern);
  EXPECT_EQ(Found.size(), 1u) << Pattern.str();
  return Found.empty() ? "" : Found.front();
}

/// Pattern has one problem, whose sentence holds Part.
bool says(llvm::StringRef Pattern, llvm::StringRef Part) {
  return llvm::StringRef(only(Pattern)).contains(Part);
}

TEST(RegexDialectTest, ClassEscapesNameTheirPosixSpelling) {
  EXPECT_EQ(only("^shop::\\w+Controller$"),
            "'\\w' matches a plain 'w' in POSIX extended syntax; write "
            "'[[:alnum:]_]'");
  EXPECT_EQ(only("Order\\d"), "'\\d' matches a plain 'd' in POSIX extended "
                              "syntax; write '[[:digit:]]'");
  EXPECT_EQ(only("\\bGateway\\b"),
            "'\\b' matches a plain 'b' in POSIX extended syntax; write "
            "'[[:<:]]' (start of a word) or '[[:>:]]' (end of a word)");
  EXPECT_EQ(only("^shop::.*?Gateway$"),
            "'*?' (a lazy quantifier) is an error in POSIX extended syntax; "
            "write '*': whether a pattern matches does not depend on it");
}

TEST(RegexDialectTest, EachSpellingSaysWhatToWrite) {
  const std::pair<const char *, const char *> Cases[] = {
      {"a\\sb", "write '[[:space:]]'"},
      {"\\W", "write '[^[:alnum:]_]'"},
      {"\\D", "write '[^[:digit:]]'"},
      {"\\S", "write '[^[:space:]]'"},
      {"\\<Shop", "write '[[:<:]]'"},
      {"Shop\\>", "write '[[:>:]]'"},
      {"\\Ashop", "write '^'"},
      {"Shop\\z", "write '$'"},
      {"Shop\\Z", "write '$'"},
      {"a\\Bb", "no 'not at a word boundary'"},
      {"a+?", "'+?' (a lazy quantifier)"},
      {"a?" "?", "'?" "?' (a lazy quantifier)"},
      {"a{2,3}?", "'{2,3}?' (a lazy quantifier)"},
      {"a*+", "'*+' (a possessive quantifier)"},
  };
  for (const auto &[Pattern, Part] : Cases)
    EXPECT_TRUE(says(Pattern, Part)) << Pattern << ": " << only(Pattern);
}

TEST(RegexDialectTest, PerlGroups) {
  EXPECT_EQ(only("^(?:Order|Cart)Service$"),
            "'(?:' is an error in POSIX extended syntax; write a plain group "
            "'('");
  EXPECT_TRUE(says("(?i)shop", "'(?i' (a Perl lookaround or inline flag)"));
}

TEST(RegexDialectTest, EscapesInsideBracketsAreThemselves) {
  EXPECT_EQ(only("^[\\w:]+$"),
            "'\\w' inside brackets is a backslash or a 'w' in POSIX extended "
            "syntax; write '[:alnum:]_' there");
  EXPECT_TRUE(says("[\\d]", "'[:digit:]'"));
}

TEST(RegexDialectTest, EachSpellingOnceInOrder) {
  std::vector<std::string> Found =
      foreignRegexSyntax("\\w+\\d\\w.*?x.*?(?:y)");
  ASSERT_EQ(Found.size(), 4u);
  EXPECT_EQ(Found[0].substr(0, 4), "'\\w'");
  EXPECT_EQ(Found[1].substr(0, 4), "'\\d'");
  EXPECT_EQ(Found[2].substr(0, 4), "'*?'");
  EXPECT_EQ(Found[3].substr(0, 5), "'(?:'");
}

TEST(RegexDialectTest, PosixSyntaxPasses) {
  for (const char *Pattern :
       {"", "^shop::(OrderController|Kiosk)$", "[[:alnum:]_]+Gateway$",
        "\\.cpp$", "a\\\\w", "[]w]+", "[^]d]", "[[:<:]]Shop[[:>:]]",
        "(Sync|Async)?$", "x{2,}", "a+b*c?", "[\\]", "c\\+\\+$",
        "(^|/)(integration|it)/|_(integration_test|it)\\.(cc|cpp)$"})
    EXPECT_TRUE(foreignRegexSyntax(Pattern).empty()) << Pattern;
  // Every default is POSIX.
  for (const OptionSpec &Spec : optionSpecs())
    EXPECT_TRUE(foreignRegexSyntax(Spec.Default).empty()) << Spec.Key;
}

TEST(RegexDialectTest, ConfigRefusesPerlSyntaxAndFallsBackToNothing) {
  std::vector<ConfigProblem> Problems;
  auto Cfg = Config::fromOptions({{"itdd.EntryPoints", "^shop::\\w+Kiosk$"}},
                                 &Problems);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Key, "itdd.EntryPoints");
  EXPECT_EQ(Problems[0].Message,
            "Perl syntax in the regular expression '^shop::\\w+Kiosk$' for "
            "option 'itdd.EntryPoints': '\\w' matches a plain 'w' in POSIX "
            "extended syntax; write '[[:alnum:]_]'");
  EXPECT_TRUE(Cfg->isBroken("itdd.EntryPoints"));
  EXPECT_FALSE(Cfg->isSet("itdd.EntryPoints"));
  // Neither the user's pattern read as POSIX nor the default.
  EXPECT_FALSE(Cfg->isEntryPointName("shop::wwKiosk"));
  EXPECT_FALSE(Cfg->isEntryPointName("shop::OrderController"));
  EXPECT_FALSE(Cfg->isBroken("itdd.ExternalBoundaries"));
}

} // namespace
} // namespace itdd
