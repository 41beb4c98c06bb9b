//===--- ComponentClassifier.cpp - roles of classes in the AST ------------===//

#include "analysis/ComponentClassifier.h"
#include "analysis/GTestModel.h"
#include "analysis/ast/Decls.h"
#include "analysis/roles/DataTypes.h"
#include "analysis/roles/DrivenByTests.h"
#include "analysis/roles/EntryPoints.h"
#include "analysis/roles/ProjectStructure.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace itdd {

ComponentClassifier::ComponentClassifier(const Config &Cfg,
                                         const SourceManager &SM,
                                         bool MainFileIsTest,
                                         llvm::StringRef Root)
    : Cfg(Cfg), SM(SM), Files(Cfg, SM, MainFileIsTest, Root) {}

ComponentClassifier::~ComponentClassifier() = default;

bool ComponentClassifier::isMock(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto [It, Inserted] = Mocks.try_emplace(RD, false);
  if (Inserted)
    It->second = isMockClass(RD);
  return It->second;
}

static std::optional<Role> annotatedRole(const CXXRecordDecl *RD) {
  std::optional<Role> Result;
  for (const Decl *Redecl : RD->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (auto R = roleFromAnnotation(A->getAnnotation()))
        Result = R;
  return Result;
}

/// Which base's role a class inherits when it has several: the one whose
/// mocking or wiring matters most.
static int inheritanceRank(std::optional<Role> R) {
  if (!R)
    return 0;
  switch (*R) {
  case Role::ExternalBoundary:
    return 4;
  case Role::Infrastructure:
    return 3;
  case Role::EntryPoint:
    return 2;
  case Role::Ui:
    return 1;
  default:
    return 0;
  }
}

ClassFacts ComponentClassifier::factsOf(const CXXRecordDecl *RD) {
  ClassFacts Facts;
  Facts.QualifiedName = RD->getQualifiedNameAsString();
  Facts.InProject = isProjectDecl(RD);
  Facts.TestCode = isMock(RD) || isGTestFixtureOrTest(RD);
  // Where the class is defined decides, not which declaration came first.
  const CXXRecordDecl *Placed = RD->hasDefinition() ? RD->getDefinition() : RD;
  Facts.InTestFiles =
      Facts.InProject && isTestCodeLocation(Placed->getLocation());
  Facts.Annotated = annotatedRole(RD);
  if (!RD->hasDefinition())
    return Facts;
  const CXXRecordDecl *Def = RD->getDefinition();
  Facts.GeneratedProtocol =
      Files.isGeneratedProtocolLocation(Def->getLocation());
  Facts.ProtocolStub =
      Def->isAbstract() &&
      Files.isGeneratedProtocolLocation(Def->getLocation(), /*Service=*/true);
  Facts.PlainData = isDataByStructure(Def);
  Facts.Exception = isException(Def);
  Facts.Template = Def->getDescribedClassTemplate() != nullptr ||
                   isa<ClassTemplatePartialSpecializationDecl>(Def);
  bool OwnCode = Facts.InProject && !Facts.TestCode && !Facts.InTestFiles &&
                 !Facts.PlainData && !Facts.Template;
  if (OwnCode && Def->isAbstract())
    Facts.CallbackInterface = structure(Def->getASTContext())
                                  .isCallbackInterface(
                                      Def, Files, [&](const CXXRecordDecl *B) {
                                        return roleOf(B).Primary;
                                      });
  const CXXRecordDecl *InheritedBase = nullptr;
  for (const CXXBaseSpecifier &B : Def->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (!Base)
      continue;
    ClassRole BaseRole = roleOf(Base);
    // Deriving from the standard library or a third-party utility says
    // nothing about who owns the class; a UI toolkit base still renders.
    std::optional<Role> R;
    if (isProjectDecl(Base))
      R = BaseRole.Primary;
    else if (BaseRole.Ui)
      R = Role::Ui;
    if (inheritanceRank(R) > inheritanceRank(Facts.InheritedRole)) {
      Facts.InheritedRole = R;
      Facts.InheritedFrom = Base->getQualifiedNameAsString();
      InheritedBase = Base;
    }
  }
  // Only a name can make a class of the project's own a boundary that its
  // tests drive directly; looking costs a walk over the test code, so it
  // is taken only then.
  if (OwnCode && !Def->isAbstract() && !Facts.Exception &&
      !Cfg.isSet("itdd.ExternalBoundaries") &&
      Cfg.isExternalBoundaryName(Facts.QualifiedName) &&
      (Facts.InheritedRole != Role::ExternalBoundary ||
       isBoundaryByNameAlone(InheritedBase)))
    Facts.DrivenByTests = isDrivenByTests(Def);
  return Facts;
}

bool ComponentClassifier::isBoundaryByNameAlone(const CXXRecordDecl *RD) {
  // An interface stands for what implements it; only a concrete class is
  // just its name.
  if (!RD || !RD->hasDefinition() || RD->getDefinition()->isAbstract())
    return false;
  RoleExplanation Why = explainRole(RD);
  return Why.Role.Primary == Role::ExternalBoundary &&
         Why.Reason.Step == RoleStep::DefaultPattern;
}

bool ComponentClassifier::isNamedByConfiguration(const CXXRecordDecl *RD) {
  if (!RD || RD->isLambda() || !RD->getIdentifier())
    return false;
  ClassFacts Facts;
  Facts.QualifiedName = RD->getQualifiedNameAsString();
  Facts.Annotated = annotatedRole(RD);
  return itdd::isNamedByConfiguration(Facts, Cfg);
}

ClassRole ComponentClassifier::roleOf(const CXXRecordDecl *RD) {
  if (!RD)
    return {};
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto It = Roles.find(RD);
  if (It != Roles.end())
    return It->second;
  // Seed the cache first: a class hierarchy can only recurse into bases, but
  // a broken TU may still present a cycle.
  Roles[RD] = ClassRole{};
  ClassRole Result;
  if (RD->hasDefinition() && !RD->isLambda())
    Result = classify(factsOf(RD), Cfg);
  Roles[RD] = Result;
  return Result;
}

RoleExplanation ComponentClassifier::explainRole(const CXXRecordDecl *RD) {
  RoleExplanation Result;
  if (!RD || RD->isLambda())
    return Result;
  if (!RD->hasDefinition())
    return explainDeclared(RD);
  Result.Facts = factsOf(cast<CXXRecordDecl>(RD->getCanonicalDecl()));
  Result.Role = classify(Result.Facts, Cfg, &Result.Reason);
  return Result;
}

RoleExplanation
ComponentClassifier::explainDeclared(const CXXRecordDecl *RD) {
  RoleExplanation Result;
  Result.Facts.QualifiedName = RD->getQualifiedNameAsString();
  Result.Facts.InProject = isProjectDecl(RD);
  Result.Facts.InTestFiles =
      Result.Facts.InProject && isTestCodeLocation(RD->getLocation());
  Result.Facts.Annotated = annotatedRole(RD);
  Result.Role = classify(Result.Facts, Cfg, &Result.Reason);
  return Result;
}

ClassRole ComponentClassifier::roleOfDeclared(const CXXRecordDecl *RD) {
  if (!RD || RD->isLambda())
    return {};
  if (RD->hasDefinition())
    return roleOf(RD);
  return explainDeclared(RD).Role;
}

const ProjectStructure &ComponentClassifier::structure(const ASTContext &Ctx) {
  if (!Structure)
    Structure = std::make_unique<ProjectStructure>(
        Ctx, Files, [&](const CXXRecordDecl *RD) { return isMock(RD); });
  return *Structure;
}

bool ComponentClassifier::anyEntryPointDeclared(const ASTContext &Ctx) {
  if (EntryPointDeclared)
    return *EntryPointDeclared;
  bool Found = false;
  Files.forEachProjectDecl(Ctx, [&](const Decl *D) {
    if (isTestCodeLocation(D->getLocation()))
      return true;
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      Found = roleOf(RD).EntryPoint;
    else if (const auto *FD = dyn_cast<FunctionDecl>(D))
      Found = !isa<CXXMethodDecl>(FD) && isEntryPointFunction(FD);
    return !Found;
  });
  EntryPointDeclared = Found;
  return Found;
}

bool ComponentClassifier::isDrivenByTests(const CXXRecordDecl *RD) {
  if (!ConstructedInTests)
    ConstructedInTests =
        std::make_unique<TestConstructions>(RD->getASTContext(), Files);
  return ConstructedInTests->isDrivenByTests(RD);
}

bool ComponentClassifier::isImplementedInProject(const CXXRecordDecl *RD) {
  return structure(RD->getASTContext()).isImplemented(RD);
}

bool ComponentClassifier::isEntryPointFunction(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  auto It = EntryFunctions.find(FD);
  if (It != EntryFunctions.end())
    return It->second;
  // Seeded like roleOf's cache, for the same reason.
  EntryFunctions[FD] = false;
  bool Result = itdd::isEntryPointFunction(
      FD, Cfg, Files, [&](const CXXRecordDecl *RD) { return roleOf(RD); });
  EntryFunctions[FD] = Result;
  return Result;
}

} // namespace itdd
