//===--- MissingApi.cpp - the API a test file needs that is missing -------===//

#include "analysis/MissingApi.h"
#include "analysis/ApiSignature.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ProjectConfig.h"
#include "analysis/map/CompilationDatabase.h"
#include "analysis/map/SourceNames.h"
#include "analysis/walk/TestIdentity.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/DiagnosticLex.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <set>

using namespace clang;

namespace itdd {

namespace {

/// An error Clang reported while parsing, with the scope its name was
/// looked up in when the diagnostic names one.
struct ParseError {
  SourceLocation Loc;
  std::string Message;
  const DeclContext *Scope = nullptr;
  /// The file an #include names that was not found.
  std::string MissingInclude;
};

class ParseErrorCollector : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    ParseError E;
    E.Loc = Info.getLocation();
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    E.Message = std::string(Text);
    for (unsigned I = 0; I < Info.getNumArgs(); ++I)
      if (Info.getArgKind(I) == DiagnosticsEngine::ak_declcontext)
        // Clang keeps a DeclContext argument as an integer.
        E.Scope = reinterpret_cast<const DeclContext *>( // NOLINT(performance-no-int-to-ptr)
            Info.getRawArg(I));
    if (Info.getID() == diag::err_pp_file_not_found && Info.getNumArgs() > 0 &&
        Info.getArgKind(0) == DiagnosticsEngine::ak_std_string)
      E.MissingInclude = Info.getArgStdStr(0);
    Errors.push_back(std::move(E));
  }
  std::vector<ParseError> Errors;
};

/// The expressions Clang kept for code that does not compile, and the
/// variables they initialise.
class RecoveryCollector : public RecursiveASTVisitor<RecoveryCollector> {
public:
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitRecoveryExpr(RecoveryExpr *E) {
    Recovered.push_back(E);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (isa_and_nonnull<RecoveryExpr>(VD->getInit()))
      Variables.push_back(VD);
    return true;
  }
  std::vector<const RecoveryExpr *> Recovered;
  /// Variables whose initialisation did not compile.
  std::vector<const VarDecl *> Variables;
};

/// One parse of a test file: its AST, its errors, and what they mean.
class FileReader {
public:
  FileReader(ASTUnit &Unit, const Config &Cfg,
             llvm::ArrayRef<std::string> NewHeaders)
      : Ctx(Unit.getASTContext()), SM(Ctx.getSourceManager()),
        PP(Unit.getPreprocessor()), Classifier(Cfg, SM, true),
        Files(Cfg, SM, true), Names(Ctx, PP.getHeaderSearchInfo(), ""),
        Signature(
            Ctx, Names,
            [this](const CXXRecordDecl *RD) { return isProductComponent(RD); },
            [this](SourceLocation Loc) { return fileOf(Loc); }),
        NewHeaders(NewHeaders) {
    RecoveryCollector C;
    C.TraverseDecl(Ctx.getTranslationUnitDecl());
    Recovered = std::move(C.Recovered);
    Variables = std::move(C.Variables);
    collectTests(Ctx.getTranslationUnitDecl());
  }

  void read(llvm::ArrayRef<ParseError> Errors, TestFileApis &Out) {
    Out.Tests.clear();
    for (const auto &[Span, Begin, End] : Tests)
      Out.Tests.push_back(Span);
    for (const ParseError &E : Errors) {
      SourceLocation Loc = SM.getFileLoc(E.Loc);
      std::optional<MissingApi> Api = apiOf(E, Loc);
      unsigned Line = Loc.isValid() ? SM.getSpellingLineNumber(Loc) : 0;
      std::string File = Loc.isValid() ? fileOf(Loc) : "";
      std::string Test = testAt(Loc);
      if (Api) {
        Api->Test = Test;
        Api->File = File;
        Api->Line = Line;
        Out.Missing.push_back(std::move(*Api));
        continue;
      }
      Out.Errors.push_back({Test, File, Line, E.Message});
    }
  }

private:
  std::string fileOf(SourceLocation Loc) const {
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
    if (!Entry)
      return "";
    return absolute(Entry->getName());
  }

  /// Path as the unit's own file system makes it absolute (each unit has
  /// the working directory of its compile command).
  std::string absolute(llvm::StringRef Name) const {
    llvm::SmallString<256> Path(Name);
    if (SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path))
      return Name.str();
    llvm::sys::path::remove_dots(Path, true);
    return std::string(Path);
  }

  /// The tests the main file defines, in namespaces too.
  void collectTests(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
        collectTests(NS);
        continue;
      }
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (!RD || !RD->isThisDeclarationADefinition() ||
          !SM.isInMainFile(SM.getExpansionLoc(RD->getLocation())))
        continue;
      const CXXMethodDecl *Body = testBodyOf(RD);
      // TEST defines TestBody out of its class.
      const FunctionDecl *Defined = Body ? Body->getDefinition() : nullptr;
      if (!Defined || !Defined->getBody())
        continue;
      IntegrationTest T;
      identifyTest(RD, SM, Ctx.getLangOpts(), T);
      SourceRange R = Defined->getBody()->getSourceRange();
      Tests.push_back({{T.Suite + "." + T.Name,
                        SM.getExpansionLineNumber(T.Loc)},
                       SM.getFileLoc(R.getBegin()),
                       SM.getFileLoc(R.getEnd())});
    }
  }

  std::string testAt(SourceLocation Loc) const {
    if (Loc.isInvalid())
      return "";
    for (const auto &[Span, Begin, End] : Tests)
      if (!SM.isBeforeInTranslationUnit(Loc, Begin) &&
          !SM.isBeforeInTranslationUnit(End, Loc))
        return Span.Name;
    return "";
  }

  /// The project's own code that is not test code: where missing API may
  /// be added.
  bool isProductDecl(const Decl *D) {
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      if (const CXXRecordDecl *Def = RD->getDefinition())
        D = Def;
    return Files.isProjectDecl(D) && !Files.isTestCodeLocation(D->getLocation());
  }

  /// A class of the project's own code, not test code: the API a journey
  /// reaches through it is the product's to add.
  bool isProductClass(const CXXRecordDecl *RD) {
    return RD && RD->hasDefinition() && isProductDecl(RD) &&
           !Classifier.isMock(RD->getDefinition());
  }

  /// A component of the project's: passed by reference, not copied.
  bool isProductComponent(const CXXRecordDecl *RD) {
    return isProductClass(RD) &&
           Classifier.roleOf(RD->getDefinition()).isApplicationComponent();
  }

  bool isProductNamespace(const NamespaceDecl *NS) {
    for (const NamespaceDecl *R : NS->redecls())
      if (isProductDecl(R))
        return true;
    return false;
  }

  /// The innermost recovery expression whose range holds Loc.
  const RecoveryExpr *recoveryAt(SourceLocation Loc) const {
    const RecoveryExpr *Best = nullptr;
    for (const RecoveryExpr *R : Recovered) {
      SourceLocation B = SM.getFileLoc(R->getBeginLoc()),
                     E = SM.getFileLoc(R->getEndLoc());
      if (B.isInvalid() || SM.isBeforeInTranslationUnit(Loc, B) ||
          SM.isBeforeInTranslationUnit(E, Loc))
        continue;
      if (!Best || SM.isBeforeInTranslationUnit(
                       SM.getFileLoc(Best->getBeginLoc()), B))
        Best = R;
    }
    return Best;
  }

  /// The translation unit reached the project header File through Header
  /// (directly or through the headers Header includes): Header already
  /// sees what File declares.
  bool includedThrough(llvm::StringRef File, llvm::StringRef Header) const {
    llvm::Expected<FileEntryRef> Entry =
        SM.getFileManager().getFileRef(File, /*OpenFile=*/false);
    if (!Entry) {
      llvm::consumeError(Entry.takeError());
      return false;
    }
    for (FileID ID = SM.translateFile(*Entry); ID.isValid();) {
      SourceLocation At = SM.getIncludeLoc(ID);
      if (At.isInvalid())
        return false;
      if (fileOf(At) == Header)
        return true;
      ID = SM.getFileID(At);
    }
    return false;
  }

  /// The class declaration Api goes into: header, closing brace, access;
  /// of the project headers its types need, only those the header does
  /// not see already.
  void placeIn(const CXXRecordDecl *RD, MissingApi &Api) const {
    RD = RD->getDefinition();
    SourceLocation End = SM.getFileLoc(RD->getBraceRange().getEnd());
    Api.Header = fileOf(End);
    Api.ClassEnd = SM.getFileOffset(End);
    AccessSpecifier Last = RD->isClass() ? AS_private : AS_public;
    for (const Decl *D : RD->decls())
      if (const auto *A = dyn_cast<AccessSpecDecl>(D))
        Last = A->getAccess();
    Api.NeedsPublic = Last != AS_public;
    llvm::erase_if(Api.Includes, [&](const std::string &Include) {
      return !llvm::StringRef(Include).starts_with("<") &&
             includedThrough(Include, Api.Header);
    });
  }

  std::string tokenAt(SourceLocation Loc) const {
    SmallVector<char, 32> Buffer;
    return Lexer::getSpelling(Loc, Buffer, SM, Ctx.getLangOpts()).str();
  }

  /// The header of the project's class of namespace NS nearest to the test:
  /// one a header the test includes itself declares, else the first.
  std::string besideFor(const NamespaceDecl *NS) {
    std::string First, Included;
    Files.forEachProjectDecl(Ctx, [&](const Decl *D) {
      const auto *RD = dyn_cast<CXXRecordDecl>(D);
      if (!RD || !isProductDecl(RD))
        return true;
      const DeclContext *DC = RD->getDeclContext();
      if (!DC->isNamespace() ||
          cast<NamespaceDecl>(DC)->getCanonicalDecl() != NS->getCanonicalDecl())
        return true;
      SourceLocation Loc = SM.getExpansionLoc(RD->getLocation());
      std::string File = fileOf(Loc);
      if (First.empty())
        First = File;
      SourceLocation IncludedAt = SM.getIncludeLoc(SM.getFileID(Loc));
      if (IncludedAt.isValid() && SM.isInMainFile(IncludedAt)) {
        Included = File;
        return false;
      }
      return true;
    });
    return Included.empty() ? First : Included;
  }

  /// The missing API an error is, or nothing when it is another error.
  std::optional<MissingApi> apiOf(const ParseError &E, SourceLocation Loc) {
    if (!E.MissingInclude.empty())
      return missingHeader(E, Loc);
    if (Loc.isInvalid() || !SM.isInMainFile(Loc))
      return std::nullopt;
    MissingApi Api;
    if (const auto *RD = dyn_cast_or_null<CXXRecordDecl>(E.Scope)) {
      // "no member named X in C": a call of a member C does not declare.
      if (!isProductClass(RD))
        return std::nullopt;
      const RecoveryExpr *R = recoveryAt(Loc);
      if (!R || SM.getFileLoc(R->getEndLoc()) != Loc)
        return std::nullopt;
      const auto *Call = dyn_cast_or_null<CallExpr>(Signature.parentOf(R));
      if (!Call || Call->getCallee() != R)
        return std::nullopt;
      Api.What = MissingApi::Kind::Member;
      Api.Scope = Names.spell(Names.typeOf(RD));
      Api.Name = tokenAt(Loc);
      for (const Expr *Base : R->subExpressions())
        Api.Const = Base->getType().isConstQualified();
      if (!Signature.parameters({Call->getArgs(), Call->getNumArgs()}, Api))
        return std::nullopt;
      Signature.returns(Call, Api);
      placeIn(RD, Api);
      return Api;
    }
    if (const auto *NS = dyn_cast_or_null<NamespaceDecl>(E.Scope))
      return missingInNamespace(NS, Loc);
    return wrongArguments(Loc);
  }

  /// A call of a member that exists, or a construction, with arguments no
  /// overload or constructor takes.
  std::optional<MissingApi> wrongArguments(SourceLocation Loc) {
    const RecoveryExpr *R = recoveryAt(Loc);
    // A constructor's error is at the variable's name.
    const VarDecl *Initialised = nullptr;
    for (const VarDecl *VD : Variables)
      if ((!R && SM.getFileLoc(VD->getLocation()) == Loc) ||
          (R && VD->getInit() == R)) {
        Initialised = VD;
        R = cast<RecoveryExpr>(VD->getInit());
      }
    if (!R || R->subExpressions().empty())
      return std::nullopt;
    MissingApi Api;
    llvm::ArrayRef<const Expr *> Subs = R->subExpressions();
    // A call of a member function: the first sub-expression names it.
    const CXXRecordDecl *RD = nullptr;
    const Expr *Callee = Subs.front()->IgnoreImplicit();
    if (const auto *ME = dyn_cast<MemberExpr>(Callee);
        ME && isa<CXXMethodDecl>(ME->getMemberDecl())) {
      RD = cast<CXXMethodDecl>(ME->getMemberDecl())->getParent();
      Api.Name = ME->getMemberDecl()->getNameAsString();
      Api.Const = ME->getBase()->getType().isConstQualified();
    } else if (const auto *UME = dyn_cast<UnresolvedMemberExpr>(Callee)) {
      RD = UME->getNamingClass();
      Api.Name = UME->getMemberName().getAsString();
      Api.Const = !UME->isImplicitAccess() &&
                  UME->getBase()->getType().isConstQualified();
    }
    if (RD) {
      if (!isProductClass(RD))
        return std::nullopt;
      Api.What = MissingApi::Kind::Overload;
      if (!Signature.parameters(Subs.drop_front(), Api))
        return std::nullopt;
      Signature.returns(R, Api);
    } else if (Initialised) {
      // The arguments of a variable's construction.
      RD = Initialised->getType()->getAsCXXRecordDecl();
      if (!RD || !isProductClass(RD))
        return std::nullopt;
      Api.What = MissingApi::Kind::Constructor;
      Api.Name = RD->getNameAsString();
      if (!Signature.parameters(Subs, Api))
        return std::nullopt;
    } else {
      return std::nullopt;
    }
    Api.Scope = Names.spell(Names.typeOf(RD));
    placeIn(RD, Api);
    return Api;
  }

  /// "no member named X in namespace N": a class when the test declares a
  /// variable of it or names it as a type, a function when it calls it.
  std::optional<MissingApi> missingInNamespace(const NamespaceDecl *NS,
                                               SourceLocation Loc) {
    if (!isProductNamespace(NS))
      return std::nullopt;
    MissingApi Api;
    Api.Scope = NS->getQualifiedNameAsString();
    Api.Name = tokenAt(Loc);
    std::optional<Token> Next =
        Lexer::findNextToken(Loc, SM, Ctx.getLangOpts());
    if (!Next)
      return std::nullopt;
    if (Next->is(tok::l_paren)) {
      const RecoveryExpr *R = recoveryAt(Loc);
      const auto *Call = R ? dyn_cast_or_null<CallExpr>(Signature.parentOf(R)) : nullptr;
      if (!Call || Call->getCallee() != R)
        return std::nullopt;
      Api.What = MissingApi::Kind::Function;
      if (!Signature.parameters({Call->getArgs(), Call->getNumArgs()}, Api))
        return std::nullopt;
      Signature.returns(Call, Api);
    } else if (Next->isOneOf(tok::raw_identifier, tok::identifier, tok::amp,
                             tok::star, tok::greater, tok::comma,
                             tok::l_brace)) {
      Api.What = MissingApi::Kind::Class;
    } else {
      return std::nullopt;
    }
    // Into a header the test includes that is not written yet, else one
    // beside the namespace's class nearest to the test.
    for (const std::string &H : NewHeaders)
      Api.Header = H;
    Api.Beside = besideFor(NS);
    return Api;
  }

  /// An #include of a header not written yet, in a directory of the
  /// product's own headers on the include path.
  std::optional<MissingApi> missingHeader(const ParseError &E,
                                          SourceLocation Loc) {
    if (Loc.isInvalid() || !SM.isInMainFile(Loc))
      return std::nullopt;
    llvm::StringRef Spelled = E.MissingInclude;
    llvm::StringRef Dir = llvm::sys::path::parent_path(Spelled);
    HeaderSearch &HS = PP.getHeaderSearchInfo();
    for (const DirectoryLookup &L : HS.search_dir_range()) {
      if (!L.isNormalDir())
        continue;
      llvm::SmallString<256> Path(absolute(L.getDirRef()->getName()));
      llvm::sys::path::append(Path, Dir);
      llvm::sys::path::remove_dots(Path, true);
      if (!llvm::sys::fs::is_directory(Path))
        continue;
      // The directory is the product's when one of its headers declares
      // a class of the project's that is not test code.
      bool Product = false;
      Files.forEachProjectDecl(Ctx, [&](const Decl *D) {
        std::string File = fileOf(SM.getExpansionLoc(D->getLocation()));
        if (llvm::sys::path::parent_path(File) == Path && isProductDecl(D))
          Product = true;
        return !Product;
      });
      if (!Product)
        continue;
      MissingApi Api;
      Api.What = MissingApi::Kind::Header;
      llvm::sys::path::append(Path, llvm::sys::path::filename(Spelled));
      Api.Header = std::string(Path);
      return Api;
    }
    return std::nullopt;
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  Preprocessor &PP;
  ComponentClassifier Classifier;
  ProjectFiles Files;
  SourceNames Names;
  ApiSignature Signature;
  llvm::ArrayRef<std::string> NewHeaders;
  std::vector<const RecoveryExpr *> Recovered;
  std::vector<const VarDecl *> Variables;
  std::vector<std::tuple<TestSpan, SourceLocation, SourceLocation>> Tests;
};

} // namespace

std::optional<TestFileApis>
parseTestFile(const tooling::CompilationDatabase &DB, llvm::StringRef File,
              const std::map<std::string, std::string> &Overlay,
              llvm::ArrayRef<std::string> NewHeaders) {
  ParseErrorCollector Errors;
  std::unique_ptr<tooling::ClangTool> Tool = toolFor(DB, File, Errors);
  for (const auto &[Path, Text] : Overlay)
    Tool->mapVirtualFile(Path, Text);
  std::vector<std::unique_ptr<ASTUnit>> ASTs;
  Tool->buildASTs(ASTs);
  if (ASTs.empty())
    return std::nullopt;
  ProjectConfig Cfg = loadProjectConfig(llvm::sys::path::parent_path(File));
  TestFileApis Result;
  Result.File = File.str();
  FileReader(*ASTs.front(), *Cfg.Cfg, NewHeaders).read(Errors.Errors, Result);
  return Result;
}

} // namespace itdd
