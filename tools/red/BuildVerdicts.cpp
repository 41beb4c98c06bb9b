//===--- BuildVerdicts.cpp - itdd red's verdicts on a failed build --------===//

#include "tools/red/BuildVerdicts.h"
#include "analysis/MissingApi.h"
#include "analysis/ProjectConfig.h"
#include "generators/Stubs.h"
#include "support/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace itdd {

namespace {

using ShowPath = function_ref<std::string(StringRef)>;

/// The file's tests are unknown: one bad red for the file, its first error
/// quoted.
red::JudgedTest fileVerdict(const red::BuildError &E, ShowPath Shown) {
  red::JudgedTest T;
  T.Name = Shown(E.File);
  T.BuildFailure = true;
  T.Result.Kind = red::VerdictKind::BadRed;
  T.Result.File = Shown(E.At);
  T.Result.Line = E.Line;
  std::string Where =
      E.Line ? Shown(E.At) + ":" + std::to_string(E.Line) : Shown(E.At);
  T.Result.Reason = (E.Link ? "does not link: " : "does not compile: ") +
                    Where + ": " + E.Message;
  return T;
}

std::string quoted(ArrayRef<std::string> Apis) {
  std::string Out;
  for (const std::string &A : Apis)
    Out += (Out.empty() ? "`" : ", `") + A + "`";
  return Out;
}

/// A compile error as the reason quotes it.
std::string errorAt(const CompileError &E, ShowPath Shown) {
  return Shown(E.File) + ":" + std::to_string(E.Line) + ": " + E.Message;
}

/// Each test of a file that does not compile, judged from what the
/// analysis found in it; errors outside any test make the file a bad red
/// of its own.
void judgeTests(const TestFileApis &File, ShowPath Shown,
                std::vector<red::JudgedTest> &Out) {
  std::string Path = Shown(File.File);
  // What blocks a test that has no error of its own: the file's first
  // error outside a test, else the first of another test.
  std::string Blocker;
  for (const CompileError &E : File.Errors)
    if (E.Test.empty()) {
      red::JudgedTest T;
      T.Name = Path;
      T.BuildFailure = true;
      T.Result.Kind = red::VerdictKind::BadRed;
      T.Result.File = Shown(E.File);
      T.Result.Line = E.Line;
      T.Result.Reason = "does not compile: " + errorAt(E, Shown);
      Out.push_back(std::move(T));
      Blocker = Path + ":" + std::to_string(E.Line);
      break;
    }
  if (Blocker.empty() && !File.Errors.empty())
    Blocker = Path + ":" + std::to_string(File.Errors.front().Line);
  if (Blocker.empty())
    for (const MissingApi &A : File.Missing)
      if (!A.Test.empty()) {
        Blocker = Path + ":" + std::to_string(A.Line);
        break;
      }
  for (const TestSpan &Test : File.Tests) {
    red::JudgedTest T;
    T.Name = Test.Name;
    T.Result.File = Path;
    T.Result.Line = Test.Line;
    const CompileError *Own = nullptr;
    for (const CompileError &E : File.Errors)
      if (E.Test == Test.Name && !Own)
        Own = &E;
    for (const MissingApi &A : File.Missing)
      if (A.Test == Test.Name && A.What != MissingApi::Kind::Header &&
          !llvm::is_contained(T.Result.Apis, A.signature())) {
        T.Result.Apis.push_back(A.signature());
        if (T.Result.Apis.size() == 1)
          T.Result.Line = A.Line;
      }
    if (Own) {
      T.Result.Kind = red::VerdictKind::BadRed;
      T.Result.Line = Own->Line;
      T.Result.Reason = "does not compile: " + errorAt(*Own, Shown);
    } else if (!T.Result.Apis.empty()) {
      T.Result.Kind = red::VerdictKind::MissingApi;
      T.Result.Reason =
          "missing API: the test needs " + quoted(T.Result.Apis) +
          (T.Result.Apis.size() == 1 ? ", which does not exist yet"
                                     : ", which do not exist yet") +
          "; 'itdd gen stubs' writes " +
          (T.Result.Apis.size() == 1 ? "it" : "them");
    } else {
      T.Result.Kind = red::VerdictKind::BlockedByBuild;
      T.Result.Reason = "blocked by the build: " + Blocker +
                        " does not compile; not judged";
    }
    Out.push_back(std::move(T));
  }
}

} // namespace

std::vector<red::JudgedTest>
judgeBuildErrors(ArrayRef<red::BuildError> Errors, StringRef BuildPath,
                 ShowPath Shown) {
  std::shared_ptr<const Config> Cfg = loadProjectConfig(".").Cfg;
  std::vector<const red::BuildError *> Tests;
  std::vector<std::string> Compile;
  for (const red::BuildError &E : Errors) {
    if (!Cfg->isIntegrationTestFile(absolutePath(E.File)) &&
        !StringRef(E.File).contains("test"))
      continue;
    Tests.push_back(&E);
    if (!E.Link && !BuildPath.empty())
      Compile.push_back(absolutePath(E.File));
  }
  std::vector<TestFileApis> Analysed;
  if (!Compile.empty()) {
    StubRequest Request;
    Request.Definitions = false;
    Expected<std::vector<TestFileApis>> Found = analyseMissingApi(
        BuildPath, Compile,
        [&](ArrayRef<MissingApi> Needs) { return stubEdits(Needs, Request); });
    if (Found)
      Analysed = std::move(*Found);
    else
      errs() << "itdd red: " << toString(Found.takeError())
             << "; the build's errors are judged from its log\n";
  }
  std::vector<red::JudgedTest> Result;
  for (const red::BuildError *E : Tests) {
    const TestFileApis *File = nullptr;
    for (const TestFileApis &F : Analysed)
      if (F.File == absolutePath(E->File) && F.Unparsed.empty() &&
          !F.Tests.empty())
        File = &F;
    if (File)
      judgeTests(*File, Shown, Result);
    else
      Result.push_back(fileVerdict(*E, Shown));
  }
  return Result;
}

} // namespace itdd
