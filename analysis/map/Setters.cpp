//===--- Setters.cpp - data a class holds behind accessors ----------------===//

#include "analysis/map/Setters.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace itdd {

namespace {

/// A public, non-static member function that is not deleted; templates are
/// looked through.
const CXXMethodDecl *publicMethod(const Decl *D) {
  if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
    D = FT->getTemplatedDecl();
  const auto *M = dyn_cast<CXXMethodDecl>(D);
  if (!M || M->isStatic() || M->isDeleted() || M->getAccess() != AS_public ||
      isa<CXXConstructorDecl>(M) || isa<CXXDestructorDecl>(M) ||
      !M->getDeclName().isIdentifier())
    return nullptr;
  return M;
}

QualType valueType(QualType T) {
  return T.getNonReferenceType().getUnqualifiedType().getCanonicalType();
}

/// A setter of a value of type Value: one parameter of that type, or a
/// template (its parameter type is unknown until it is called).
bool takes(const CXXMethodDecl *M, QualType Value) {
  if (M->getDescribedFunctionTemplate())
    return M->getNumParams() >= 1 && M->getMinRequiredArguments() <= 1;
  return M->getNumParams() == 1 &&
         valueType(M->getParamDecl(0)->getType()) == Value;
}

} // namespace

std::vector<AccessorPair> accessorPairs(const CXXRecordDecl *RD) {
  std::vector<AccessorPair> Result;
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return Result;
  // Every public member function by name; getters in declaration order.
  llvm::StringMap<std::vector<const CXXMethodDecl *>> ByName;
  std::vector<const CXXMethodDecl *> Getters;
  for (const Decl *D : RD->decls()) {
    const CXXMethodDecl *M = publicMethod(D);
    if (!M)
      continue;
    ByName[M->getName()].push_back(M);
    if (M->isConst() && M->getNumParams() == 0 &&
        !M->getDescribedFunctionTemplate() &&
        !M->getReturnType()->isVoidType() &&
        !M->getReturnType()->isPointerType())
      Getters.push_back(M);
  }
  llvm::StringSet<> Named;
  for (const CXXMethodDecl *Getter : Getters) {
    llvm::StringRef Name = Getter->getName();
    QualType Value = valueType(Getter->getReturnType());
    // set_x pairs with x; setX with x or getX.
    llvm::StringRef Bare = Name;
    if (Bare.size() > 3 && Bare.starts_with("get") && llvm::isUpper(Bare[3]))
      Bare = Bare.drop_front(3);
    std::string Camel = "set" + Bare.str();
    Camel[3] = llvm::toUpper(Camel[3]);
    std::vector<std::string> Setters = {Camel};
    if (Bare == Name)
      Setters.insert(Setters.begin(), "set_" + Name.str());
    AccessorPair Pair;
    for (const std::string &S : Setters)
      if (auto It = ByName.find(S); It != ByName.end())
        for (const CXXMethodDecl *M : It->second)
          if (takes(M, Value) && Pair.Setter.empty())
            Pair.Setter = S;
    if (Pair.Setter.empty() && Bare == Name)
      if (auto It = ByName.find(("mutable_" + Name).str()); It != ByName.end())
        for (const CXXMethodDecl *M : It->second)
          if (M->getNumParams() == 0 && M->getReturnType()->isPointerType() &&
              valueType(M->getReturnType()->getPointeeType()) == Value) {
            Pair.Setter = It->first().str();
            Pair.ThroughPointer = true;
          }
    if (Pair.Setter.empty() || !Named.insert(Bare).second)
      continue;
    Pair.Name = Bare == Name ? Name.str()
                             : llvm::toLower(Bare[0]) + Bare.drop_front().str();
    Pair.Type =
        Getter->getReturnType().getNonReferenceType().getUnqualifiedType();
    Result.push_back(std::move(Pair));
  }
  return Result;
}

} // namespace itdd
