//===--- AssertionsReached.cpp - what a test asserts ----------------------===//

#include "analysis/walk/AssertionsReached.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace itdd {

AssertionsReached::Open
AssertionsReached::beginAssertion(AssertionSite Site, bool Written,
                                  AssertionFacts &Facts) {
  // The walk below may store more sites: keep the object, not the
  // vector's slot.
  const AssertionSite *Stored =
      Sites.emplace_back(std::make_unique<AssertionSite>(std::move(Site)))
          .get();
  if (Written && !Stored->AssertsNothing)
    FileAssertions.push_back(Stored);
  Open O{Stored, Facts.CallsAction};
  Facts.CallsAction = false;
  return O;
}

void AssertionsReached::endAssertion(Open O, AssertionFacts &Facts) {
  if (!O.Site->AssertsNothing)
    Facts.Assertions.push_back({O.Site, Facts.CallsAction});
  Facts.CallsAction |= O.CalledAction;
}

void AssertionsReached::onExpectCall(const Expr *MockObject,
                                     AssertionFacts &Facts) {
  const CXXRecordDecl *Mock = recordOf(MockObject->getType());
  bool OnRealComponent = false;
  for (const CXXRecordDecl *Mocked : mockedClasses(Mock))
    OnRealComponent |= Classifier.roleOf(Mocked).mustStayReal();
  // An expectation on a boundary is an assertion on the outcome: the
  // e-mail was sent, the card was charged.
  if (!OnRealComponent)
    ++Facts.BoundaryExpectations;
  else
    ++Facts.InternalExpectations;
}

void AssertionsReached::onLocalVariable(const VarDecl *VD,
                                        AssertionFacts &Facts) {
  if (VD->isLocalVarDecl() && !VD->getType()->isPointerType() &&
      isStrictBoundaryMock(VD->getType()))
    ++Facts.BoundaryExpectations;
}

void AssertionsReached::onFixtureField(const FieldDecl *FD,
                                       AssertionFacts &Facts) {
  if (isStrictBoundaryMock(FD->getType()))
    ++Facts.BoundaryExpectations;
}

bool AssertionsReached::isStrictBoundaryMock(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      recordOf(T, /*ThroughPointers=*/true));
  if (!Spec || !Spec->getIdentifier() || Spec->getName() != "StrictMock" ||
      !inTopLevelNamespace(Spec, "testing"))
    return false;
  for (const CXXRecordDecl *Mocked : mockedClasses(Spec))
    if (Classifier.roleOf(Mocked).mustStayReal())
      return false;
  return true;
}

void AssertionsReached::finish(const AssertionFacts &Total,
                               IntegrationTest &T) const {
  T.Assertions.assign(Total.Assertions.begin(), Total.Assertions.end());
  T.BoundaryExpectations = Total.BoundaryExpectations;
  T.InternalExpectations = Total.InternalExpectations;
}

} // namespace itdd
