//===--- Fixtures.cpp - what a test runs besides its body -----------------===//

#include "analysis/walk/Fixtures.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace itdd {

const CXXRecordDecl *analysedClass(const CXXRecordDecl *TestClass) {
  if (const ClassTemplateDecl *CT = TestClass->getDescribedClassTemplate())
    for (const ClassTemplateSpecializationDecl *Spec : CT->specializations())
      if (Spec->hasDefinition())
        return Spec->getDefinition();
  return TestClass;
}

bool isLifecycleMethod(const CXXMethodDecl *M) {
  if (M->isImplicit())
    return false;
  if (isa<CXXConstructorDecl>(M) || isa<CXXDestructorDecl>(M))
    return true;
  return M->getIdentifier() && (M->getName().starts_with("SetUp") ||
                                M->getName().starts_with("TearDown"));
}

llvm::SmallVector<const CXXRecordDecl *, 4>
fixtureChain(const CXXRecordDecl *TestClass, ComponentClassifier &Classifier) {
  llvm::SmallVector<const CXXRecordDecl *, 4> Chain;
  const CXXRecordDecl *Current = TestClass;
  for (unsigned Depth = 0; Current && Depth < 8; ++Depth) {
    const CXXRecordDecl *Next = nullptr;
    for (const CXXBaseSpecifier &B : Current->bases()) {
      const CXXRecordDecl *Base = baseClassOf(B);
      if (Base && Base->hasDefinition() && isGTestFixtureOrTest(Base) &&
          Classifier.isProjectDecl(Base)) {
        Next = Base->getDefinition();
        break;
      }
    }
    if (Next)
      Chain.push_back(Next);
    Current = Next;
  }
  return Chain;
}

} // namespace itdd
