//===--- UnitMapper.cpp - mapping one translation unit --------------------===//

#include "analysis/map/UnitMapper.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/EvidenceCollector.h"
#include "analysis/map/Mapper.h"
#include "analysis/map/SupportSummaries.h"
#include "core/ProjectLayout.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace llvm;

namespace itdd {

namespace {

/// The standard the compile command sets (`-std=c++11`, `gnu++14`, ...;
/// the compiler's default when it names none). GoogleTest needs C++11, so
/// older standards count as 11; a C unit says nothing (0).
unsigned standardOf(const clang::LangOptions &Lang) {
  if (!Lang.CPlusPlus)
    return 0;
  if (Lang.CPlusPlus23)
    return 23;
  if (Lang.CPlusPlus20)
    return 20;
  if (Lang.CPlusPlus17)
    return 17;
  if (Lang.CPlusPlus14)
    return 14;
  return 11;
}

/// A file's path made absolute (a compile command may name its file
/// relative to its directory), with . and .. resolved.
std::string absoluteName(const clang::SourceManager &SM,
                         clang::FileEntryRef File) {
  SmallString<256> Path(File.getName());
  SM.getFileManager().makeAbsolutePath(Path);
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

/// Records every #include with where its header was found: the evidence
/// of headers from outside the project.
class IncludeRecorder : public clang::PPCallbacks {
public:
  IncludeRecorder(const clang::SourceManager &SM,
                  std::vector<IncludeDirective> &Out)
      : SM(SM), Out(Out) {}
  void InclusionDirective(clang::SourceLocation HashLoc, const clang::Token &,
                          StringRef FileName, bool IsAngled,
                          clang::CharSourceRange,
                          clang::OptionalFileEntryRef File, StringRef,
                          StringRef, const clang::Module *, bool,
                          clang::SrcMgr::CharacteristicKind FileType) override {
    clang::OptionalFileEntryRef Includer =
        SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(HashLoc)));
    if (!File || !Includer)
      return;
    IncludeDirective D;
    D.Includer = absoluteName(SM, *Includer);
    D.Header = absoluteName(SM, *File);
    D.Spelled =
        (IsAngled ? "<" : "\"") + FileName.str() + (IsAngled ? ">" : "\"");
    D.System = FileType != clang::SrcMgr::C_User;
    D.ExternC = FileType == clang::SrcMgr::C_ExternCSystem;
    Out.push_back(std::move(D));
  }

private:
  const clang::SourceManager &SM;
  std::vector<IncludeDirective> &Out;
};

class MapAction : public clang::ASTFrontendAction {
public:
  MapAction(const Config &Cfg, StringRef Root, UnitResult &Result)
      : Cfg(Cfg), Root(Root), Result(Result) {}

  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, StringRef) override {
    // The map needs declarations only: skipping bodies is most of the win
    // over a full parse. A test's own bodies stay: they show which classes
    // the tests drive directly. So do the bodies of the project's const
    // getters: they show a value class, which is data; and, in a test's
    // unit, those of the project's free functions and of the lambdas in
    // them.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    const clang::SourceManager &SM = CI.getSourceManager();
    clang::OptionalFileEntryRef Main =
        SM.getFileEntryRefForID(SM.getMainFileID());
    bool MainIsTest = Main && isTestSourcePath(absoluteName(SM, *Main), Cfg, Root);
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<IncludeRecorder>(SM, Includes));
    return std::make_unique<Consumer>(
        *this, CI.getPreprocessor().getHeaderSearchInfo(), SM, MainIsTest);
  }

private:
  struct Consumer : clang::ASTConsumer {
    Consumer(MapAction &A, const clang::HeaderSearch &Headers,
             const clang::SourceManager &SM, bool MainIsTest)
        : A(A), Headers(Headers), SM(SM), MainIsTest(MainIsTest) {}
    bool shouldSkipFunctionBody(clang::Decl *D) override {
      clang::SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
      // A test's own bodies, and those of the test support it includes,
      // are what the summaries of its test support follow.
      if (MainIsTest && isTestCode(Loc))
        return false;
      // The free functions of the project a test may call (a header's
      // request functions, templates and inline helpers): what they build
      // is evidence of where users come in (itdd init).
      const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(D);
      if (MainIsTest && !SM.isInSystemHeader(Loc) &&
          (!Method || Method->getParent()->isLambda()))
        return false;
      const auto *M = llvm::dyn_cast<clang::CXXMethodDecl>(D);
      return !M || M->isStatic() || !M->isConst() || M->getNumParams() != 0 ||
             SM.isInSystemHeader(Loc);
    }
    bool isTestCode(clang::SourceLocation Loc) {
      if (SM.isInMainFile(Loc))
        return true;
      clang::FileID File = SM.getFileID(Loc);
      auto [It, Inserted] = TestFiles.try_emplace(File, false);
      if (Inserted)
        if (clang::OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File))
          It->second = !SM.isInSystemHeader(Loc) &&
                       isTestSourcePath(absoluteName(SM, *Entry), A.Cfg, A.Root);
      return It->second;
    }
    void HandleTranslationUnit(clang::ASTContext &Ctx) override {
      A.Result.Map = mapTranslationUnit(Ctx, Headers, A.Cfg, A.Root);
      A.Result.Map.Standard = standardOf(Ctx.getLangOpts());
      clang::OptionalFileEntryRef Main =
          SM.getFileEntryRefForID(SM.getMainFileID());
      std::string MainPath;
      uint64_t MainHash = 0;
      for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
        std::string Path = absoluteName(SM, It->first);
        bool Ok = false;
        uint64_t Hash = hashFile(Path, Ok);
        if (!Ok)
          continue;
        if (Main && *Main == It->first) {
          MainPath = Path;
          MainHash = Hash;
        }
        A.Result.InputsRead.push_back({std::move(Path), Hash});
      }
      llvm::sort(A.Result.InputsRead,
                 [](const InputStamp &L, const InputStamp &R) {
                   return L.Path < R.Path;
                 });
      if (MainIsTest && !MainPath.empty())
        A.Result.Map.TestSupport =
            summarizeTestSupport(Ctx, A.Cfg, A.Root, MainPath, MainHash);
      A.Result.Evidence =
          collectEvidence(Ctx, Headers, A.Cfg, A.Root, MainIsTest, A.Includes);
    }
    MapAction &A;
    const clang::HeaderSearch &Headers;
    const clang::SourceManager &SM;
    /// The main file is a test: its bodies are parsed.
    bool MainIsTest;
    /// Whether each included file is test code.
    llvm::DenseMap<clang::FileID, bool> TestFiles;
  };

  const Config &Cfg;
  std::string Root;
  UnitResult &Result;
  std::vector<IncludeDirective> Includes;
};

class MapActionFactory : public clang::tooling::FrontendActionFactory {
public:
  MapActionFactory(const Config &Cfg, StringRef Root, UnitResult &Result)
      : Cfg(Cfg), Root(Root), Result(Result) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<MapAction>(Cfg, Root, Result);
  }

private:
  const Config &Cfg;
  std::string Root;
  UnitResult &Result;
};

/// One translation unit's commands, so worker threads share no database.
class FixedCommands : public clang::tooling::CompilationDatabase {
public:
  explicit FixedCommands(std::vector<clang::tooling::CompileCommand> Commands)
      : Commands(std::move(Commands)) {}
  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(StringRef) const override {
    return Commands;
  }

private:
  std::vector<clang::tooling::CompileCommand> Commands;
};

} // namespace

UnitResult mapUnit(std::vector<clang::tooling::CompileCommand> Commands,
                   StringRef File, const ProjectConfig &Project,
                   StringRef RootDir, StringRef ShardDir) {
  const Config &Cfg = *Project.Cfg;
  UnitResult R;
  if (Commands.empty()) {
    R.Error = "no compile command for it in compile_commands.json";
    return R;
  }
  uint64_t CommandHash =
      shardKey(Commands.front(), Project.Fingerprint, RootDir);
  if (!ShardDir.empty())
    if (auto Reused = reuseShard(shardPath(ShardDir, File), CommandHash)) {
      R.Ok = R.Reused = true;
      R.Map = std::move(Reused->Map);
      R.Evidence = std::move(Reused->Evidence);
      return R;
    }
  if (!sys::fs::is_directory(Commands.front().Directory)) {
    R.Error = "the directory of its compile command, '" +
              Commands.front().Directory +
              "', does not exist (was the build moved? regenerate "
              "compile_commands.json)";
    return R;
  }
  if (!sys::fs::exists(File)) {
    R.Error = "the file does not exist (was it deleted? regenerate "
              "compile_commands.json)";
    return R;
  }
  FixedCommands DB(Commands);
  ErrorCollector Errors;
  std::unique_ptr<clang::tooling::ClangTool> Tool = toolFor(DB, File, Errors);
  MapActionFactory Factory(Cfg, RootDir, R);
  int Status = Tool->run(&Factory);
  if (Status != 0 || Errors.getNumErrors() > 0) {
    R.Map = DependencyMap();
    R.Evidence = ProjectEvidence();
    R.Error = Errors.Messages.empty() ? "it did not parse"
                                      : join(Errors.Messages, "\n    ");
    return R;
  }
  R.Ok = true;
  if (!ShardDir.empty())
    if (Error E = writeShard(shardPath(ShardDir, File), File, CommandHash,
                             {R.Map, R.Evidence}, R.InputsRead))
      R.Warning = toString(std::move(E));
  return R;
}

} // namespace itdd
