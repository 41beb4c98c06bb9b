//===--- Decls.cpp - questions about a declaration ------------------------===//

#include "analysis/ast/Decls.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace itdd {

bool inTopLevelNamespace(const Decl *D, llvm::StringRef Name) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->isAnonymousNamespace() && NS->getName() == Name &&
          NS->getParent()->getRedeclContext()->isTranslationUnit())
        return true;
  return false;
}

bool isStdDecl(const NamedDecl *D) {
  return D && D->getDeclContext()->isStdNamespace();
}

const CXXRecordDecl *canonicalRecord(const CXXRecordDecl *RD) {
  return RD ? cast<CXXRecordDecl>(RD->getCanonicalDecl()) : nullptr;
}

std::string qualifiedName(const NamedDecl *D) {
  return D ? D->getQualifiedNameAsString() : std::string();
}

std::string supportKey(const FunctionDecl *FD) {
  PrintingPolicy Policy(FD->getASTContext().getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.FullyQualifiedName = true;
  Policy.PrintCanonicalTypes = true;
  std::string Key = FD->getQualifiedNameAsString() + "(";
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    if (I)
      Key += ", ";
    Key += FD->getParamDecl(I)->getType().getCanonicalType().getAsString(Policy);
  }
  Key += ")";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    if (MD->isConst())
      Key += " const";
    if (MD->getRefQualifier() == RQ_LValue)
      Key += " &";
    else if (MD->getRefQualifier() == RQ_RValue)
      Key += " &&";
  }
  return Key;
}

static bool derivesFromStdException(const CXXRecordDecl *RD, unsigned Depth) {
  if (!RD || Depth > 16)
    return false;
  if (RD->getIdentifier() && RD->getName() == "exception" &&
      inTopLevelNamespace(RD, "std"))
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (derivesFromStdException(B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

bool isException(const CXXRecordDecl *RD) {
  return derivesFromStdException(RD, 0);
}

const FunctionDecl *HelperDefinitions::follow(const FunctionDecl *Callee,
                                              unsigned Depth) {
  const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
  if (!Def || !Def->getBody() || Depth >= 3 || !Seen.insert(Def).second ||
      SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation())))
    return nullptr;
  return Def;
}

} // namespace itdd
