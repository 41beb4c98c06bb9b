//===--- Roles.h - the roles of an application's classes -------*- C++ -*-===//
//
// The plain role model: what part a class plays in the application, decided
// from facts about it. No Clang types here, so it can be tested on its own.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_ROLES_H
#define ITDD_CORE_ROLES_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace itdd {

class Config;

enum class Role {
  None, ///< Plain data (aggregates, enums): not a component.
  EntryPoint,
  Ui,
  Internal,
  Infrastructure,
  ExternalBoundary,
  Test,
};

/// "entry-point", "ui", "internal", ... as written in maps and messages.
llvm::StringRef roleName(Role R);
std::optional<Role> roleFromName(llvm::StringRef Name);

/// A role as the checks use it: the primary role, plus whether users act
/// through the class (an entry point) and whether it renders (a UI type).
/// A screen is primarily an entry point and also UI.
struct ClassRole {
  Role Primary = Role::None;
  bool EntryPoint = false;
  bool Ui = false;
  /// Decided by the tests that drive it (ClassFacts::DrivenByTests): what
  /// a translation unit without those tests cannot see.
  bool DrivenByTests = false;

  /// A real application component: what integration tests wire together.
  bool isApplicationComponent() const {
    return Primary == Role::EntryPoint || Primary == Role::Ui ||
           Primary == Role::Internal || Primary == Role::Infrastructure;
  }
  /// Mocking it in an integration test replaces the application's own code.
  bool mustStayReal() const {
    return Primary == Role::EntryPoint || Primary == Role::Ui ||
           Primary == Role::Internal;
  }
};

/// What the classifier knows about a class, without Clang.
struct ClassFacts {
  std::string QualifiedName;
  /// Declared in the project's own files (not third-party, not generated
  /// protocol code), judged by location.
  bool InProject = true;
  /// Data: nothing but data members and special members, or a value class
  /// (private fields behind getters and comparisons).
  bool PlainData = false;
  /// An exception type (derives from std::exception): not a component.
  bool Exception = false;
  /// A class template itself, not one of its specializations.
  bool Template = false;
  /// An abstract interface the project calls but does not implement (a
  /// callback its users implement): where tests observe outcomes.
  bool CallbackInterface = false;
  /// A concrete class of the project's own, named like a boundary, that
  /// the project's tests construct and drive directly as its users do (a
  /// client library's `Client`): an entry point, not a boundary.
  bool DrivenByTests = false;
  /// Test code by what it is: a GoogleMock class, a test fixture, a test.
  bool TestCode = false;
  /// Declared in test files (see ProjectLayout): test code unless a role
  /// option the user set names it (generated glue kept beside the tests).
  bool InTestFiles = false;
  /// Defined in code protoc generated (*.pb.h): its messages are data; of
  /// it, only a gRPC service's stub interface (ProtocolStub, an abstract
  /// class of a *.grpc.pb.h) stands for something: the remote service.
  bool GeneratedProtocol = false;
  bool ProtocolStub = false;
  /// The role named by an [[clang::annotate("itdd::...")]] attribute.
  std::optional<Role> Annotated;
  /// The strongest role among the class's bases in the project (an
  /// implementation of an external interface is external too); a base
  /// outside the project (std::runtime_error, std::string) passes on at most
  /// its UI role.
  std::optional<Role> InheritedRole;
};

/// Decides the role of a class from its facts and the configuration, in
/// this order: annotation; mocks, fixtures and tests; a role option the
/// user set; declared in test files; generated protocol code; outside the
/// project; not a component
/// (data, exception, template); callback interface; driven by the tests;
/// the default name patterns; inherited role; internal.
ClassRole classify(const ClassFacts &Facts, const Config &Cfg);

/// The user named the class's role: an annotation, or a key they set
/// (not a default) whose pattern matches its qualified name. Such a
/// class keeps that role wherever its header sits, and is in the map
/// even outside the project's own files.
bool isNamedByConfiguration(const ClassFacts &Facts, const Config &Cfg);

/// Maps an annotation string ("itdd::external") to its role.
std::optional<Role> roleFromAnnotation(llvm::StringRef Annotation);

} // namespace itdd

#endif // ITDD_CORE_ROLES_H
