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

/// Why, as a sentence after "because".
std::string because(const RoleExplanation &E, const ProjectConfig &Project,
                    StringRef File, StringRef Root) {
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
    return "it is defined in test code (" + shown(File) + ": " +
           (Cfg.isSet("itdd.TestCode")
                ? keyAndOrigin(Project, "itdd.TestCode") + " matches it"
                : std::string("a test's own file, a file named as test "
                              "support or under a test directory")) +
           ")";
  case RoleStep::GeneratedProtocol:
    return E.Role.Primary == Role::None
               ? "it is a message protoc generated (" + shown(File) +
                     "): data"
               : "it is the stub interface of a gRPC service protoc "
                 "generated (" + shown(File) +
                     "): it stands for the remote service";
  case RoleStep::OutsideProject:
    return "it is declared outside the project's own files (" + shown(File) +
           "; " +
           (Cfg.isSet("itdd.ProjectFiles")
                ? keyAndOrigin(Project, "itdd.ProjectFiles") +
                      " does not match it"
                : "the project is " + shown(Root) +
                      ", its vendored directories aside") +
           "): code the project does not own is a boundary";
  case RoleStep::PlainData:
    return "it is data by structure (nothing but data members and special "
           "members, or a value class): not a component";
  case RoleStep::Exception:
    return "it is an exception type: not a component";
  case RoleStep::Template:
    return "it is a class template itself: not a component";
  case RoleStep::CallbackInterface:
    return "it is an abstract interface of the project that no class of the "
           "project implements in " + shown(File) +
           ": a callback its users implement, where tests observe outcomes";
  case RoleStep::DrivenByTests:
    return "the project's own tests construct it and call it as its users "
           "do: an entry point, although the default pattern of "
           "itdd.ExternalBoundaries matches its name";
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
  ComponentClassifier Classifier(Cfg, SM, isTestSourcePath(Unit, Cfg, Root),
                                 Root);
  RoleExplanation E = Classifier.explainRole(RD);
  std::string Name = E.Facts.QualifiedName;
  clang::PresumedLoc P =
      SM.getPresumedLoc(SM.getExpansionLoc(RD->getLocation()));
  std::string File = P.isValid() ? P.getFilename() : "";
  std::string Text;
  raw_string_ostream OS(Text);
  OS << Name << ": " << roleName(E.Role.Primary) << "\n";
  OS << "  because " << because(E, Project, File, Root) << "\n";
  if (E.Role.EntryPoint && E.Role.Primary != Role::EntryPoint)
    OS << "  also an entry point: " << keyAndOrigin(Project, "itdd.EntryPoints")
       << " matches its name\n";
  if (E.Role.Ui && E.Role.Primary != Role::Ui)
    OS << "  also UI: "
       << (Cfg.isUiTypeName(Name)
               ? keyAndOrigin(Project, "itdd.UiTypes") + " matches its name"
               : std::string("a base of it renders"))
       << "\n";
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
