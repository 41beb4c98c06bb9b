//===--- SupportSummaries.cpp - test support, summarised for the map ------===//

#include "analysis/map/SupportSummaries.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/SetupAssertions.h"
#include "analysis/ast/Decls.h"
#include "analysis/walk/TestWalk.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

std::vector<SupportFunction>
summarizeTestSupport(ASTContext &Ctx, const Config &Cfg, llvm::StringRef Root,
                     llvm::StringRef MainFile, uint64_t MainHash) {
  const SourceManager &SM = Ctx.getSourceManager();
  ComponentClassifier Classifier(Cfg, SM, /*MainFileIsTest=*/true, Root);
  FollowedSupportFile Followed = followTestSupport(Ctx, Classifier);
  std::vector<SupportFunction> Result;
  for (const FollowedSupport &S : Followed.Functions) {
    SupportFunction F;
    F.Key = supportKey(S.Function);
    F.Name = S.Function->getQualifiedNameAsString();
    F.File = MainFile.str();
    F.Line = SM.getExpansionLineNumber(S.Function->getLocation());
    F.Hash = MainHash;
    const IntegrationTest &T = S.Facts;
    SupportEffects &E = F.Effects;
    E.CallsEntryPoint = T.CallsEntryPoint;
    E.CallsFacade = T.CallsFacade;
    E.StartsProgram = T.StartsProgram;
    for (const CXXRecordDecl *RD : T.RealComponents)
      E.Components.push_back(qualifiedName(RD));
    for (const ReachedAssertion &A : T.Assertions)
      ++(checksOnlySetup(A) ? E.SetupChecks : E.OutcomeChecks);
    E.BoundaryExpectations = T.BoundaryExpectations;
    E.InternalExpectations = T.InternalExpectations;
    for (const FunctionDecl *Callee : S.Unseen)
      F.Calls.push_back(supportKey(Callee));
    F.Undecided = T.UndecidedReason;
    Result.push_back(std::move(F));
  }
  return Result;
}

} // namespace itdd
