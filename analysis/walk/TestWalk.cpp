//===--- TestWalk.cpp - one walk over a test file, feeding collectors -----===//

#include "analysis/walk/TestWalk.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/ast/Decls.h"
#include "analysis/walk/Fixtures.h"
#include "analysis/walk/TestIdentity.h"
#include "analysis/walk/Walker.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;

namespace itdd {

namespace testwalk {

TestFileFacts Walker::run() {
  visitDeclContext(Ctx.getTranslationUnitDecl());
  for (const CXXRecordDecl *TestClass : TestClasses)
    Result.Tests.push_back(analyzeTest(TestClass));
  Result.Mocks = Mocks.take();
  Result.FileAssertions = std::move(Assertions.FileAssertions);
  Result.Sites = std::move(Assertions.Sites);
  return std::move(Result);
}

FollowedSupportFile Walker::followSupport() {
  visitDeclContext(Ctx.getTranslationUnitDecl());
  FollowedSupportFile Out;
  for (const FunctionDecl *FD : SupportDefinitions) {
    Followed F;
    follow({{FD, false}}, F);
    FollowedSupport S;
    S.Function = FD;
    finish(F, S.Facts);
    for (const auto &[Callee, Lifecycle] : F.Unseen)
      S.Unseen.push_back(Callee);
    Out.Functions.push_back(std::move(S));
  }
  Out.Sites = std::move(Assertions.Sites);
  return Out;
}

void Walker::undecided(IntegrationTest &T, const llvm::Twine &Reason) {
  if (T.Undecided)
    return;
  T.Undecided = true;
  T.UndecidedReason = Reason.str();
}

std::string Walker::named(const FunctionDecl *FD) {
  return "'" + FD->getQualifiedNameAsString() + "'";
}

IntegrationTest Walker::analyzeTest(const CXXRecordDecl *TestClass) {
  IntegrationTest T;
  identifyTest(TestClass, SM, LO, T);
  const CXXRecordDecl *Analysed = analysedClass(TestClass);
  if (TestClass->getDescribedClassTemplate() && Analysed == TestClass)
    undecided(T, "a typed test with no instantiation here");

  // The test body, and the fixture's lifecycle methods, whose assertions
  // check the set-up every test shares.
  Followed F;
  llvm::SmallVector<Pending, 16> Work;
  if (const CXXMethodDecl *Body = testBodyOf(Analysed))
    Work.push_back({Body, false});
  for (const CXXRecordDecl *Fixture : fixtureChain(Analysed, Classifier)) {
    Components.onBuilt(Fixture, F.Total.Components);
    for (const CXXMethodDecl *M : Fixture->methods())
      if (isLifecycleMethod(M))
        Work.push_back({M, true});
    for (const FieldDecl *Field : Fixture->fields()) {
      if (Field->hasInClassInitializer())
        walk(Field->getInClassInitializer(), F.Total, /*Written=*/false);
      Assertions.onFixtureField(Field, F.Total.Assertions);
    }
  }
  follow(std::move(Work), F);

  SupportEffects Effects;
  for (const auto &[Callee, Lifecycle] : F.Unseen) {
    std::string Reason = "test support defined in another file";
    std::optional<SupportEffects> Known;
    T.SupportCalls.push_back(supportKey(Callee));
    if (Elsewhere)
      Known = Elsewhere->effectsOf(T.SupportCalls.back(), Reason);
    if (Known)
      Effects.merge(*Known, Lifecycle);
    else
      undecided(T, "calls " + named(Callee) + ", " + Reason);
  }
  finish(F, T);
  T.CallsEntryPoint |= Effects.CallsEntryPoint;
  T.CallsFacade |= Effects.CallsFacade;
  if (T.StartsProgram.empty())
    T.StartsProgram = Effects.StartsProgram;
  T.ComponentsElsewhere = std::move(Effects.Components);
  T.OutcomeChecksElsewhere = Effects.OutcomeChecks;
  T.SetupChecksElsewhere = Effects.SetupChecks;
  T.BoundaryExpectations += Effects.BoundaryExpectations;
  T.InternalExpectations += Effects.InternalExpectations;
  return T;
}

void Walker::follow(llvm::SmallVector<Pending, 16> Work, Followed &F) {
  llvm::DenseSet<std::pair<const FunctionDecl *, unsigned>> Seen;
  auto AddUnseen = [&](const FunctionDecl *FD, bool Lifecycle) {
    if (!llvm::is_contained(F.Unseen, std::make_pair(FD, Lifecycle)))
      F.Unseen.push_back({FD, Lifecycle});
  };
  while (!Work.empty()) {
    Pending P = Work.pop_back_val();
    if (!Seen.insert({P.FD->getCanonicalDecl(), unsigned(P.Lifecycle)}).second)
      continue;
    // A fixture's set-up defined in another file.
    if (!P.FD->isDefined() && isSupportDecl(P.FD)) {
      AddUnseen(P.FD->getCanonicalDecl(), P.Lifecycle);
      continue;
    }
    if (F.Visited.size() >= MaxFollowed) {
      F.TooMany = P.FD;
      break;
    }
    const FunctionSummary &Sum = summary(P.FD);
    F.Visited.push_back(P.FD);
    F.Total.merge(Sum, P.Lifecycle);
    for (const FunctionDecl *Callee : Sum.Unseen)
      AddUnseen(Callee, P.Lifecycle);
    for (const FunctionDecl *Callee : Sum.Callees)
      Work.push_back({Callee, P.Lifecycle});
  }
}

void Walker::finish(const Followed &F, IntegrationTest &T) {
  if (F.TooMany)
    undecided(T, llvm::formatv("its helpers reach more than {0} functions of "
                               "test code; the analysis stops there ({1})",
                               MaxFollowed, named(F.TooMany))
                     .str());
  T.Followed.assign(F.Visited.begin(), F.Visited.end());
  EntryPoints.finish(F.Total.EntryPoints, T);
  Components.finish(F.Total.Components, T);
  Assertions.finish(F.Total.Assertions, T);
}

} // namespace testwalk

TestFileFacts walkTestFile(ASTContext &Ctx, ComponentClassifier &Classifier,
                           const SupportIndex *Elsewhere) {
  return testwalk::Walker(Ctx, Classifier, Elsewhere).run();
}

FollowedSupportFile followTestSupport(ASTContext &Ctx,
                                      ComponentClassifier &Classifier) {
  return testwalk::Walker(Ctx, Classifier, nullptr).followSupport();
}

} // namespace itdd
