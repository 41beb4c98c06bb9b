//===--- MockCreations.cpp - where a test file creates mocks --------------===//

#include "analysis/walk/MockCreations.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

void MockCreations::onValueDeclared(QualType T, SourceLocation Loc) {
  if (T->isReferenceType() || T->isPointerType() || isOwningSmartPointer(T))
    return;
  onCreated(recordOf(T, /*ThroughPointers=*/false), Loc);
}

void MockCreations::onCreated(const CXXRecordDecl *RD, SourceLocation Loc) {
  if (!RD)
    return;
  if (Classifier.isMock(RD)) {
    Found.push_back(
        {Classifier.sourceManager().getExpansionLoc(Loc), RD, nullptr});
    return;
  }
  onTemplateArguments(RD, Loc);
}

/// `Publisher<MockPortUser>`: a mock that derives from nothing replaces
/// whatever the template's parameter takes by default.
void MockCreations::onTemplateArguments(const CXXRecordDecl *RD,
                                        SourceLocation Loc) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !Classifier.isProjectDecl(Spec) || Classifier.isMock(Spec))
    return;
  const TemplateParameterList *Params =
      Spec->getSpecializedTemplate()->getTemplateParameters();
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  for (unsigned I = 0; I < Args.size() && I < Params->size(); ++I) {
    if (Args[I].getKind() != TemplateArgument::Type)
      continue;
    const CXXRecordDecl *Arg = Args[I].getAsType()->getAsCXXRecordDecl();
    if (!Arg || !Classifier.isMock(Arg) || !mockedClasses(Arg).empty())
      continue;
    const auto *Param = dyn_cast<TemplateTypeParmDecl>(Params->getParam(I));
    if (!Param || !Param->hasDefaultArgument())
      continue;
    QualType Default = Param->getDefaultArgument().getArgument().getAsType();
    if (const CXXRecordDecl *Replaced = Default->getAsCXXRecordDecl())
      Found.push_back(
          {Classifier.sourceManager().getExpansionLoc(Loc), Arg, Replaced});
  }
}

} // namespace itdd
