//===--- SarifTest.cpp - clang-tidy's output as SARIF ---------------------===//

#include "sarif/Diagnostics.h"
#include "sarif/Sarif.h"
#include <gtest/gtest.h>
#include <map>

namespace itdd::sarif {
namespace {

// Console output as clang-tidy prints it: a finding with its excerpt and
// caret, a note, the same header finding again from a second translation
// unit, a compiler error promoted by -warnings-as-errors, summaries.
constexpr const char *ConsoleOutput =
    "2 warnings generated.\n"
    "/src/test/integration/checkout_test.cpp:12:3: warning: integration test "
    "mocks internal component 'shop::OrderService' [itdd-internal-mock]\n"
    "   12 |   MockOrderService Orders;\n"
    "      |   ^~~~~~~~~~~~~~~~~~~~~~~\n"
    "/src/include/shop/services.h:20:7: note: 'shop::OrderService' is "
    "declared here\n"
    "   20 | class OrderService {\n"
    "      |       ^\n"
    "/src/test/integration/helpers.h:4:1: warning: a header finding "
    "[itdd-test-only-access]\n"
    "    4 | #define private public\n"
    "      | ^\n"
    "Suppressed 10 warnings (10 in non-user code).\n"
    "/src/test/integration/helpers.h:4:1: warning: a header finding "
    "[itdd-test-only-access]\n"
    "    4 | #define private public\n"
    "      | ^\n"
    "/src/test/integration/cart_test.cpp:30:5: error: a narrowing "
    "conversion [bugprone-narrowing-conversions,-warnings-as-errors]\n"
    "note: a note without a place is not a diagnostic line\n";

TEST(SarifTest, ConsoleOutputKeepsNotesAndSkipsExcerpts) {
  std::vector<Diagnostic> Diags = parseClangTidyText(ConsoleOutput);
  ASSERT_EQ(Diags.size(), 4u);
  EXPECT_EQ(Diags[0].Check, "itdd-internal-mock");
  EXPECT_EQ(Diags[0].Severity, Level::Warning);
  EXPECT_EQ(Diags[0].Message,
            "integration test mocks internal component 'shop::OrderService'");
  EXPECT_EQ(Diags[0].At.File, "/src/test/integration/checkout_test.cpp");
  EXPECT_EQ(Diags[0].At.Line, 12u);
  EXPECT_EQ(Diags[0].At.Column, 3u);
  ASSERT_EQ(Diags[0].Notes.size(), 1u);
  EXPECT_EQ(Diags[0].Notes[0].At.Line, 20u);
  EXPECT_EQ(Diags[0].Notes[0].Message,
            "'shop::OrderService' is declared here");
  EXPECT_TRUE(Diags[1].Notes.empty());
  EXPECT_EQ(Diags[3].Check, "bugprone-narrowing-conversions");
  EXPECT_EQ(Diags[3].Severity, Level::Error);
}

TEST(SarifTest, RepeatedHeaderFindingsAreReportedOnce) {
  std::vector<Diagnostic> Diags =
      deduplicate(parseClangTidyText(ConsoleOutput));
  ASSERT_EQ(Diags.size(), 3u);
  EXPECT_EQ(Diags[1].Check, "itdd-test-only-access");
  EXPECT_EQ(Diags[2].Check, "bugprone-narrowing-conversions");
}

TEST(SarifTest, NotesAfterASummaryDoNotAttach) {
  std::vector<Diagnostic> Diags = parseClangTidyText(
      "/a.cpp:1:1: warning: w [itdd-scenario-naming]\n"
      "1 warning generated.\n"
      "/b.cpp:2:2: note: stray\n");
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_TRUE(Diags[0].Notes.empty());
}

TEST(SarifTest, ACleanRunIsClangTidyOutputWithNoResults) {
  for (const char *Clean :
       {"", "\n", "8283 warnings generated.\n"
                  "Suppressed 8283 warnings (8283 in non-user code).\n"
                  "Use -header-filter=.* to display errors from all "
                  "non-system headers.\n",
        "Running clang-tidy for 2 files out of 9 in compilation database "
        "...\n[1/2][0.4s] /usr/bin/clang-tidy-19 -p=build /src/a.cpp\n"}) {
    ClangTidyText Read = readClangTidyText(Clean);
    EXPECT_TRUE(Read.IsClangTidyOutput) << Clean;
    EXPECT_TRUE(Read.Diags.empty()) << Clean;
  }
  EXPECT_FALSE(readClangTidyText("make: *** [all] Error 2\n").IsClangTidyOutput);
}

TEST(SarifTest, ErrorsWithNoLineAreResults) {
  ClangTidyText Read = readClangTidyText(
      "error: no input files [clang-diagnostic-error]\n"
      "Error while processing /src/a.cpp.\n"
      "Found compiler error(s).\n"
      "Error while trying to load a compilation database:\n"
      "Could not auto-detect compilation database from directory \"b\"\n"
      "Running without flags.\n"
      "/src/b.cpp: terminated by signal 11\n");
  ASSERT_EQ(Read.Diags.size(), 4u);
  EXPECT_EQ(Read.Diags[0].Message, "no input files");
  EXPECT_TRUE(Read.Diags[0].At.File.empty());
  EXPECT_EQ(Read.Diags[1].At.File, "/src/a.cpp");
  EXPECT_EQ(Read.Diags[1].At.Line, 0u);
  EXPECT_EQ(Read.Diags[2].Message,
            "Error while trying to load a compilation database: Could not "
            "auto-detect compilation database from directory \"b\" Running "
            "without flags.");
  EXPECT_EQ(Read.Diags[3].At.File, "/src/b.cpp");
  for (const Diagnostic &D : Read.Diags)
    EXPECT_EQ(D.Severity, Level::Error);
}

TEST(SarifTest, OffsetsBecomeLinesAndColumns) {
  Place P = placeOfOffset("ab\ncd\nef", 4);
  EXPECT_EQ(P.Line, 2u);
  EXPECT_EQ(P.Column, 2u);
  P = placeOfOffset("ab\ncd\nef", 0);
  EXPECT_EQ(P.Line, 1u);
  EXPECT_EQ(P.Column, 1u);
}

constexpr const char *ExportFixes = R"(---
MainSourceFile:  '/src/test/integration/checkout_test.cpp'
Diagnostics:
  - DiagnosticName:  itdd-internal-mock
    DiagnosticMessage:
      Message:         'integration test mocks internal component'
      FilePath:        '/src/test/integration/checkout_test.cpp'
      FileOffset:      14
      Replacements:    []
    Notes:
      - Message:         'declared here'
        FilePath:        'include/shop/services.h'
        FileOffset:      0
        Replacements:    []
    Level:           Warning
    BuildDirectory:  '/src'
  - DiagnosticName:  clang-diagnostic-error
    DiagnosticMessage:
      Message:         'unknown type name'
      FilePath:        '/gone/file.cpp'
      FileOffset:      3
      Replacements:    []
    Level:           Error
    BuildDirectory:  '/src'
...
)";

TEST(SarifTest, ExportFixesReadsTheFilesForLines) {
  std::map<std::string, std::string> Files = {
      {"/src/test/integration/checkout_test.cpp", "TEST(A, B) {\n  Mock M;\n}\n"},
      {"/src/include/shop/services.h", "class OrderService;\n"}};
  std::vector<std::string> Unreadable;
  llvm::Expected<std::vector<Diagnostic>> Diags = parseExportFixes(
      ExportFixes,
      [&](llvm::StringRef Path) -> std::optional<std::string> {
        auto It = Files.find(Path.str());
        if (It == Files.end())
          return std::nullopt;
        return It->second;
      },
      Unreadable);
  ASSERT_TRUE(bool(Diags)) << llvm::toString(Diags.takeError());
  ASSERT_EQ(Diags->size(), 2u);
  const Diagnostic &Mock = (*Diags)[0];
  EXPECT_EQ(Mock.Check, "itdd-internal-mock");
  EXPECT_EQ(Mock.At.Line, 2u);
  EXPECT_EQ(Mock.At.Column, 2u);
  ASSERT_EQ(Mock.Notes.size(), 1u);
  // A relative path is the build directory's.
  EXPECT_EQ(Mock.Notes[0].At.File, "/src/include/shop/services.h");
  EXPECT_EQ(Mock.Notes[0].At.Line, 1u);
  EXPECT_EQ((*Diags)[1].Severity, Level::Error);
  EXPECT_EQ((*Diags)[1].At.Line, 0u);
  EXPECT_EQ(Unreadable, std::vector<std::string>{"/gone/file.cpp"});
}

TEST(SarifTest, ExportFixesRejectsOtherYaml) {
  std::vector<std::string> Unreadable;
  llvm::Expected<std::vector<Diagnostic>> Diags = parseExportFixes(
      "---\nSomething: else\n...\n",
      [](llvm::StringRef) -> std::optional<std::string> { return ""; },
      Unreadable);
  ASSERT_FALSE(bool(Diags));
  EXPECT_NE(llvm::toString(Diags.takeError()).find("export-fixes"),
            std::string::npos);
}

TEST(SarifTest, HelpUris) {
  EXPECT_EQ(helpUriOf("itdd-internal-mock", ""),
            "docs/checks/itdd-internal-mock.md");
  EXPECT_EQ(helpUriOf("itdd-internal-mock", "https://example.org/itdd/"),
            "https://example.org/itdd/docs/checks/itdd-internal-mock.md");
  EXPECT_EQ(helpUriOf("bugprone-use-after-move", ""),
            "https://clang.llvm.org/extra/clang-tidy/checks/bugprone/"
            "use-after-move.html");
  EXPECT_EQ(helpUriOf("clang-analyzer-core.NullDereference", ""),
            "https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/"
            "core.NullDereference.html");
}

TEST(SarifTest, PathsBelowTheBaseAreRelative) {
  bool Relative = false;
  EXPECT_EQ(uriOf("/src/a b.cpp", "/src", Relative), "a%20b.cpp");
  EXPECT_TRUE(Relative);
  EXPECT_EQ(uriOf("/other/x.cpp", "/src", Relative), "file:///other/x.cpp");
  EXPECT_FALSE(Relative);
  EXPECT_EQ(uriOf("/srcx/y.cpp", "/src", Relative), "file:///srcx/y.cpp");
  EXPECT_FALSE(Relative);
}

TEST(SarifTest, LogHasOneRulePerCheckAndRelatedNotes) {
  SarifOptions Options;
  Options.ToolVersion = "1.2.3";
  Options.BaseDir = "/src";
  std::vector<Diagnostic> Diags =
      deduplicate(parseClangTidyText(ConsoleOutput));
  llvm::json::Value Log = toSarif(Diags, Options);
  const llvm::json::Object &Root = *Log.getAsObject();
  EXPECT_EQ(Root.getString("version"), "2.1.0");
  EXPECT_TRUE(Root.getString("$schema").has_value());
  const llvm::json::Object &Run = *(*Root.getArray("runs"))[0].getAsObject();
  const llvm::json::Object &Driver =
      *Run.getObject("tool")->getObject("driver");
  EXPECT_EQ(Driver.getString("name"), "itdd");
  EXPECT_EQ(Driver.getString("version"), "1.2.3");
  const llvm::json::Array &Rules = *Driver.getArray("rules");
  ASSERT_EQ(Rules.size(), 3u);
  EXPECT_EQ(Rules[0].getAsObject()->getString("id"), "itdd-internal-mock");
  EXPECT_EQ(Rules[0].getAsObject()->getString("helpUri"),
            "docs/checks/itdd-internal-mock.md");
  const llvm::json::Array &Results = *Run.getArray("results");
  ASSERT_EQ(Results.size(), 3u);
  const llvm::json::Object &First = *Results[0].getAsObject();
  EXPECT_EQ(First.getString("ruleId"), "itdd-internal-mock");
  EXPECT_EQ(First.getInteger("ruleIndex"), 0);
  EXPECT_EQ(First.getString("level"), "warning");
  const llvm::json::Object &Physical =
      *(*First.getArray("locations"))[0].getAsObject()->getObject(
          "physicalLocation");
  EXPECT_EQ(Physical.getObject("artifactLocation")->getString("uri"),
            "test/integration/checkout_test.cpp");
  EXPECT_EQ(Physical.getObject("artifactLocation")->getString("uriBaseId"),
            "SRCROOT");
  EXPECT_EQ(Physical.getObject("region")->getInteger("startLine"), 12);
  EXPECT_EQ(Physical.getObject("region")->getInteger("startColumn"), 3);
  ASSERT_EQ(First.getArray("relatedLocations")->size(), 1u);
  const llvm::json::Object &Third = *Results[2].getAsObject();
  EXPECT_EQ(Third.getString("level"), "error");
  EXPECT_EQ(Third.getInteger("ruleIndex"), 2);
  EXPECT_EQ(Run.getObject("originalUriBaseIds")
                ->getObject("SRCROOT")
                ->getString("uri"),
            "file:///src/");
}

} // namespace
} // namespace itdd::sarif
