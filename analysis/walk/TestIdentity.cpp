//===--- TestIdentity.cpp - which test a TEST macro wrote -----------------===//

#include "analysis/walk/TestIdentity.h"
#include "core/Skeleton.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace itdd {

/// S holds the message of a pending skeleton (`GTEST_FAIL() << "itdd:
/// pending scenario: ..."`).
static bool streamsPendingMarker(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Literal = dyn_cast<StringLiteral>(S))
    return Literal->isOrdinary() &&
           Literal->getString().starts_with(std::string(PendingMarker) + ": ");
  for (const Stmt *Child : S->children())
    if (streamsPendingMarker(Child))
      return true;
  return false;
}

/// A test body made of static_asserts alone.
static bool isCompileTimeOnly(const CXXMethodDecl *Body) {
  const auto *CS = dyn_cast_or_null<CompoundStmt>(Body->getBody());
  if (!CS || CS->body_empty())
    return false;
  for (const Stmt *S : CS->body()) {
    const auto *DS = dyn_cast<DeclStmt>(S);
    if (!DS || !llvm::all_of(DS->decls(), [](const Decl *D) {
          return isa<StaticAssertDecl>(D);
        }))
      return false;
  }
  return true;
}

/// The macro, suite and name as the source writes them, read from the
/// tokens of the macro call: comments and line breaks between the
/// arguments do not matter.
static void parseTestMacro(const CXXRecordDecl *TestClass,
                           const SourceManager &SM, const LangOptions &LO,
                           IntegrationTest &T) {
  if (TestClass->getBeginLoc().isMacroID()) {
    auto [File, Offset] =
        SM.getDecomposedLoc(SM.getExpansionLoc(TestClass->getBeginLoc()));
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
    if (!Invalid) {
      Lexer Lex(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
                Buffer.begin() + Offset, Buffer.end());
      Token Tok;
      Lex.LexFromRawLexer(Tok);
      llvm::SmallVector<std::string, 3> Args;
      if (Tok.is(tok::raw_identifier)) {
        T.Macro = Tok.getRawIdentifier().str();
        Lex.LexFromRawLexer(Tok);
      }
      if (Tok.is(tok::l_paren)) {
        std::string Current;
        unsigned Depth = 1;
        while (Depth > 0 && !Lex.LexFromRawLexer(Tok)) {
          if (Tok.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
            ++Depth;
          else if (Tok.isOneOf(tok::r_paren, tok::r_square, tok::r_brace))
            --Depth;
          if (Depth == 0 || (Depth == 1 && Tok.is(tok::comma))) {
            Args.push_back(Current);
            Current.clear();
          } else if (Tok.is(tok::raw_identifier)) {
            Current += Tok.getRawIdentifier();
          } else if (Tok.is(tok::numeric_constant)) {
            Current += llvm::StringRef(Tok.getLiteralData(), Tok.getLength());
          }
        }
        if (Tok.is(tok::eof) && Depth > 0)
          Args.clear();
      }
      if (Args.size() >= 2) {
        T.Suite = Args[0];
        T.Name = Args[1];
      }
    }
  }
  if (T.Name.empty()) {
    // Without the macro call, fall back on GoogleTest's class naming.
    llvm::StringRef ClassName = TestClass->getName();
    ClassName.consume_back("_Test");
    auto [Suite, Name] = ClassName.rsplit('_');
    T.Suite = Suite.str();
    T.Name = Name.str();
  }
}

void identifyTest(const CXXRecordDecl *TestClass, const SourceManager &SM,
                  const LangOptions &LO, IntegrationTest &T) {
  T.Class = TestClass;
  T.Loc = SM.getExpansionLoc(TestClass->getBeginLoc());
  parseTestMacro(TestClass, SM, LO, T);
  if (const CXXMethodDecl *Body = testBodyOf(TestClass)) {
    T.CompileTimeOnly = isCompileTimeOnly(Body);
    T.PendingSkeleton = streamsPendingMarker(Body->getBody());
  }
  T.HealthCheck = T.Name == HealthCheckName;
}

} // namespace itdd
