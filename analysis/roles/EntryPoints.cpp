//===--- EntryPoints.cpp - which calls reach an entry point ---------------===//

#include "analysis/roles/EntryPoints.h"
#include "analysis/roles/ProjectFiles.h"
#include "core/Config.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace itdd {

bool isNetworkClientCall(const FunctionDecl *FD, ProjectFiles &Files) {
  if (!FD || Files.isProjectDecl(FD))
    return false;
  if (FD->getIdentifier() &&
      FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
      llvm::is_contained({"curl_easy_perform", "curl_multi_perform", "connect",
                          "send", "sendto", "sendmsg"},
                         FD->getName()))
    return true;
  std::string Name = FD->getQualifiedNameAsString();
  llvm::StringRef N(Name);
  return N.starts_with("httplib::") || N.starts_with("cpr::") ||
         N.starts_with("boost::beast::") || N.starts_with("Poco::Net::") ||
         N.contains("::Stub::") || N.contains("::StubInterface::");
}

bool isEntryPointFunction(
    const FunctionDecl *FD, const Config &Cfg, ProjectFiles &Files,
    llvm::function_ref<ClassRole(const CXXRecordDecl *)> RoleOf) {
  if (!FD || isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD))
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    return RoleOf(MD->getParent()).EntryPoint || isNetworkClientCall(FD, Files);
  bool Result = false;
  for (const Decl *Redecl : FD->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      Result |= A->getAnnotation() == "itdd::entry_point";
  if (!Result && Files.isProjectDecl(FD) &&
      !Files.isTestCodeLocation(FD->getLocation()))
    Result = Cfg.isEntryPointName(FD->getQualifiedNameAsString());
  return Result || isNetworkClientCall(FD, Files);
}

} // namespace itdd
