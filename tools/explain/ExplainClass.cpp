//===--- ExplainClass.cpp - itdd explain CLASS ----------------------------===//
//
// The role of one class and why: the map finds the class (and the role the
// whole project gives it); a translation unit that sees its definition is
// read with the classifier the checks use, whose classify() records the
// step that decided. Only the wording is here.
//
//===----------------------------------------------------------------------===//

#include "tools/CommonOptions.h"
#include "tools/explain/Explain.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/roles/DataTypes.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/MapBuilder.h"
#include "core/ProjectLayout.h"
#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "support/Paths.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace llvm;

namespace itdd::explain {

namespace {

/// What one translation unit says about the class.
struct View {
  std::string Unit;
  Role Primary = Role::None;
  std::string Text;
};

/// A class definition the name designates: the qualified name itself, or
/// an unqualified one.
bool designates(StringRef Qualified, StringRef Name) {
  return Qualified == Name || unqualifiedName(Qualified) == Name ||
         Qualified.ends_with("::" + Name.str());
}

/// Every class definition of the unit outside function bodies, nested
/// ones included; specializations are their template's.
void forEachClass(const clang::DeclContext *DC,
                  function_ref<void(const clang::CXXRecordDecl *)> Visit) {
  for (const clang::Decl *D : DC->decls()) {
    if (const auto *CT = dyn_cast<clang::ClassTemplateDecl>(D))
      D = CT->getTemplatedDecl();
    if (isa<clang::NamespaceDecl, clang::LinkageSpecDecl>(D)) {
      forEachClass(cast<clang::DeclContext>(D), Visit);
      continue;
    }
    const auto *RD = dyn_cast<clang::CXXRecordDecl>(D);
    if (!RD || !RD->isThisDeclarationADefinition() || RD->isLambda() ||
        !RD->getIdentifier() ||
        isa<clang::ClassTemplateSpecializationDecl>(RD))
      continue;
    Visit(RD);
    forEachClass(RD, Visit);
  }
}

std::string quoted(StringRef Pattern) { return "'" + Pattern.str() + "'"; }

std::string where(const clang::SourceManager &SM, clang::SourceLocation Loc) {
  clang::PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return "<unknown>";
  return shown(P.getFilename()) + ":" + std::to_string(P.getLine());
}

/// The rule that placed a file in test code (TestCode) or outside the
/// project, as a clause after its name.
std::string placedBy(const LocationRule &R, bool TestCode,
                     const ProjectConfig &Project, StringRef Root) {
  switch (R.Rule) {
  case LocationRule::None:
    break;
  case LocationRule::Key:
    return TestCode
               ? keyAndOrigin(Project, "itdd.TestCode") + " matches it"
               : keyAndOrigin(Project, "itdd.ProjectFiles") +
                     " does not match it";
  case LocationRule::TestMainFile:
    return "the test's own source file";
  case LocationRule::IntegrationTests:
    return keyAndOrigin(Project, "itdd.IntegrationTestFiles") +
           " matches it: an integration test file";
  case LocationRule::SupportBesideTest:
    return "beside the test, named as test support (mock_*, *_fake, "
           "test_*, *_fixture, ...)";
  case LocationRule::Directory:
    return "under '" + R.Dir + "/', " +
           (TestCode
                ? "whose name marks a directory for tests"
                : "whose name marks code the project takes from elsewhere");
  case LocationRule::GeneratedProtocol:
    return "code protoc generated";
  case LocationRule::SystemHeader:
    return "a system header, and no project root is known (no .git, .hg "
           "or .svn above the sources)";
  case LocationRule::OutsideRoot:
    return "not below the project's root, " + shown(Root);
  case LocationRule::NestedRepository:
    return "in '" + R.Dir + "/', a repository of its own below the "
           "project's root";
  case LocationRule::StandardLibrary:
    return "the standard library";
  case LocationRule::TestFramework:
    return "GoogleTest and GoogleMock";
  }
  return "";
}

/// What kind of data the structure shows.
std::string dataShape(DataKind Kind) {
  switch (Kind) {
  case DataKind::Fields:
  case DataKind::NotData:
    break;
  case DataKind::ValueClass:
    return "a value class, whose private fields are only read through "
           "getters and compared";
  case DataKind::Value:
    return "a value: copyable, not polymorphic, holding data that only its "
           "operators and setters change";
  case DataKind::Record:
    return "a record: every field public and data or a callback slot, so "
           "its members only change what anyone can read and write";
  case DataKind::StaticMembers:
    return "nothing but static members, a namespace in a class's clothes";
  }
  return "nothing but data members and special members";
}

/// What a role key's pattern makes a class.
StringRef roleOfKey(StringRef Key) {
  return StringSwitch<StringRef>(Key)
      .Case("itdd.ExternalBoundaries", "an external boundary")
      .Case("itdd.Infrastructure", "infrastructure")
      .Case("itdd.EntryPoints", "an entry point")
      .Default("UI");
}

/// What the class is, for the wording.
struct Subject {
  const clang::CXXRecordDecl *RD;
  ComponentClassifier &Classifier;
  std::string File;
  std::string Unit;
};

/// Why, as a sentence after "because".
std::string because(const RoleExplanation &E, const ProjectConfig &Project,
                    Subject &S, StringRef Root) {
  const Config &Cfg = *Project.Cfg;
  const ClassFacts &F = E.Facts;
  auto Pattern = [&](StringRef Key) { return quoted(Cfg.value(Key)); };
  switch (E.Reason.Step) {
  case RoleStep::Annotation:
    return "its [[clang::annotate(\"itdd::...\")]] attribute names its "
           "role, which wins over every key and rule";
  case RoleStep::TestCode:
    return "it is test code by what it is: a GoogleMock class, a test "
           "fixture or a test";
  case RoleStep::UserKey:
    return keyAndOrigin(Project, E.Reason.Key) + " matches its name: " +
           Pattern(E.Reason.Key) +
           "; a key the user set wins over every rule of location and "
           "structure";
  case RoleStep::InTestFiles:
    return "it is defined in test code (" + shown(S.File) + ": " +
           placedBy(S.Classifier.files().testCodeRule(S.RD->getLocation()),
                    /*TestCode=*/true, Project, Root) +
           ")";
  case RoleStep::GeneratedProtocol:
    return E.Role.Primary == Role::None
               ? "it is a message protoc generated (" + shown(S.File) +
                     "): data"
               : "it is the stub interface of a gRPC service protoc "
                 "generated (" + shown(S.File) +
                     "): it stands for the remote service";
  case RoleStep::OutsideProject:
    return "it is declared outside the project's own files (" +
           shown(S.File) + ": " +
           placedBy(S.Classifier.files().outsideRule(S.RD),
                    /*TestCode=*/false, Project, Root) +
           "): code the project does not own is a boundary";
  case RoleStep::PlainData:
    return "it is data by structure (" +
           dataShape(dataKindOf(S.RD->getDefinition())) +
           "): not a component";
  case RoleStep::Exception:
    return "it is an exception type: not a component";
  case RoleStep::Template:
    return "it is a class template itself: not a component";
  case RoleStep::CallbackInterface:
    return "it is an abstract interface of the project that no class of "
           "the project implements, no constructor of the project takes "
           "and no function hands out (in what " +
           shown(S.Unit) +
           " includes): a callback its users implement, where tests "
           "observe outcomes";
  case RoleStep::DrivenByTests:
    return "the project's own tests construct it and call it as its users "
           "do: an entry point";
  case RoleStep::DefaultPattern:
    return keyAndOrigin(Project, E.Reason.Key) + " matches its name: " +
           Pattern(E.Reason.Key);
  case RoleStep::Inherited:
    return "it inherits the role of its base '" + F.InheritedFrom + "'";
  case RoleStep::Internal:
    return "it is a class of the project's own that no key, default pattern "
           "or structure gives another role";
  }
  return "";
}

/// The explanation of RD as this unit sees it.
View explainIn(clang::ASTContext &Ctx, const clang::CXXRecordDecl *RD,
               const ProjectConfig &Project, StringRef Unit, StringRef Root) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  const Config &Cfg = *Project.Cfg;
  bool TestUnit = isTestSourcePath(Unit, Cfg, Root);
  ComponentClassifier Classifier(Cfg, SM, TestUnit, Root);
  RoleExplanation E = Classifier.explainRole(RD);
  std::string Name = E.Facts.QualifiedName;
  clang::PresumedLoc P =
      SM.getPresumedLoc(SM.getExpansionLoc(RD->getLocation()));
  Subject S{RD, Classifier, P.isValid() ? P.getFilename() : "", Unit.str()};
  std::string Text;
  raw_string_ostream OS(Text);
  OS << Name << ": " << roleName(E.Role.Primary) << "\n";
  OS << "  because " << because(E, Project, S, Root) << "\n";
  if (E.Role.EntryPoint && E.Role.Primary != Role::EntryPoint)
    OS << "  also an entry point: " << keyAndOrigin(Project, "itdd.EntryPoints")
       << " matches its name\n";
  if (E.Role.Ui && E.Role.Primary != Role::Ui)
    OS << "  also UI: "
       << (Cfg.isUiTypeName(Name)
               ? keyAndOrigin(Project, "itdd.UiTypes") + " matches its name"
               : std::string("a base of it renders"))
       << "\n";
  // What the name alone would have said, where location or structure
  // decided first.
  StringRef First = E.Reason.Step == RoleStep::DrivenByTests
                        ? "how the project's tests use it"
                    : E.Reason.Step == RoleStep::InTestFiles ||
                            E.Reason.Step == RoleStep::OutsideProject ||
                            E.Reason.Step == RoleStep::GeneratedProtocol
                        ? "where it is defined"
                        : "its structure";
  for (const std::string &Key : E.Reason.NamesPassedOver)
    OS << "  note: its name matches " << keyAndOrigin(Project, Key) << " ("
       << quoted(Cfg.value(Key)) << "), which would make it "
       << roleOfKey(Key) << "; " << First << " decides before its name\n";
  for (const std::string &Key : E.Reason.ReplacedDefaults)
    OS << "  note: " << keyAndOrigin(Project, Key)
       << " replaces the default pattern, which would have matched: "
       << quoted(Config::defaults()->value(Key)) << "\n";
  if (!E.Reason.ReplacedDefaults.empty()) {
    Role Default = classify(E.Facts, *Config::defaults()).Primary;
    if (Default != E.Role.Primary)
      OS << "  note: with every key at its default it would be "
         << roleName(Default) << "\n";
  }
  // What the role would be without the key that decided it.
  if (E.Reason.Step == RoleStep::UserKey) {
    ProjectConfig Without = Project;
    Without.Cfg = Cfg.without(E.Reason.Key);
    ComponentClassifier Plain(*Without.Cfg, SM, TestUnit, Root);
    RoleExplanation W = Plain.explainRole(RD);
    Subject WS{RD, Plain, S.File, S.Unit};
    OS << "  note: without " << E.Reason.Key << " it would be "
       << roleName(W.Role.Primary)
       << (W.Role.Primary == E.Role.Primary ? " too" : "") << ", because "
       << because(W, Without, WS, Root) << "\n";
  }
  // Where a default location rule made it test code, the key that says
  // otherwise.
  if (E.Reason.Step == RoleStep::InTestFiles && !Cfg.isSet("itdd.TestCode"))
    OS << "  note: itdd.TestCode (a path regex) says which files are test "
          "code where the default rules are wrong for the project\n";
  OS << "  defined at " << where(SM, RD->getLocation()) << ", read through "
     << shown(Unit) << "\n";
  return {Unit.str(), E.Role.Primary, Text};
}

/// Test sources first: they see what the tests drive, and include most.
std::vector<std::string> unitsInOrder(std::vector<std::string> Files,
                                      StringRef BuildPath) {
  auto IsTest = [&](const std::string &F) {
    return isTestSourcePath(F, *loadProjectConfig(sys::path::parent_path(F)).Cfg,
                            projectRootOf(F, BuildPath));
  };
  std::stable_partition(Files.begin(), Files.end(), IsTest);
  return Files;
}

} // namespace

int explainClass(StringRef Name, ArrayRef<std::string> Sources) {
  MapJob Job = mapJobFromOptions(
      "itdd explain", std::vector<std::string>(Sources.begin(), Sources.end()));
  MapReporter Reporter(Job.Tool, Job.Quiet);
  Expected<MapRun> Run = buildMap(Job, Reporter);
  if (!Run)
    return Reporter.cannotStart(Run.takeError());
  const DependencyMap &Map = Run->Map;
  std::vector<std::string> Known;
  Known.reserve(Map.Components.size() + Map.DataTypes.size());
  for (const Component &C : Map.Components)
    Known.push_back(C.Name);
  for (const DataType &T : Map.DataTypes)
    Known.push_back(T.Name);
  llvm::sort(Known);

  // The class the name designates, if the map knows it.
  std::string Target;
  std::vector<std::string> Matching;
  for (const std::string &K : Known)
    if (designates(K, Name))
      Matching.push_back(K);
  if (is_contained(Matching, Name))
    Matching = {Name.str()};
  if (Matching.size() > 1)
    return usage("'" + Name + "' is ambiguous; did you mean " +
                 join(Matching, " or ") + "?");
  if (Matching.size() == 1)
    Target = Matching.front();
  const Component *InMap = Target.empty() ? nullptr : Map.find(Target);

  auto DB = loadCompilationDatabase(BuildPath);
  if (!DB)
    return usage(toString(DB.takeError()));
  std::vector<std::string> Files;
  for (const std::string &S : Sources)
    Files.push_back(absolutePath(S));
  if (Files.empty())
    Files = (*DB)->getAllFiles();
  llvm::sort(Files);

  std::vector<View> Views;
  std::set<std::string> Seen, Candidates;
  for (const std::string &Unit : unitsInOrder(Files, BuildPath)) {
    ProjectConfig Project = loadProjectConfig(sys::path::parent_path(Unit));
    std::string Root = projectRootOf(Unit, BuildPath);
    std::string Problem = parseUnit(**DB, Unit, [&](clang::ASTContext &Ctx) {
      const clang::CXXRecordDecl *Found = nullptr;
      ProjectFiles Own(*Project.Cfg, Ctx.getSourceManager(), false, Root);
      forEachClass(Ctx.getTranslationUnitDecl(),
                   [&](const clang::CXXRecordDecl *RD) {
                     std::string Q = RD->getQualifiedNameAsString();
                     if (Own.isProjectDecl(RD))
                       Seen.insert(Q);
                     bool Hit = Target.empty() ? designates(Q, Name)
                                               : Q == Target;
                     if (!Hit)
                       return;
                     Candidates.insert(Q);
                     if (!Found)
                       Found = RD;
                   });
      if (Found && Candidates.size() == 1)
        Views.push_back(explainIn(Ctx, Found, Project, Unit, Root));
    });
    if (!Problem.empty() && !Quiet)
      errs() << "itdd explain: warning: " << shown(Unit)
             << ": cannot read it: " << Problem << "\n";
    if (Candidates.size() > 1)
      return usage("'" + Name + "' is ambiguous; did you mean " +
                   join(Candidates, " or ") + "?");
    // The unit that sees what the whole map saw (its role) is the one to
    // explain; without a map entry, the first that defines it.
    if (!Views.empty() && (!InMap || Views.back().Primary == InMap->Kind))
      break;
  }
  if (Views.empty()) {
    Seen.insert(Known.begin(), Known.end());
    Known.assign(Seen.begin(), Seen.end());
    return usage("no class named '" + Name + "' is defined in the " +
                 std::to_string(Files.size()) +
                 " translation units of the compile database" +
                 didYouMean(Known, Name));
  }
  auto Agreeing = llvm::find_if(Views, [&](const View &V) {
    return InMap && V.Primary == InMap->Kind;
  });
  const View &Explained = Agreeing != Views.end() ? *Agreeing : Views.front();
  outs() << Explained.Text;
  if (InMap && Explained.Primary != InMap->Kind)
    outs() << "  note: the map, which merges every translation unit, gives "
              "it the role "
           << roleName(InMap->Kind)
           << ": another translation unit sees it otherwise (an "
              "implementation, or tests that drive it)\n";
  return 0;
}

} // namespace itdd::explain
