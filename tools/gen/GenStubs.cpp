//===--- GenStubs.cpp - itdd gen stubs ------------------------------------===//
//
// `itdd gen stubs -p BUILD [--test FILE]... [-o PATCH | --apply]`: parses
// the test files that do not compile, finds the API of the project they
// need that does not exist yet (analysis/MissingApi), and writes its
// declarations and do-nothing definitions (generators/Stubs) as a unified
// diff, or applies them when no file changed since the analysis. Test files
// are never edited.
//
//===----------------------------------------------------------------------===//

#include "tools/gen/GenCommand.h"
#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "analysis/MissingApi.h"
#include "analysis/ProjectConfig.h"
#include "analysis/map/CompilationDatabase.h"
#include "core/ProjectLayout.h"
#include "generators/Stubs.h"
#include "support/AtomicFile.h"
#include "support/Paths.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace itdd {
namespace gen {

namespace {

cl::list<std::string> TestFiles(
    "test",
    cl::desc("stubs: a test file whose missing API to stub (repeatable; "
             "default: every test file of the database)"),
    cl::value_desc("file"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<bool> Apply(
    "apply",
    cl::desc("stubs: edit the product files in place (only when none "
             "changed since the analysis) instead of writing a diff"),
    cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<std::string> StubDir(
    "dir",
    cl::desc("stubs: the directory a new class's header goes into "
             "(default: beside the nearest class of its namespace)"),
    cl::value_desc("dir"), cl::sub(GenSubcommand), cl::cat(GenCategory));

/// The source file that defines what Header declares: the database's
/// file of the same name stem, the nearest to the header first.
std::string sourceFor(ArrayRef<std::string> Sources, StringRef Header) {
  StringRef Stem = sys::path::stem(Header);
  std::string Best;
  size_t BestCommon = 0;
  for (const std::string &S : Sources) {
    if (sys::path::stem(S) != Stem)
      continue;
    size_t Common = 0;
    while (Common < S.size() && Common < Header.size() &&
           S[Common] == Header[Common])
      ++Common;
    if (Best.empty() || Common > BestCommon) {
      Best = S;
      BestCommon = Common;
    }
  }
  return Best;
}

std::string contentOf(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

/// Writes every edited file, or nothing when one changed since the
/// analysis (Before) or a new one exists; the exit code.
int applyEdits(ArrayRef<SourceEdit> Edits,
               const std::map<std::string, std::string> &Before) {
  std::vector<std::string> Changed;
  for (const SourceEdit &E : Edits) {
    bool Differs = E.New ? sys::fs::exists(E.File)
                         : contentOf(E.File) != Before.at(E.File);
    if (Differs && !is_contained(Changed, E.File))
      Changed.push_back(E.File);
  }
  if (!Changed.empty()) {
    errs() << "itdd gen stubs: nothing written: these files changed since "
              "the analysis (or exist already); run it again:\n";
    for (const std::string &F : Changed)
      errs() << "  " << F << "\n";
    return 1;
  }
  for (const auto &[File, Text] : itdd::applyEdits(Edits)) {
    if (Error E = writeFileAtomically(
            File, [&](raw_ostream &OS) { OS << Text; })) {
      errs() << "itdd gen stubs: " << toString(std::move(E)) << "\n";
      return 1;
    }
    if (!Quiet)
      errs() << "itdd gen stubs: " << File << " written\n";
  }
  return 0;
}

} // namespace

int runStubs(ArrayRef<std::string> Rest) {
  if (!Rest.empty())
    return usage("stubs: unexpected argument '" + Rest.front() +
                 "'; name test files with --test");
  if (BuildPath.empty())
    return usage("stubs: name the build directory with -p (the one holding "
                 "compile_commands.json)");
  if (Apply && Output != "-")
    return usage("stubs: --apply edits the files in place; -o writes the "
                 "diff instead: give one of them");
  Expected<std::unique_ptr<clang::tooling::CompilationDatabase>> DB =
      loadCompilationDatabase(BuildPath);
  if (!DB)
    return usage(toString(DB.takeError()));
  std::vector<std::string> Sources = (*DB)->getAllFiles();
  std::shared_ptr<const Config> Cfg = loadProjectConfig(".").Cfg;
  std::vector<std::string> Tests;
  for (const std::string &T : TestFiles) {
    if (!sys::fs::exists(T))
      return usage("--test " + T + ": no such file");
    Tests.push_back(absolutePath(T));
  }
  if (Tests.empty())
    for (const std::string &S : Sources)
      if (isTestSourcePath(S, *Cfg))
        Tests.push_back(S);
  if (Tests.empty())
    return usage("stubs: the database compiles no test file; name one with "
                 "--test");

  StubRequest Request;
  Request.Dir = StubDir.empty() ? "" : absolutePath(StubDir);
  auto SourceFor = [&](StringRef Header) { return sourceFor(Sources, Header); };
  Request.SourceFor = SourceFor;
  StubRequest DeclarationsOnly = Request;
  DeclarationsOnly.Definitions = false;
  Expected<std::vector<TestFileApis>> Found = analyseMissingApi(
      BuildPath, Tests, [&](ArrayRef<MissingApi> Needs) {
        return stubEdits(Needs, DeclarationsOnly);
      });
  if (!Found)
    return usage(toString(Found.takeError()));

  std::vector<MissingApi> Needs;
  for (const TestFileApis &F : *Found) {
    if (!F.Unparsed.empty())
      errs() << "itdd gen stubs: " << F.File << ": " << F.Unparsed << "\n";
    Needs.insert(Needs.end(), F.Missing.begin(), F.Missing.end());
    for (const CompileError &E : F.Errors)
      errs() << "itdd gen stubs: " << E.File << ":" << E.Line << ": "
             << E.Message << " (not missing API; left to you)\n";
  }
  std::vector<SourceEdit> Edits;
  for (SourceEdit &E : stubEdits(Needs, Request)) {
    // Test code is the tests' own: never edited.
    if (isTestSourcePath(E.File, *Cfg)) {
      errs() << "itdd gen stubs: " << E.File
             << " is test code; not edited\n";
      continue;
    }
    Edits.push_back(std::move(E));
  }
  if (Edits.empty()) {
    if (!Quiet)
      errs() << "itdd gen stubs: no API is missing\n";
    return 0;
  }
  std::map<std::string, std::string> Before;
  for (const SourceEdit &E : Edits)
    if (!E.New)
      Before.emplace(E.File, contentOf(E.File));
  if (!Quiet)
    for (const MissingApi &A : Needs)
      if (A.What != MissingApi::Kind::Header)
        errs() << "itdd gen stubs: " << (A.Test.empty() ? A.File : A.Test)
               << " needs `" << A.signature() << "`\n";
  for (const SourceEdit &E : Edits)
    if (E.New && StringRef(E.File).ends_with(".cpp") && !Quiet)
      errs() << "itdd gen stubs: " << E.File
             << " is new: add it to the build (the target that compiles "
                "the other sources of its directory)\n";
  if (Apply)
    return applyEdits(Edits, Before);
  std::string Diff = unifiedDiff(Edits, absolutePath("."));
  if (Output == "-") {
    outs() << Diff;
    return 0;
  }
  if (Error E = writeFileAtomically(Output, [&](raw_ostream &OS) { OS << Diff; })) {
    errs() << "itdd gen stubs: " << toString(std::move(E)) << "\n";
    return 1;
  }
  return 0;
}

} // namespace gen
} // namespace itdd
