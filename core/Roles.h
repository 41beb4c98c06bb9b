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
#include <vector>

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
  /// The base InheritedRole comes from, qualified.
  std::string InheritedFrom;
};

/// The step of classify() that decided a class's role.
enum class RoleStep {
  Annotation,        ///< An [[clang::annotate("itdd::...")]] attribute.
  TestCode,          ///< A GoogleMock class, a test fixture or a test.
  UserKey,           ///< A key the user set matches its name (Key).
  InTestFiles,       ///< Declared in test files.
  GeneratedProtocol, ///< protoc's code: a message, or the service stub.
  OutsideProject,    ///< Declared outside the project's own files.
  PlainData,         ///< Data by structure.
  Exception,         ///< An exception type.
  Template,          ///< A class template itself.
  CallbackInterface, ///< An interface only the project's users implement.
  DrivenByTests,     ///< The project's own tests drive it as users do.
  DefaultPattern,    ///< A key's default pattern matches its name (Key).
  Inherited,         ///< A base's role (ClassFacts::InheritedFrom).
  Internal,          ///< Nothing else applied.
};

/// Why classify() gave a class its role: the step that decided, as the
/// decision itself records it, so an explanation cannot drift from it.
struct RoleReason {
  RoleStep Step = RoleStep::Internal;
  /// The itdd.* key whose pattern decided (UserKey, DefaultPattern).
  std::string Key;
  /// Role keys the user set whose own pattern does not match the name but
  /// whose default pattern does, when the decision fell to the name
  /// patterns or after them (DefaultPattern, Inherited, Internal): under
  /// the defaults they would have decided. In the order of roleKeys().
  std::vector<std::string> ReplacedDefaults;
  /// Role keys whose pattern in effect matches the name, when a step
  /// before the name patterns decided (InTestFiles to DrivenByTests:
  /// location or structure): what the name alone would have said. In the
  /// order of roleKeys().
  std::vector<std::string> NamesPassedOver;
};

/// A step that decides by location or structure before the name patterns
/// are asked.
bool decidesBeforeNames(RoleStep Step);

/// The keys whose patterns give a class its role, in the order classify()
/// asks them: boundary, infrastructure, entry point, UI.
const std::vector<std::string> &roleKeys();

/// Decides the role of a class from its facts and the configuration, in
/// this order: annotation; mocks, fixtures and tests; a role option the
/// user set; declared in test files; generated protocol code; outside the
/// project; not a component
/// (data, exception, template); callback interface; driven by the tests;
/// the default name patterns; inherited role; internal. Why, when given,
/// receives the step that decided.
ClassRole classify(const ClassFacts &Facts, const Config &Cfg,
                   RoleReason *Why = nullptr);

/// The user named the class's role: an annotation, or a key they set
/// (not a default) whose pattern matches its qualified name. Such a
/// class keeps that role wherever its header sits, and is in the map
/// even outside the project's own files.
bool isNamedByConfiguration(const ClassFacts &Facts, const Config &Cfg);

/// Maps an annotation string ("itdd::external") to its role.
std::optional<Role> roleFromAnnotation(llvm::StringRef Annotation);

} // namespace itdd

#endif // ITDD_CORE_ROLES_H
