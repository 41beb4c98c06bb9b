//===--- TestSkeletons.cpp - red tests from Gherkin scenarios -------------===//

#include "generators/TestSkeletons.h"
#include "core/SourceText.h"
#include "generators/Names.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>
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

void writeCommentLines(llvm::StringRef Indent, llvm::StringRef Text,
                       llvm::raw_ostream &OS) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    OS << "  //" << (Line.empty() ? "" : " ") << Indent << Line;
    // A comment line ending in a backslash would swallow the next line.
    OS << (Line.ends_with("\\") ? " .\n" : "\n");
  }
}

void writeTable(const std::vector<std::vector<std::string>> &Rows,
                llvm::raw_ostream &OS) {
  std::vector<size_t> Widths;
  for (const auto &Row : Rows)
    for (size_t I = 0; I < Row.size(); ++I) {
      if (Widths.size() <= I)
        Widths.push_back(0);
      Widths[I] = std::max(Widths[I], Row[I].size());
    }
  for (const auto &Row : Rows) {
    std::string Line = "|";
    for (size_t I = 0; I < Row.size(); ++I)
      Line += " " + Row[I] + std::string(Widths[I] - Row[I].size(), ' ') +
              " |";
    writeCommentLines("  ", Line, OS);
  }
}

/// The steps as comment blocks, a blank line between Given, When and Then.
void writeSteps(const std::vector<Step> &Steps, llvm::StringRef DriveHint,
                llvm::raw_ostream &OS) {
  bool HintGiven = false;
  for (size_t I = 0; I < Steps.size(); ++I) {
    const Step &S = Steps[I];
    if (I && S.Kind != Steps[I - 1].Kind)
      OS << "\n";
    writeCommentLines("", S.Keyword + " " + S.Text, OS);
    if (S.Table)
      writeTable(S.Table->Rows, OS);
    if (S.Doc) {
      writeCommentLines("  ", "\"\"\"" + S.Doc->MediaType, OS);
      writeCommentLines("  ", S.Doc->Content, OS);
      writeCommentLines("  ", "\"\"\"", OS);
    }
    bool LastOfBlock = I + 1 == Steps.size() || Steps[I + 1].Kind != S.Kind;
    if (S.Kind == StepKind::Action && LastOfBlock && !HintGiven &&
        !DriveHint.empty()) {
      OS << "  //   (through the entry point: " << DriveHint << ")\n";
      HintGiven = true;
    }
  }
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

class Writer {
public:
  Writer(const FactoryInfo &Factory, llvm::raw_ostream &OS)
      : Factory(Factory), OS(OS) {
    Qualifier = Factory.Namespace.empty() ? "" : Factory.Namespace + "::";
  }

  llvm::Error feature(const FeatureSource &F) {
    const Feature &Feat = F.Feature;
    std::string Fixture = featureFixture(F);
    OS << "/// Feature: " << Feat.Name << " (" << where(F, Feat.Loc) << ")\n";
    if (!Feat.Description.empty()) {
      llvm::SmallVector<llvm::StringRef, 8> Lines;
      llvm::StringRef(Feat.Description).split(Lines, '\n');
      for (llvm::StringRef Line : Lines)
        OS << "/// " << Line << "\n";
    }
    OS << "class " << Fixture << " : public ::testing::Test {\nprotected:\n"
       << "  void SetUp() override {\n    system = " << Qualifier << "make"
       << Factory.Name << "System(config);\n";
    if (Feat.Bg) {
      OS << "    // Background:\n";
      writeSteps(Feat.Bg->Steps, "", OS);
    }
    OS << "  }\n\n  /// The values the system is assembled with; change them "
          "in the fixture's constructor.\n  "
       << Qualifier << Factory.Name << "SystemConfig config;\n  std::unique_ptr<"
       << Qualifier << Factory.Name << "System> system;\n};\n\n";
    healthCheck(Fixture);
    for (const Scenario &S : Feat.Scenarios)
      if (llvm::Error E = scenario(F, S, Fixture))
        return E;
    for (const Rule &R : Feat.Rules) {
      std::string RuleFixture = ruleFixture(R);
      OS << "/// Rule: " << R.Name << " (" << where(F, R.Loc) << ")\n"
         << "class " << RuleFixture << " : public " << Fixture
         << " {\nprotected:\n  void SetUp() override {\n    " << Fixture
         << "::SetUp();\n";
      if (R.Bg) {
        OS << "    // Background:\n";
        writeSteps(R.Bg->Steps, "", OS);
      }
      OS << "  }\n};\n\n";
      for (const Scenario &S : R.Scenarios)
        if (llvm::Error E = scenario(F, S, RuleFixture))
          return E;
    }
    return llvm::Error::success();
  }

private:
  void heading(const FeatureSource &F, const Scenario &S,
               const std::vector<std::string> &Tags) {
    OS << "// " << S.Keyword << ": " << S.Name << " (" << where(F, S.Loc);
    if (!Tags.empty())
      OS << ", " << llvm::join(Tags, " ");
    OS << ")\n";
  }

  /// Assembles the system and touches every mock: `itdd red` expects it to
  /// pass and blocks the feature's other verdicts when it does not.
  void healthCheck(const std::string &Fixture) {
    OS << "// Health check: the system assembles through the factory and its "
          "mocks are\n// reachable. `itdd red` expects it to pass; while it "
          "fails, the other tests\n// of the feature are blocked by the "
          "set-up.\nTEST_F("
       << Fixture << ", " << HealthCheckName
       << ") {\n  ASSERT_NE(system, nullptr);\n";
    if (!Factory.EntryMember.empty())
      OS << "  [[maybe_unused]] auto &entry = system->" << Factory.EntryMember
         << ";\n";
    for (const std::string &Mock : Factory.MockMembers)
      OS << "  EXPECT_TRUE(::testing::Mock::VerifyAndClearExpectations(&system->"
         << Mock << "));\n";
    OS << "}\n\n";
  }

  void pending(const Scenario &S) {
    OS << "  GTEST_FAIL() << \"" << PendingMarker << ": "
       << escapeCppString(S.Name)
       << " (write its steps as code and assert the Then outcome)\";\n}\n\n";
  }

  llvm::Error scenario(const FeatureSource &F, const Scenario &S,
                       const std::string &Fixture) {
    std::vector<std::string> Tags = F.Feature.Tags;
    Tags.insert(Tags.end(), S.Tags.begin(), S.Tags.end());
    std::string Name = scenarioName(S);
    std::string Hint = "system->" + Factory.EntryMember;
    if (!S.Outline) {
      heading(F, S, Tags);
      OS << "TEST_F(" << Fixture << ", " << Name << ") {\n";
      writeSteps(S.Steps, Hint, OS);
      pending(S);
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
    OS << "/// A row of the Examples of \"" << S.Name << "\".\nstruct " << Example
       << " {\n";
    for (size_t I = 0; I < Fields.size(); ++I)
      OS << "  std::string " << Fields[I] << "; // <" << Header[I] << ">\n";
    OS << "};\n\n[[maybe_unused]] void PrintTo(const " << Example
       << " &Row, std::ostream *OS) {\n  *OS";
    for (size_t I = 0; I < Fields.size(); ++I)
      OS << " << \"" << (I ? ", " : "") << escapeCppString(Header[I])
         << "=\" << Row." << Fields[I];
    OS << ";\n}\n\nclass " << Name << " : public " << Fixture
       << ", public ::testing::WithParamInterface<" << Example << "> {};\n\n";
    heading(F, S, Tags);
    OS << "TEST_P(" << Name << ", Example) {\n  [[maybe_unused]] const "
       << Example << " &example = GetParam();\n";
    writeSteps(S.Steps, Hint, OS);
    pending(S);
    // The row names live in a function: a braced list inside the macro's
    // arguments would be split at its commas.
    OS << "std::string " << Name << "RowName(const ::testing::TestParamInfo<"
       << Example << "> &Info) {\n  static const char *const Names[] = {";
    for (size_t R = 0; R < Rows.size(); ++R)
      OS << (R ? ", " : "") << "\"" << rowName(R, Rows[R]) << "\"";
    OS << "};\n  return Names[Info.index];\n}\n\n";
    std::string Prefix = featureFixture(F);
    Prefix.resize(Prefix.size() - std::strlen("Feature"));
    OS << "INSTANTIATE_TEST_SUITE_P(\n    " << Prefix << ", " << Name
       << ",\n    ::testing::Values(";
    for (size_t R = 0; R < Rows.size(); ++R) {
      OS << (R ? ",\n        " : "\n        ") << Example << "{";
      for (size_t C = 0; C < Rows[R].size(); ++C)
        OS << (C ? ", " : "") << "\"" << escapeCppString(Rows[R][C]) << "\"";
      OS << "}";
    }
    OS << "),\n    " << Name << "RowName);\n\n";
    return llvm::Error::success();
  }

  const FactoryInfo &Factory;
  llvm::raw_ostream &OS;
  std::string Qualifier;
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
generateScenarioTests(llvm::ArrayRef<FeatureSource> Features,
                      const FactoryInfo &Factory,
                      llvm::StringRef FactoryInclude) {
  llvm::Expected<std::vector<ExpectedTest>> Names = expectedTests(Features);
  if (!Names)
    return Names.takeError();
  bool Outlines = llvm::any_of(
      *Names, [](const ExpectedTest &T) { return T.Parameterized; });
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << "#include \"" << FactoryInclude << "\"\n\n#include <gtest/gtest.h>\n"
     << "#include <memory>\n";
  if (Outlines)
    OS << "#include <ostream>\n#include <string>\n";
  OS << "\n// Each test fails as pending until its steps are written and its "
        "Then asserts the business outcome; `itdd red` tells pending, good "
        "red and bad red apart.\n\nnamespace {\n\n";
  Writer W(Factory, OS);
  for (const FeatureSource &F : Features)
    if (llvm::Error E = W.feature(F))
      return E;
  OS << "} // namespace\n";
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
