//===--- TestSkeletons.cpp - red tests from Gherkin scenarios -------------===//

#include "generators/TestSkeletons.h"
#include "core/SourceText.h"
#include "generators/Names.h"
#include "generators/StepComments.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <cstring>
#include <fmt/format.h>
#include <map>

namespace itdd {

namespace {

using namespace gherkin;

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

std::string where(const FeatureSource &F, const Location &L) {
  return F.Path + ":" + std::to_string(L.Line);
}

std::string featureFixture(const FeatureSource &F) {
  std::string Name = camelCaseIdentifier(F.Feature.Name);
  if (Name.empty())
    Name = camelCaseIdentifier(llvm::sys::path::stem(F.Path));
  return Name + "Feature";
}

std::string ruleFixture(const Rule &R) {
  return camelCaseIdentifier(R.Name) + "Rule";
}

std::string scenarioName(const Scenario &S) {
  std::string Name = camelCaseIdentifier(S.Name);
  return Name.empty() ? "ScenarioAtLine" + std::to_string(S.Loc.Line) : Name;
}

/// Calls Visit(Scenario, Fixture) for every scenario of a feature, rules
/// included.
template <typename Fn> void forEachScenario(const FeatureSource &F, Fn Visit) {
  std::string Fixture = featureFixture(F);
  for (const Scenario &S : F.Feature.Scenarios)
    Visit(S, Fixture);
  for (const Rule &R : F.Feature.Rules)
    for (const Scenario &S : R.Scenarios)
      Visit(S, ruleFixture(R));
}

/// A gtest parameter name made of an example row: letters, digits and
/// underscores only.
std::string rowName(size_t Index, const std::vector<std::string> &Row) {
  std::string Name = "Row" + std::to_string(Index + 1);
  std::string Cells;
  for (const std::string &Cell : Row) {
    if (!Cells.empty() && Cells.back() != '_')
      Cells += '_';
    for (char C : Cell) {
      if (llvm::isAlnum(C))
        Cells += C;
      else if (!Cells.empty() && Cells.back() != '_')
        Cells += '_';
    }
  }
  while (!Cells.empty() && Cells.back() == '_')
    Cells.pop_back();
  if (Cells.size() > 40)
    Cells.resize(40);
  return Cells.empty() ? Name : Name + "_" + Cells;
}

/// The names of an outline's Examples columns as fields of its row struct.
std::vector<std::string> exampleFields(const std::vector<std::string> &Header) {
  std::vector<std::string> Fields;
  llvm::StringSet<> Used;
  for (const std::string &Column : Header) {
    std::string Field = snakeCaseIdentifier(camelCaseIdentifier(Column));
    std::string Unique = Field;
    for (unsigned Suffix = 2; Used.contains(Unique); ++Suffix)
      Unique = Field + std::to_string(Suffix);
    Used.insert(Unique);
    Fields.push_back(Unique);
  }
  return Fields;
}

class Writer {
public:
  explicit Writer(const FactoryInfo &Factory)
      : Factory(Factory),
        Qualifier(Factory.Namespace.empty() ? "" : Factory.Namespace + "::") {}

  llvm::Expected<std::string> feature(const FeatureSource &F) const {
    const Feature &Feat = F.Feature;
    std::string Fixture = featureFixture(F);
    std::string Text =
        fmt::format("/// Feature: {0} ({1})\n", Feat.Name, where(F, Feat.Loc));
    if (!Feat.Description.empty()) {
      llvm::SmallVector<llvm::StringRef, 8> Lines;
      llvm::StringRef(Feat.Description).split(Lines, '\n');
      for (llvm::StringRef Line : Lines)
        Text += fmt::format("/// {}\n", Line.str());
    }
    Text += fmt::format(
        "class {fixture} : public ::testing::Test {{\nprotected:\n"
        "  void SetUp() override {{\n"
        "    system = {q}make{factory}System(config);\n{background}  }}\n\n"
        "  /// The values the system is assembled with; change them in the "
        "fixture's constructor.\n"
        "  {q}{factory}SystemConfig config;\n"
        "  std::unique_ptr<{q}{factory}System> system;\n}};\n\n",
        fmt::arg("fixture", Fixture), fmt::arg("q", Qualifier),
        fmt::arg("factory", Factory.Name),
        fmt::arg("background", backgroundComment(Feat.Bg)));
    Text += healthCheck(Fixture);
    for (const Scenario &S : Feat.Scenarios)
      if (llvm::Error E = scenario(F, S, Fixture, Text))
        return E;
    for (const Rule &R : Feat.Rules) {
      std::string RuleFixture = ruleFixture(R);
      Text += fmt::format(
          "/// Rule: {name} ({where})\nclass {rule} : public {fixture} {{\n"
          "protected:\n  void SetUp() override {{\n    {fixture}::SetUp();\n"
          "{background}  }}\n}};\n\n",
          fmt::arg("name", R.Name), fmt::arg("where", where(F, R.Loc)),
          fmt::arg("rule", RuleFixture), fmt::arg("fixture", Fixture),
          fmt::arg("background", backgroundComment(R.Bg)));
      for (const Scenario &S : R.Scenarios)
        if (llvm::Error E = scenario(F, S, RuleFixture, Text))
          return E;
    }
    return Text;
  }

private:
  static std::string heading(const FeatureSource &F, const Scenario &S,
                             const std::vector<std::string> &Tags) {
    return fmt::format(
        "// {keyword}: {name} ({where}{tags})\n",
        fmt::arg("keyword", S.Keyword), fmt::arg("name", S.Name),
        fmt::arg("where", where(F, S.Loc)),
        fmt::arg("tags", Tags.empty() ? "" : ", " + llvm::join(Tags, " ")));
  }

  /// Assembles the system and touches every mock: `itdd red` expects it to
  /// pass and blocks the feature's other verdicts when it does not.
  std::string healthCheck(const std::string &Fixture) const {
    std::string Reach;
    if (!Factory.EntryMember.empty())
      Reach = fmt::format("  [[maybe_unused]] auto &entry = system->{};\n",
                          Factory.EntryMember);
    for (const std::string &Mock : Factory.MockMembers)
      Reach += fmt::format("  EXPECT_TRUE(::testing::Mock::"
                           "VerifyAndClearExpectations(&system->{}));\n",
                           Mock);
    return fmt::format(
        "// Health check: the system assembles through the factory and its "
        "mocks are\n// reachable. `itdd red` expects it to pass; while it "
        "fails, the other tests\n// of the feature are blocked by the "
        "set-up.\nTEST_F({fixture}, {test}) {{\n"
        "  ASSERT_NE(system, nullptr);\n{reach}}}\n\n",
        fmt::arg("fixture", Fixture), fmt::arg("test", HealthCheckName),
        fmt::arg("reach", Reach));
  }

  /// The steps as comments and the failure that marks the test pending.
  std::string body(const Scenario &S) const {
    return fmt::format(
        "{steps}  GTEST_FAIL() << \"{marker}: {name} (write its steps as "
        "code and assert the Then outcome)\";\n}}\n\n",
        fmt::arg("steps",
                 stepComments(S.Steps, "system->" + Factory.EntryMember)),
        fmt::arg("marker", PendingMarker),
        fmt::arg("name", escapeCppString(S.Name)));
  }

  /// Appends the test of S, or of each row of its Examples, to Text.
  llvm::Error scenario(const FeatureSource &F, const Scenario &S,
                       const std::string &Fixture, std::string &Text) const {
    std::vector<std::string> Tags = F.Feature.Tags;
    Tags.insert(Tags.end(), S.Tags.begin(), S.Tags.end());
    std::string Name = scenarioName(S);
    if (!S.Outline) {
      Text += heading(F, S, Tags) +
              fmt::format("TEST_F({0}, {1}) {{\n", Fixture, Name) + body(S);
      return llvm::Error::success();
    }
    const std::vector<std::string> &Header = S.ExampleTables.front().Header;
    std::vector<std::vector<std::string>> Rows;
    for (const Examples &Ex : S.ExampleTables) {
      if (Ex.Header != Header)
        return fail(where(F, Ex.Loc) +
                    ": these Examples have other columns than the first "
                    "Examples of '" + S.Name +
                    "'; give every Examples table of a Scenario Outline the "
                    "same columns");
      Rows.insert(Rows.end(), Ex.Rows.begin(), Ex.Rows.end());
    }
    std::string Example = Name + "Example";
    Text += exampleRow(S, Example, Header) +
            fmt::format("class {0} : public {1}, public "
                        "::testing::WithParamInterface<{2}> {{}};\n\n",
                        Name, Fixture, Example) +
            heading(F, S, Tags) +
            fmt::format("TEST_P({0}, Example) {{\n  [[maybe_unused]] const "
                        "{1} &example = GetParam();\n",
                        Name, Example) +
            body(S) + instantiation(F, Name, Example, Rows);
    return llvm::Error::success();
  }

  /// The struct that holds a row of an outline's Examples, and how gtest
  /// prints it.
  static std::string exampleRow(const Scenario &S, const std::string &Example,
                                const std::vector<std::string> &Header) {
    std::vector<std::string> Fields = exampleFields(Header);
    std::string Members, Prints;
    for (size_t I = 0; I < Fields.size(); ++I) {
      Members +=
          fmt::format("  std::string {0}; // <{1}>\n", Fields[I], Header[I]);
      Prints += fmt::format(" << \"{0}{1}=\" << Row.{2}", I ? ", " : "",
                            escapeCppString(Header[I]), Fields[I]);
    }
    return fmt::format(
        "/// A row of the Examples of \"{scenario}\".\nstruct {example} {{\n"
        "{members}}};\n\n[[maybe_unused]] void PrintTo(const {example} &Row, "
        "std::ostream *OS) {{\n  *OS{prints};\n}}\n\n",
        fmt::arg("scenario", S.Name), fmt::arg("example", Example),
        fmt::arg("members", Members), fmt::arg("prints", Prints));
  }

  /// The outline's tests, one per row, each named after its row.
  static std::string
  instantiation(const FeatureSource &F, const std::string &Name,
                const std::string &Example,
                const std::vector<std::vector<std::string>> &Rows) {
    std::vector<std::string> Names, Values;
    for (size_t R = 0; R < Rows.size(); ++R) {
      Names.push_back(fmt::format("\"{}\"", rowName(R, Rows[R])));
      std::vector<std::string> Cells;
      for (const std::string &Cell : Rows[R])
        Cells.push_back(fmt::format("\"{}\"", escapeCppString(Cell)));
      Values.push_back(fmt::format("\n        {0}{{{1}}}", Example,
                                   llvm::join(Cells, ", ")));
    }
    std::string Prefix = featureFixture(F);
    Prefix.resize(Prefix.size() - std::strlen("Feature"));
    // The row names live in a function: a braced list inside the macro's
    // arguments would be split at its commas.
    return fmt::format(
        "std::string {name}RowName(const ::testing::TestParamInfo<{example}> "
        "&Info) {{\n  static const char *const Names[] = {{{names}}};\n"
        "  return Names[Info.index];\n}}\n\n"
        "INSTANTIATE_TEST_SUITE_P(\n    {prefix}, {name},\n"
        "    ::testing::Values({values}),\n    {name}RowName);\n\n",
        fmt::arg("name", Name), fmt::arg("example", Example),
        fmt::arg("names", llvm::join(Names, ", ")), fmt::arg("prefix", Prefix),
        fmt::arg("values", llvm::join(Values, ",")));
  }

  const FactoryInfo &Factory;
  const std::string Qualifier;
};

} // namespace

llvm::Expected<std::vector<ExpectedTest>>
expectedTests(llvm::ArrayRef<FeatureSource> Features) {
  std::vector<ExpectedTest> Result;
  std::map<std::string, std::string> Seen; // Suite.Name -> where.
  std::map<std::string, std::string> Classes;
  llvm::Error Err = llvm::Error::success();
  for (const FeatureSource &F : Features) {
    std::string FeatureClass = featureFixture(F);
    Classes.emplace(FeatureClass, where(F, F.Feature.Loc));
    for (const Rule &R : F.Feature.Rules) {
      auto [It, New] = Classes.emplace(ruleFixture(R), where(F, R.Loc));
      if (New || Err)
        continue;
      Err = fail(where(F, R.Loc) + ": rule '" + R.Name +
                 "' has the same name as the one at " + It->second +
                 "; rename one (fixture names must be unique)");
    }
    forEachScenario(F, [&](const Scenario &S, const std::string &Fixture) {
      ExpectedTest T;
      T.Scenario = S.Name;
      T.Where = where(F, S.Loc);
      T.Parameterized = S.Outline;
      T.Suite = S.Outline ? scenarioName(S) : Fixture;
      T.Name = S.Outline ? "Example" : scenarioName(S);
      std::string Key = S.Outline ? T.Suite : T.Suite + "." + T.Name;
      auto [It, New] = (S.Outline ? Classes : Seen).emplace(Key, T.Where);
      if (!New && !Err)
        Err = fail(T.Where + ": scenario '" + S.Name + "' gets the test name " +
                   scenarioName(S) + ", as the scenario at " + It->second +
                   " does; rename one of them (test names must be unique)");
      Result.push_back(std::move(T));
    });
  }
  if (Err)
    return Err;
  return Result;
}

llvm::Expected<std::string>
generateTestSkeletons(llvm::ArrayRef<FeatureSource> Features,
                      const FactoryInfo &Factory,
                      llvm::StringRef FactoryInclude) {
  llvm::Expected<std::vector<ExpectedTest>> Names = expectedTests(Features);
  if (!Names)
    return Names.takeError();
  bool Outlines = llvm::any_of(
      *Names, [](const ExpectedTest &T) { return T.Parameterized; });
  std::string Text = fmt::format(
      "#include \"{include}\"\n\n#include <gtest/gtest.h>\n#include <memory>\n"
      "{outlines}\n// Each test fails as pending until its steps are written "
      "and its Then asserts the business outcome; `itdd red` tells pending, "
      "good red and bad red apart.\n\nnamespace {{\n\n",
      fmt::arg("include", FactoryInclude.str()),
      fmt::arg("outlines",
               Outlines ? "#include <ostream>\n#include <string>\n" : ""));
  Writer W(Factory);
  for (const FeatureSource &F : Features) {
    llvm::Expected<std::string> Feature = W.feature(F);
    if (!Feature)
      return Feature.takeError();
    Text += *Feature;
  }
  Text += "} // namespace\n";
  return Text;
}

std::vector<FoundTest> findTests(llvm::StringRef Source) {
  // Comments and literals blanked out, newlines kept: a test named in a
  // comment does not count and line numbers stay right.
  std::string Code = codeOnly(Source);
  std::vector<FoundTest> Result;
  llvm::Regex Test("(^|[^A-Za-z0-9_])(TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)"
                   "[ \t\n]*\\([ \t\n]*([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*,[ \t\n]*"
                   "([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*\\)");
  llvm::StringRef Rest = Code;
  size_t Offset = 0;
  llvm::SmallVector<llvm::StringRef, 5> M;
  while (Test.match(Rest, &M)) {
    size_t At = Offset + (M[2].data() - Rest.data());
    FoundTest T;
    T.Suite = M[3].str();
    T.Name = M[4].str();
    T.Line = 1 + static_cast<unsigned>(
                     llvm::StringRef(Code).take_front(At).count('\n'));
    Result.push_back(std::move(T));
    size_t Advance = (M[0].data() - Rest.data()) + M[0].size();
    Offset += Advance;
    Rest = Rest.drop_front(Advance);
  }
  return Result;
}

} // namespace itdd
