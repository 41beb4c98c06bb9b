//===--- ExplainTest.cpp - itdd explain FILE[:LINE] | Suite.Name ----------===//
//
// What every check saw in one test: the file is read with the analysis the
// checks use (TestFileAnalysis and its walk), and each check's decision is
// taken from analysis/TestVerdicts, which the checks call too. Only the
// wording is here.
//
//===----------------------------------------------------------------------===//

#include "tools/CommonOptions.h"
#include "tools/explain/Explain.h"
#include "analysis/SetupAssertions.h"
#include "analysis/TestAnalysis.h"
#include "analysis/TestVerdicts.h"
#include "analysis/ast/Decls.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/walk/Fixtures.h"
#include "core/ConfigProposal.h"
#include "generators/MapLookup.h"
#include "support/Paths.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace llvm;

namespace itdd::explain {

namespace {

/// Which test the user named: by file (and a line inside it), or by
/// suite and name.
struct Wanted {
  unsigned Line = 0;
  std::string Suite, Name;
  bool matches(const IntegrationTest &T, unsigned First, unsigned Last) const {
    if (!Name.empty())
      return T.Suite == Suite && T.Name == Name;
    return !Line || (First <= Line && Line <= Last);
  }
};

std::string plural(size_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

std::string quotedNames(ArrayRef<std::string> Names) {
  std::vector<std::string> Quoted;
  for (const std::string &N : Names)
    Quoted.push_back("'" + N + "'");
  return join(Quoted, ", ");
}

/// Describes one test; the checks' decisions come from TestVerdicts.
class TestExplainer {
public:
  TestExplainer(TestFileAnalysis &A, clang::ASTContext &Ctx,
                raw_ostream &OS)
      : A(A), Ctx(Ctx), SM(Ctx.getSourceManager()), OS(OS), Units(A.classifier()) {
    for (const IntegrationTest &T : A.tests())
      MissingInFile += missingEntryPointVerdict(T) == Verdict::Fires;
  }

  unsigned line(clang::SourceLocation Loc) const {
    return SM.getExpansionLineNumber(Loc);
  }
  /// The last line of the test's body.
  unsigned lastLine(const IntegrationTest &T) const {
    for (const clang::CXXMethodDecl *M : T.Class->methods())
      if (M->getIdentifier() && M->getName() == "TestBody" && M->getBody())
        return line(SM.getExpansionRange(M->getBody()->getEndLoc()).getEnd());
    return line(T.Loc);
  }

  void explain(const IntegrationTest &T);

private:
  /// Where the walk went and where it stopped.
  void walk(const IntegrationTest &T);
  void assertions(const IntegrationTest &T);
  /// The mocks the test and its fixtures create; returns the first finding
  /// of itdd-internal-mock among them.
  std::string mocks(const IntegrationTest &T);
  void verdicts(const IntegrationTest &T, const std::string &MockFinding);
  void verdict(StringRef Check, Verdict V, const Twine &Why);
  static std::string exemptBecause(const IntegrationTest &T);
  bool inTest(const IntegrationTest &T, clang::SourceLocation Loc);

  TestFileAnalysis &A;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  raw_ostream &OS;
  CodeUnitNames Units;
  size_t MissingInFile = 0;
  bool AnyFires = false;
};

void TestExplainer::explain(const IntegrationTest &T) {
  OS << shown(SM.getFilename(SM.getExpansionLoc(T.Loc))) << ":" << line(T.Loc)
     << ": " << T.Macro << "(" << T.Suite << ", " << T.Name << ")\n";
  walk(T);
  assertions(T);
  std::string MockFinding = mocks(T);
  verdicts(T, MockFinding);
  if (AnyFires)
    OS << "  (a check that fires stays silent where NOLINT or the baseline "
          "itdd.Baseline names holds the finding)\n";
}

void TestExplainer::walk(const IntegrationTest &T) {
  // Its body first, then what it led to; GoogleMock's own members of the
  // mocks it sets expectations on are machinery, not the test's code.
  std::vector<std::string> Followed;
  std::set<const clang::FunctionDecl *> Said;
  for (const clang::FunctionDecl *FD : T.Followed) {
    const auto *M = dyn_cast<clang::CXXMethodDecl>(FD);
    if (!Said.insert(FD->getCanonicalDecl()).second ||
        (M && A.classifier().isMock(M->getParent())))
      continue;
    clang::SourceLocation At = SM.getExpansionLoc(FD->getLocation());
    std::string Where = SM.isInMainFile(At)
                            ? "line " + std::to_string(line(At))
                            : shown(SM.getFilename(At)) + ":" +
                                  std::to_string(line(At));
    if (M && M->getParent() == T.Class)
      Followed.insert(Followed.begin(), "its body (" + Where + ")");
    else
      Followed.push_back(qualifiedName(FD) + " (" + Where + ")");
  }
  OS << "  followed: " << (Followed.empty() ? "nothing" : join(Followed, ", "))
     << "\n";
  if (T.Undecided)
    OS << "  stopped: " << T.UndecidedReason << "\n";
  OS << "  entry point: "
     << (!T.EntryPointReached.empty() ? "reaches '" + T.EntryPointReached + "'"
         : T.CallsEntryPoint
             ? std::string("reached through test support another file "
                           "defines (from the map itdd.Map names)")
         : drivesProgramFromOutside(T)
             ? "the start of the program it runs through " + T.StartsProgram
         : std::string("none reached"))
     << "\n";
  std::vector<std::string> Names = realComponentNames(T);
  OS << "  real components: "
     << (Names.empty() ? "none" : quotedNames(Names));
  if (T.CallsFacade)
    OS << " (and it calls a facade function that assembles the system out of "
          "sight)";
  if (!T.StartsProgram.empty())
    OS << " (and it starts a program through " << T.StartsProgram
       << (Names.empty() ? ": the application runs outside the test's process"
                         : "")
       << ")";
  OS << "\n";
}

void TestExplainer::assertions(const IntegrationTest &T) {
  OS << "  assertions:" << (T.Assertions.empty() ? " none" : "") << "\n";
  for (const ReachedAssertion &R : T.Assertions) {
    OS << "    line " << line(R.Site->Statement->getBeginLoc()) << ": "
       << R.Site->Macro << ": ";
    if (R.InFixtureLifecycle)
      OS << "set-up only (in the fixture's set-up or tear-down)";
    else if (checksOnlySetup(R))
      OS << "set-up only (non-null, no-throw or 'is ready' by its shape)";
    else
      OS << "checks an outcome";
    std::string Detail = renderingDetailOf(*R.Site, A.classifier());
    if (!Detail.empty())
      OS << "; checks rendering detail '" << Detail << "'";
    OS << "\n";
  }
  if (T.OutcomeChecksElsewhere || T.SetupChecksElsewhere)
    OS << "    in test support other files define: "
       << plural(T.OutcomeChecksElsewhere, "outcome check", "outcome checks")
       << ", "
       << plural(T.SetupChecksElsewhere, "set-up check", "set-up checks")
       << "\n";
  OS << "  expectations: "
     << plural(T.BoundaryExpectations, "on an external boundary",
               "on external boundaries")
     << " (outcomes), "
     << plural(T.InternalExpectations,
               "on a mock of the application's own components",
               "on mocks of the application's own components")
     << "\n";
}

bool TestExplainer::inTest(const IntegrationTest &T,
                           clang::SourceLocation Loc) {
  unsigned L = line(Loc);
  if (line(T.Loc) <= L && L <= lastLine(T))
    return true;
  for (const clang::CXXRecordDecl *F :
       fixtureChain(analysedClass(T.Class), A.classifier())) {
    clang::SourceRange R = SM.getExpansionRange(F->getSourceRange()).getAsRange();
    if (SM.getFileID(R.getBegin()) == SM.getFileID(SM.getExpansionLoc(Loc)) &&
        line(R.getBegin()) <= L && L <= line(R.getEnd()))
      return true;
  }
  return false;
}

std::string TestExplainer::mocks(const IntegrationTest &T) {
  std::string Finding;
  std::vector<std::string> Lines;
  for (const MockCreation &M : A.mockCreations()) {
    if (!inTest(T, M.Loc))
      continue;
    std::vector<std::string> For;
    for (const clang::CXXRecordDecl *Mocked : classesMockedBy(M)) {
      ClassRole R = A.classifier().roleOf(Mocked);
      For.push_back("'" + qualifiedName(Mocked) + "' (" +
                    roleName(R.Primary).str() + ")");
      if (R.mustStayReal() && Finding.empty())
        Finding = "it mocks " + roleName(R.Primary).str() + " '" +
                  qualifiedName(Mocked) + "' at line " +
                  std::to_string(line(M.Loc)) +
                  "; run 'itdd explain' on the class for why it has that "
                  "role";
    }
    Lines.push_back("    line " + std::to_string(line(M.Loc)) + ": '" +
                    clang::TypeName::getFullyQualifiedName(
                        Ctx.getRecordType(M.Mock), Ctx,
                        Ctx.getPrintingPolicy()) +
                    "' stands in for " +
                    (For.empty() ? std::string("nothing of the project")
                                 : join(For, ", ")));
  }
  OS << "  mocks:" << (Lines.empty() ? " none" : "") << "\n";
  for (const std::string &L : Lines)
    OS << L << "\n";
  return Finding;
}

std::string TestExplainer::exemptBecause(const IntegrationTest &T) {
  return T.CompileTimeOnly   ? "it only has static_asserts"
         : T.HealthCheck     ? "it is the health check 'itdd gen tests' writes"
         : T.PendingSkeleton ? "it is a pending skeleton "
                               "(itdd-missing-business-assertion reports it)"
                             : "";
}

void TestExplainer::verdict(StringRef Check, Verdict V, const Twine &Why) {
  static const char *Words[] = {"does not apply", "passes", "not judged",
                                "fires"};
  AnyFires |= V == Verdict::Fires;
  OS << "    " << Check << ": " << Words[static_cast<int>(V)] << ": " << Why
     << "\n";
}

void TestExplainer::verdicts(const IntegrationTest &T,
                             const std::string &MockFinding) {
  OS << "  checks:\n";
  Verdict Entry = missingEntryPointVerdict(T);
  verdict("itdd-missing-entry-point", Entry,
          Entry == Verdict::Exempt      ? exemptBecause(T)
          : Entry == Verdict::Passes && !T.CallsEntryPoint
              ? "it drives the application from outside: it starts a program "
                "through " + T.StartsProgram + " and builds none of its "
                "components in its own process"
          : Entry == Verdict::Passes    ? "it goes through an entry point"
          : Entry == Verdict::NotJudged ? "it " + T.UndecidedReason
          : entryPointsUnconfigured(A, Ctx, MissingInFile)
              ? "no call it makes reaches an entry point; said once for the "
                "file, as a remark: the default names recognise none its "
                "tests reach, set itdd.EntryPoints"
              : "no call it makes, in its body, fixture or helpers, reaches "
                "an entry point");

  std::vector<std::string> Names;
  Verdict Single = singleComponentVerdict(T, Names);
  verdict("itdd-single-component", Single,
          Single == Verdict::Exempt      ? exemptBecause(T)
          : Single == Verdict::NotJudged ? "it " + T.UndecidedReason +
                                               ", which may build more"
          : Names.size() >= 2
              ? plural(Names.size(), "real component", "real components") +
                    " work together"
          : T.CallsFacade
              ? "it calls a facade that assembles the system out of sight"
          : drivesProgramFromOutside(T)
              ? "it drives the application from outside: the program it "
                "starts through " + T.StartsProgram + " runs it whole"
              : plural(Names.size(), "real component", "real components") +
                    " of the two needed");

  AssertionCounts Counts;
  Verdict Business = missingBusinessAssertionVerdict(T, Counts);
  std::string Checks = plural(Counts.Business, "outcome check",
                              "outcome checks") +
                       ", " +
                       plural(Counts.Setup, "set-up check", "set-up checks");
  verdict("itdd-missing-business-assertion", Business,
          Business == Verdict::Exempt    ? exemptBecause(T)
          : Business == Verdict::Passes  ? Checks
          : Business == Verdict::NotJudged
              ? Checks + "; it " + T.UndecidedReason + ", which may assert"
          : T.PendingSkeleton ? std::string("it is a pending skeleton")
          : T.InternalExpectations > 0
              ? Checks + "; it only expects calls on mocks of the "
                         "application's own components"
              : Checks);

  verdict("itdd-internal-mock",
          MockFinding.empty() ? Verdict::Passes : Verdict::Fires,
          MockFinding.empty() ? "no mock it creates stands in for an entry "
                                "point, UI or internal component"
                              : MockFinding);

  std::string Detail;
  for (const ReachedAssertion &R : T.Assertions)
    if (Detail.empty() && is_contained(A.fileAssertions(), R.Site))
      Detail = renderingDetailOf(*R.Site, A.classifier());
  verdict("itdd-ui-detail-assertion",
          Detail.empty() ? Verdict::Passes : Verdict::Fires,
          Detail.empty() ? "no assertion it reaches checks a rendering member"
                         : "an assertion checks rendering detail '" + Detail +
                               "'");

  std::optional<CodeUnit> Unit;
  if (!T.CompileTimeOnly)
    Unit = Units.namedAfter(T);
  verdict("itdd-scenario-naming",
          T.CompileTimeOnly ? Verdict::Exempt
          : Unit            ? Verdict::Fires
                            : Verdict::Passes,
          T.CompileTimeOnly ? exemptBecause(T)
          : Unit ? "its name opens with " +
                       std::string(Unit->IsMethod ? "member function"
                                                  : "class") +
                       " '" + Unit->QualifiedName + "', a code unit it uses"
                 : std::string("its name is not a class or member function "
                               "it uses"));
  OS << "    itdd-test-only-access: judges the file's classes and #defines, "
        "not one test\n";
}

/// The tests the sources of the database define, as "Suite.Name", with the
/// files that define each: read from the text, then confirmed by parsing.
std::map<std::string, std::set<std::string>>
testsByName(const clang::tooling::CompilationDatabase &DB) {
  Regex Macro("(TYPED_TEST_P|TYPED_TEST|TEST_P|TEST_F|TEST)[ \t]*\\([ \t\n]*"
              "([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*,[ \t\n]*([A-Za-z_][A-Za-z0-9_]*)"
              "[ \t\n]*\\)");
  std::map<std::string, std::set<std::string>> Result;
  for (const std::string &File : DB.getAllFiles()) {
    auto Text = MemoryBuffer::getFile(File);
    if (!Text)
      continue;
    StringRef Rest = (*Text)->getBuffer();
    SmallVector<StringRef, 4> Groups;
    while (Macro.match(Rest, &Groups)) {
      Result[(Groups[2] + "." + Groups[3]).str()].insert(File);
      Rest = Rest.substr(Groups[0].end() - Rest.begin());
    }
  }
  return Result;
}

/// When the .clang-tidy that sets itdd.IntegrationTestFiles was written
/// by itdd init, why it left File out: the comment it wrote for the file.
std::optional<std::string> leftOutByInit(const ProjectConfig &Project,
                                         StringRef File) {
  std::string Config = keyFile(Project, "itdd.IntegrationTestFiles");
  if (Config.empty())
    return std::nullopt;
  auto Text = MemoryBuffer::getFile(Config);
  if (!Text)
    return std::nullopt;
  return leftOutBecause((*Text)->getBuffer(),
                        sys::path::convert_to_slash(absolutePath(File)));
}

} // namespace

int explainTest(StringRef What) {
  auto DB = loadCompilationDatabase(BuildPath);
  if (!DB)
    return usage(toString(DB.takeError()));
  Wanted Want;
  std::vector<std::string> Files;
  auto [Path, LineText] = What.rsplit(':');
  if (!LineText.empty() && !LineText.getAsInteger(10, Want.Line)) {
    Files.push_back(absolutePath(Path));
  } else if (sys::fs::exists(What)) {
    Files.push_back(absolutePath(What));
  } else {
    auto [Suite, Name] = What.split('.');
    Want.Suite = Suite.str();
    Want.Name = Name.str();
    std::map<std::string, std::set<std::string>> Known = testsByName(**DB);
    auto It = Known.find(What.str());
    if (It == Known.end()) {
      std::vector<std::string> Names;
      Names.reserve(Known.size());
      for (const auto &Entry : Known)
        Names.push_back(Entry.first);
      return usage("no test named '" + What +
                   "' in the sources of the compile database" +
                   didYouMean(Names, What));
    }
    Files.assign(It->second.begin(), It->second.end());
  }
  if ((*DB)->getCompileCommands(Files.front()).empty())
    return usage("'" + Files.front() +
                 "' is not in compile_commands.json; a test is read through "
                 "its compile command, name a source file of the build");

  unsigned Explained = 0;
  std::vector<std::string> Present;
  for (const std::string &File : Files) {
    ProjectConfig Project = loadProjectConfig(sys::path::parent_path(File));
    printConfigProblems(Project);
    if (!Project.Valid)
      return 2;
    std::string Problem = parseUnit(**DB, File, [&](clang::ASTContext &Ctx) {
      TestFileAnalysis A(Ctx, *Project.Cfg);
      if (!A.compiles()) {
        outs() << shown(File)
               << ": not judged: it does not compile, and the checks judge "
                  "no test of a file that does not\n";
        ++Explained;
        return;
      }
      if (!A.isIntegrationTestFile()) {
        outs() << shown(File) << ": not judged: "
               << keyAndOrigin(Project, "itdd.IntegrationTestFiles")
               << " does not match its path ('"
               << Project.Cfg->value("itdd.IntegrationTestFiles")
               << "'); the checks judge integration test files only\n";
        if (std::optional<std::string> Why = leftOutByInit(Project, File))
          outs() << "  itdd init left it out: " << *Why << "\n";
        ++Explained;
        return;
      }
      TestExplainer Explainer(A, Ctx, outs());
      for (const IntegrationTest &T : A.tests()) {
        if (!T.Class)
          continue;
        unsigned First = Explainer.line(T.Loc);
        Present.push_back(T.Suite + "." + T.Name + " (line " +
                          std::to_string(First) + ")");
        if (!Want.matches(T, First, Explainer.lastLine(T)))
          continue;
        if (Explained++)
          outs() << "\n";
        Explainer.explain(T);
      }
    });
    if (!Problem.empty()) {
      errs() << "itdd explain: " << shown(File)
             << ": cannot read it: " << Problem << "\n";
      return 1;
    }
  }
  if (Explained)
    return 0;
  return usage("no test " +
               (Want.Name.empty() ? "at '" + What.str() + "'"
                                  : "named '" + What.str() + "'") +
               (Present.empty() ? "; the file defines none"
                                : "; its tests are " + join(Present, ", ")));
}

} // namespace itdd::explain
