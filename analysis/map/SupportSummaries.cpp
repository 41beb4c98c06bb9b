//===--- SupportSummaries.cpp - test support, summarised for the map ------===//

#include "analysis/map/SupportSummaries.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/SetupAssertions.h"
#include "analysis/ast/Decls.h"
#include "analysis/map/Shards.h"
#include "analysis/walk/TestWalk.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"

using namespace clang;

namespace itdd {

std::vector<SupportFunction> summarizeTestSupport(ASTContext &Ctx,
                                                  const Config &Cfg,
                                                  llvm::StringRef Root) {
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return {};
  llvm::SmallString<256> Named(Main->getName()), File;
  SM.getFileManager().makeAbsolutePath(Named);
  if (llvm::sys::fs::real_path(Named, File))
    return {};
  bool Ok = false;
  uint64_t Hash = hashFile(File, Ok);
  if (!Ok)
    return {};
  ComponentClassifier Classifier(Cfg, SM, /*MainFileIsTest=*/true, Root);
  FollowedSupportFile Followed = followTestSupport(Ctx, Classifier);
  std::vector<SupportFunction> Result;
  for (const FollowedSupport &S : Followed.Functions) {
    SupportFunction F;
    F.Key = supportKey(S.Function);
    F.Name = S.Function->getQualifiedNameAsString();
    F.File = std::string(File);
    F.Line = SM.getExpansionLineNumber(S.Function->getLocation());
    F.Hash = Hash;
    const IntegrationTest &T = S.Facts;
    SupportEffects &E = F.Effects;
    E.CallsEntryPoint = T.CallsEntryPoint;
    E.CallsFacade = T.CallsFacade;
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
