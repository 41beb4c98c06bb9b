//===--- EntryPointsReached.cpp - does a test go through the front door ---===//

#include "analysis/walk/EntryPointsReached.h"
#include "analysis/ComponentClassifier.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace itdd {

const NamedDecl *
EntryPointsReached::reachesEntryPoint(const FunctionDecl *Callee,
                                      const CXXRecordDecl *Object) {
  if (Classifier.isEntryPointFunction(Callee))
    return Callee;
  const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
  if (!MD || MD->isStatic() || isa<CXXConstructorDecl>(MD) || !Object ||
      !Object->hasDefinition())
    return nullptr;
  const CXXRecordDecl *Def = Object->getDefinition();
  if (Def->isDerivedFrom(MD->getParent()) && Classifier.roleOf(Def).EntryPoint)
    return Def;
  return nullptr;
}

void EntryPointsReached::onCall(const FunctionDecl *Callee,
                                const CXXRecordDecl *Object, bool OnMock,
                                EntryPointFacts &Facts) {
  const NamedDecl *Reached =
      OnMock ? nullptr : reachesEntryPoint(Callee, Object);
  if (!Reached)
    return;
  Facts.CallsEntryPoint = true;
  if (!Facts.Reached)
    Facts.Reached = Reached;
}

void EntryPointsReached::onConstructed(const CXXRecordDecl *RD,
                                       bool ExpectingFailure,
                                       EntryPointFacts &Facts) {
  if (!ExpectingFailure || !RD || !Classifier.roleOf(RD).EntryPoint)
    return;
  Facts.CallsEntryPoint = true;
  if (!Facts.Reached)
    Facts.Reached = RD;
}

void EntryPointsReached::finish(const EntryPointFacts &Total,
                                IntegrationTest &T) const {
  T.CallsEntryPoint = Total.CallsEntryPoint;
  if (Total.Reached)
    T.EntryPointReached = Total.Reached->getQualifiedNameAsString();
}

bool EntryPointsReached::isJourneyAction(const FunctionDecl *Callee,
                                         bool OnMock,
                                         const CXXRecordDecl *Object) {
  const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
  if (OnMock || !MD || MD->isStatic())
    return false;
  if (reachesEntryPoint(Callee, Object))
    return true;
  const CXXRecordDecl *Owner = MD->getParent();
  // A class in test code has the test role unless the configuration
  // names it: then it is the product's wherever its header sits.
  return !isa<CXXConstructorDecl>(MD) && Classifier.isApplicationClass(Owner) &&
         Classifier.roleOf(Owner).isApplicationComponent();
}

} // namespace itdd
