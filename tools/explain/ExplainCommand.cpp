//===--- ExplainCommand.cpp - itdd explain --------------------------------===//
//
// `itdd explain -p BUILD CLASS | FILE[:LINE] | Suite.Name`: tells a class
// from a test, and what explaining either needs: one translation unit
// parsed as the compile database compiles it, and where a key was set.
//
//===----------------------------------------------------------------------===//

#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "tools/explain/Explain.h"
#include "analysis/map/CompilationDatabase.h"
#include "support/Paths.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> Positionals(
    cl::Positional,
    cl::desc("CLASS [<source file> ...] | FILE[:LINE] | Suite.Name: a class "
             "(qualified, or unqualified when one class has that name), "
             "whose role is explained, optionally with the sources to map "
             "(default: every file of the database); or one test, by its "
             "file (and a line inside it) or its suite and name, whose "
             "every check is explained"),
    cl::sub(ExplainSubcommand), cl::cat(ExplainCategory));

class VisitAction : public clang::ASTFrontendAction {
public:
  explicit VisitAction(function_ref<void(clang::ASTContext &)> Visit)
      : Visit(Visit) {}
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &, StringRef) override {
    struct Consumer : clang::ASTConsumer {
      explicit Consumer(function_ref<void(clang::ASTContext &)> Visit)
          : Visit(Visit) {}
      void HandleTranslationUnit(clang::ASTContext &Ctx) override {
        Visit(Ctx);
      }
      function_ref<void(clang::ASTContext &)> Visit;
    };
    return std::make_unique<Consumer>(Visit);
  }

private:
  function_ref<void(clang::ASTContext &)> Visit;
};

class VisitFactory : public clang::tooling::FrontendActionFactory {
public:
  explicit VisitFactory(function_ref<void(clang::ASTContext &)> Visit)
      : Visit(Visit) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<VisitAction>(Visit);
  }

private:
  function_ref<void(clang::ASTContext &)> Visit;
};

/// FILE or FILE:LINE naming a file that exists, or Suite.Name: a test.
bool namesATest(StringRef What) {
  auto [File, Line] = What.rsplit(':');
  unsigned N = 0;
  if (!Line.empty() && !Line.getAsInteger(10, N) && sys::fs::exists(File))
    return true;
  if (sys::fs::exists(What) && !sys::fs::is_directory(What))
    return true;
  auto [Suite, Name] = What.split('.');
  auto Identifier = [](StringRef S) {
    return !S.empty() && !isDigit(S.front()) &&
           all_of(S, [](char C) { return isAlnum(C) || C == '_'; });
  };
  return !What.contains("::") && Identifier(Suite) && Identifier(Name);
}

} // namespace

namespace explain {

int usage(const Twine &Message) {
  errs() << "itdd explain: " << Message << "\n";
  return 2;
}

std::string parseUnit(const clang::tooling::CompilationDatabase &DB,
                      StringRef File,
                      function_ref<void(clang::ASTContext &)> Visit) {
  ErrorCollector Errors;
  std::unique_ptr<clang::tooling::ClangTool> Tool = toolFor(DB, File, Errors);
  bool Visited = false;
  auto Once = [&](clang::ASTContext &Ctx) {
    Visited = true;
    Visit(Ctx);
  };
  VisitFactory Factory(Once);
  Tool->run(&Factory);
  if (Visited)
    return "";
  return Errors.Messages.empty() ? "it did not parse"
                                 : join(Errors.Messages, "; ");
}

std::string shown(StringRef Path) {
  SmallString<256> Cwd;
  if (sys::fs::current_path(Cwd))
    return Path.str();
  std::string Absolute = absolutePath(Path);
  StringRef Rest = Absolute;
  if (Rest.consume_front(Cwd) && Rest.consume_front("/"))
    return Rest.str();
  return Absolute;
}

namespace {

/// Where a key the user set came from: "PATH:LINE", a file, or a name
/// such as --config; nullopt when it is not set.
std::optional<StringRef> originOf(const ProjectConfig &Project, StringRef Key) {
  auto It = Project.KeyOrigins.find(Key.str());
  if (!Project.Cfg->isSet(Key) || It == Project.KeyOrigins.end())
    return std::nullopt;
  return StringRef(It->second);
}

/// Origin split into its file and line, when it names a line of a file.
std::pair<StringRef, StringRef> fileAndLine(StringRef Origin) {
  auto [Path, Line] = Origin.rsplit(':');
  unsigned N = 0;
  if (!Line.empty() && !Line.getAsInteger(10, N))
    return {Path, Line};
  return {Origin, ""};
}

} // namespace

std::string keyAndOrigin(const ProjectConfig &Project, StringRef Key) {
  std::optional<StringRef> Origin = originOf(Project, Key);
  if (!Origin)
    return "the default of " + Key.str();
  auto [Path, Line] = fileAndLine(*Origin);
  std::string Where = !Line.empty() ? shown(Path) + ":" + Line.str()
                      : sys::fs::exists(*Origin) ? shown(*Origin)
                                                 : Origin->str();
  return Key.str() + " (" + Where + ")";
}

std::string keyFile(const ProjectConfig &Project, StringRef Key) {
  std::optional<StringRef> Origin = originOf(Project, Key);
  if (!Origin)
    return "";
  StringRef Path = fileAndLine(*Origin).first;
  return sys::fs::exists(Path) ? Path.str() : "";
}

} // namespace explain

int runExplain() {
  if (Positionals.empty())
    return explain::usage(
        "name a class (e.g. shop::PaymentGateway) or a test (FILE[:LINE] or "
        "Suite.Name); see 'itdd explain --help'");
  if (BuildPath.empty())
    return explain::usage("name the build directory with -p (the one "
                          "holding compile_commands.json)");
  if (Error E = setCommandLineConfig(ConfigFile, ConfigText)) {
    errs() << toString(std::move(E));
    return 2;
  }
  StringRef What = Positionals.front();
  if (namesATest(What)) {
    if (Positionals.size() > 1)
      return explain::usage("a test is explained alone; give no source "
                            "files after '" + What + "'");
    return explain::explainTest(What);
  }
  return explain::explainClass(
      What, ArrayRef<std::string>(Positionals).drop_front());
}

} // namespace itdd
