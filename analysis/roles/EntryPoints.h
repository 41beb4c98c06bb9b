//===--- EntryPoints.h - which calls reach an entry point -------*- C++ -*-===//
//
// The entry-point decision for functions: a call reaches the application
// through its front door when it calls a member of an entry-point class, a
// free function the configuration or an annotation names, or a network
// client call into a running system. (The entry-point role of a class is
// decided with its other roles, in core/Roles.cpp.)
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ROLES_ENTRYPOINTS_H
#define ITDD_ANALYSIS_ROLES_ENTRYPOINTS_H

#include "core/Roles.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace itdd {

class Config;
class ProjectFiles;

/// A call into a running system from outside, over the network: libcurl,
/// sockets, cpp-httplib, cpr, Boost.Beast, Poco::Net, gRPC stubs. End-to-end
/// tests drive an in-process server's entry point this way.
bool isNetworkClientCall(const clang::FunctionDecl *FD, ProjectFiles &Files);

/// A call to FD reaches an entry point. RoleOf gives a class's role.
bool isEntryPointFunction(
    const clang::FunctionDecl *FD, const Config &Cfg, ProjectFiles &Files,
    llvm::function_ref<ClassRole(const clang::CXXRecordDecl *)> RoleOf);

} // namespace itdd

#endif // ITDD_ANALYSIS_ROLES_ENTRYPOINTS_H
