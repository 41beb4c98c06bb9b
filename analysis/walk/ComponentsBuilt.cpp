//===--- ComponentsBuilt.cpp - which real components a test makes work ----===//

#include "analysis/walk/ComponentsBuilt.h"
#include "analysis/ComponentClassifier.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

/// How deep a built object is opened up to count the components it owns.
constexpr unsigned MaxOwnershipDepth = 3;

void ComponentsBuilt::onBuilt(const CXXRecordDecl *RD, ComponentFacts &Facts) {
  if (RD && !RD->isLambda())
    Facts.Built.insert(canonicalRecord(RD));
}

void ComponentsBuilt::onVariable(const VarDecl *VD, ComponentFacts &Facts) {
  if (!VD->getType()->isReferenceType() && !VD->getType()->isPointerType())
    onBuilt(recordOf(VD->getType(), /*ThroughPointers=*/false), Facts);
}

void ComponentsBuilt::onCall(const FunctionDecl *Callee, bool OnMock,
                             bool Followed, ComponentFacts &Facts) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  bool Static = !Method || Method->isStatic();
  // A free or static entry point the test does not define assembles the
  // system itself.
  if (!OnMock && Static && !Followed &&
      Classifier.isEntryPointFunction(Callee))
    Facts.CallsFacade = true;
  // GoogleTest's own machinery behind its macros is nobody's code unit.
  if (Callee->getIdentifier() && !inTopLevelNamespace(Callee, "testing"))
    Facts.Called.insert(Callee->getName());
  if (Method && !OnMock && namesCodeUnits(Method->getParent()))
    Facts.Used.insert(canonicalRecord(Method->getParent()));
  if (Followed || isa<CXXConstructorDecl>(Callee) || OnMock)
    return;
  // A factory or accessor the test cannot see into still hands it a real
  // object of the type it returns.
  const CXXRecordDecl *Returned = recordOf(Callee->getReturnType());
  if (Returned && !Classifier.isMock(Returned))
    onBuilt(Returned, Facts);
  // A free function of the product that hands back its objects (`Load`,
  // `LoadAll`) assembles them out of sight: what it built is unknown. So
  // does a factory member that hands back an owner of one of the
  // product's interfaces (`Factory::Create()`): which implementation it
  // chose, and what that owns, the test cannot see.
  if (Static ? Classifier.isProjectDecl(Callee) &&
                   returnsProjectObject(Callee->getReturnType())
             : Classifier.isApplicationClass(Method->getParent()) &&
                   returnsHiddenImplementation(Callee->getReturnType()))
    Facts.CallsFacade = true;
}

void ComponentsBuilt::onProgramStart(const FunctionDecl *Callee,
                                     SourceLocation Loc,
                                     ComponentFacts &Facts) {
  // A function of the project's own with a launcher's name is the
  // project's: only the platform's and libraries' functions start programs.
  if (!Callee || !Facts.StartsProgram.empty() ||
      Classifier.isProjectDecl(Callee) ||
      !Classifier.config().isProgramLauncherName(
          Callee->getQualifiedNameAsString()))
    return;
  const SourceManager &SM = Callee->getASTContext().getSourceManager();
  PresumedLoc At = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  Facts.StartsProgram = Callee->getQualifiedNameAsString();
  if (At.isValid())
    Facts.StartsProgram += " (" +
                           llvm::sys::path::filename(At.getFilename()).str() +
                           ":" + std::to_string(At.getLine()) + ")";
}

/// A class of the application whose name and members name code units: a
/// component, or data (data types name code units as much as components
/// do). The role decides, not the header's folder: glue in a test folder
/// that the configuration names as an entry point is the product's.
bool ComponentsBuilt::namesCodeUnits(const CXXRecordDecl *RD) {
  if (!Classifier.isApplicationClass(RD))
    return false;
  ClassRole R = Classifier.roleOf(RD);
  return R.isApplicationComponent() ||
         (R.Primary == Role::None &&
          !Classifier.isTestCodeLocation(RD->getLocation()));
}

/// A pointer or smart pointer to an abstract class of the application:
/// the object behind it is of a class the caller does not name.
bool ComponentsBuilt::returnsHiddenImplementation(QualType T) {
  const CXXRecordDecl *Held = recordOf(T);
  if (!Held || Held == recordOf(T, /*ThroughPointers=*/false))
    return false;
  const CXXRecordDecl *Def = Held->getDefinition();
  return Def && Def->isAbstract() && !Classifier.isMock(Def) &&
         Classifier.isApplicationClass(Def);
}

/// A project class that is not data (a value built by a named constructor
/// assembles nothing), or a standard container or wrapper of one.
bool ComponentsBuilt::returnsProjectObject(QualType T) {
  // Of a project class: not data (incomplete ones cannot tell).
  auto NotData = [&](const CXXRecordDecl *RD) {
    return !RD->hasDefinition() || Classifier.roleOf(RD).Primary != Role::None;
  };
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return false;
  if (Classifier.isProjectDecl(RD))
    return NotData(RD);
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  const CXXRecordDecl *Element =
      recordOf(Spec->getTemplateArgs()[0].getAsType());
  return Element && Classifier.isProjectDecl(Element) && NotData(Element);
}

/// `struct Impl;` inside the owner, or `FooImpl`/`FooPrivate`: the owner's
/// own hidden half, not a second component.
static bool isOwnImplementation(const CXXRecordDecl *Part,
                                const CXXRecordDecl *Owner) {
  if (canonicalRecord(dyn_cast<CXXRecordDecl>(Part->getDeclContext())) ==
      canonicalRecord(Owner))
    return true;
  llvm::StringRef Name = Part->getName();
  return Name.ends_with("Impl") || Name.ends_with("Private") ||
         Name.ends_with("Pimpl") || Name == "Data";
}

void ComponentsBuilt::collectOwned(
    const CXXRecordDecl *RD, unsigned Depth,
    llvm::SmallPtrSet<const CXXRecordDecl *, 16> &Opened,
    llvm::SmallPtrSet<const CXXRecordDecl *, 16> &Found) {
  if (!RD || Depth > MaxOwnershipDepth || !RD->hasDefinition() ||
      Classifier.isMock(RD) || !Opened.insert(canonicalRecord(RD)).second)
    return;
  ClassRole R = Classifier.roleOf(RD);
  if (R.isApplicationComponent() && Classifier.isApplicationClass(RD))
    Found.insert(canonicalRecord(RD));
  if (R.Primary == Role::ExternalBoundary)
    return;
  // Whatever a built object owns is built with it.
  for (const FieldDecl *F : RD->getDefinition()->fields()) {
    QualType T = F->getType();
    if (T->isReferenceType() || T->isPointerType())
      continue;
    bool Smart = isOwningSmartPointer(T);
    const CXXRecordDecl *Owned = recordOf(T, /*ThroughPointers=*/Smart);
    if (Owned && Smart && !Owned->hasDefinition()) {
      // A pimpl: the owner's header only declares the part it owns.
      if (isOwnImplementation(Owned, RD))
        continue;
      ClassRole Part = Classifier.roleOfDeclared(Owned);
      if (Part.isApplicationComponent() &&
          Classifier.isApplicationClass(Owned))
        Found.insert(canonicalRecord(Owned));
      continue;
    }
    if (Owned && Smart && Owned->getDefinition()->isAbstract())
      continue;
    collectOwned(Owned, Depth + 1, Opened, Found);
  }
}

void ComponentsBuilt::finish(const ComponentFacts &Total, IntegrationTest &T) {
  T.CallsFacade = Total.CallsFacade;
  T.StartsProgram = Total.StartsProgram;
  llvm::SmallPtrSet<const CXXRecordDecl *, 16> Opened, Components;
  for (const CXXRecordDecl *RD : Total.Built)
    collectOwned(RD, 0, Opened, Components);
  T.RealComponents.assign(Components.begin(), Components.end());
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Used = Total.Used;
  Used.insert(Components.begin(), Components.end());
  // A value it builds names a code unit too (`Request req;`).
  for (const CXXRecordDecl *RD : Total.Built)
    if (RD->hasDefinition() && !Classifier.isMock(RD) && namesCodeUnits(RD))
      Used.insert(RD);
  T.CalledFunctions.reserve(Total.Called.size());
  for (const auto &Name : Total.Called)
    T.CalledFunctions.push_back(Name.getKey().str());
  llvm::sort(T.CalledFunctions);
  T.UsedClasses.assign(Used.begin(), Used.end());
  auto ByName = [](const CXXRecordDecl *L, const CXXRecordDecl *R) {
    return qualifiedName(L) < qualifiedName(R);
  };
  llvm::sort(T.RealComponents, ByName);
  llvm::sort(T.UsedClasses, ByName);
}

std::vector<std::string> realComponentNames(const IntegrationTest &T) {
  std::vector<std::string> Names = T.ComponentsElsewhere;
  for (const CXXRecordDecl *RD : T.RealComponents)
    Names.push_back(qualifiedName(RD));
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

} // namespace itdd
