//===--- Roles.cpp - the roles of an application's classes ----------------===//

#include "core/Roles.h"
#include "core/Config.h"
#include "llvm/ADT/StringSwitch.h"

namespace itdd {

llvm::StringRef roleName(Role R) {
  switch (R) {
  case Role::None:
    return "none";
  case Role::EntryPoint:
    return "entry-point";
  case Role::Ui:
    return "ui";
  case Role::Internal:
    return "internal";
  case Role::Infrastructure:
    return "infrastructure";
  case Role::ExternalBoundary:
    return "external-boundary";
  case Role::Test:
    return "test";
  }
  return "none";
}

std::optional<Role> roleFromName(llvm::StringRef Name) {
  for (Role R : {Role::None, Role::EntryPoint, Role::Ui, Role::Internal,
                 Role::Infrastructure, Role::ExternalBoundary, Role::Test})
    if (roleName(R) == Name)
      return R;
  return std::nullopt;
}

std::optional<Role> roleFromAnnotation(llvm::StringRef Annotation) {
  return llvm::StringSwitch<std::optional<Role>>(Annotation)
      .Case("itdd::entry_point", Role::EntryPoint)
      .Case("itdd::external", Role::ExternalBoundary)
      .Case("itdd::infrastructure", Role::Infrastructure)
      .Case("itdd::ui", Role::Ui)
      .Case("itdd::internal", Role::Internal)
      .Default(std::nullopt);
}

const std::vector<std::string> &roleKeys() {
  static const std::vector<std::string> Keys = {
      "itdd.ExternalBoundaries", "itdd.Infrastructure", "itdd.EntryPoints",
      "itdd.UiTypes"};
  return Keys;
}

bool isNamedByConfiguration(const ClassFacts &Facts, const Config &Cfg) {
  if (Facts.Annotated)
    return true;
  for (const std::string &Key : roleKeys())
    if (Cfg.isSet(Key) && Cfg.matches(Key, Facts.QualifiedName))
      return true;
  return false;
}

/// The role a key the user set (not a default pattern) gives the class
/// named Name, in the order of roleKeys(); Result holds what is already
/// known (its UI flag). Key receives the key that decided.
static std::optional<ClassRole> roleTheUserNamed(llvm::StringRef Name,
                                                 const Config &Cfg,
                                                 ClassRole Result,
                                                 std::string &Key) {
  auto Explicit = [&](llvm::StringRef K, bool Matches) {
    if (!Cfg.isSet(K) || !Matches)
      return false;
    Key = K.str();
    return true;
  };
  bool EntryName = Cfg.isEntryPointName(Name);
  auto With = [&](Role Primary, bool EntryPoint) {
    Result.Primary = Primary;
    Result.EntryPoint = EntryPoint || Primary == Role::EntryPoint;
    Result.Ui |= Primary == Role::Ui;
    return Result;
  };
  // Named both: a boundary where tests mock it, an entry point where they
  // go through it (an HTTP client the exporters call and its own tests
  // drive).
  if (Explicit("itdd.ExternalBoundaries", Cfg.isExternalBoundaryName(Name)))
    return With(Role::ExternalBoundary,
                Cfg.isSet("itdd.EntryPoints") && EntryName);
  if (Explicit("itdd.Infrastructure", Cfg.isInfrastructureName(Name)))
    return With(Role::Infrastructure, false);
  if (Explicit("itdd.EntryPoints", EntryName))
    return With(Role::EntryPoint, true);
  if (Explicit("itdd.UiTypes", Result.Ui))
    return With(Role::Ui, EntryName);
  return std::nullopt;
}

bool decidesBeforeNames(RoleStep Step) {
  switch (Step) {
  case RoleStep::InTestFiles:
  case RoleStep::GeneratedProtocol:
  case RoleStep::OutsideProject:
  case RoleStep::PlainData:
  case RoleStep::Exception:
  case RoleStep::Template:
  case RoleStep::CallbackInterface:
  case RoleStep::DrivenByTests:
    return true;
  case RoleStep::Annotation:
  case RoleStep::TestCode:
  case RoleStep::UserKey:
  case RoleStep::DefaultPattern:
  case RoleStep::Inherited:
  case RoleStep::Internal:
    return false;
  }
  return false;
}

ClassRole classify(const ClassFacts &Facts, const Config &Cfg,
                   RoleReason *Why) {
  ClassRole Result;
  llvm::StringRef Name = Facts.QualifiedName;
  Result.Ui = Cfg.isUiTypeName(Name);
  RoleReason Reason;
  if (Why) {
    for (const std::string &Key : roleKeys()) {
      if (Cfg.isSet(Key) && !Cfg.matches(Key, Name) &&
          Config::defaults()->matches(Key, Name))
        Reason.ReplacedDefaults.push_back(Key);
      if (Cfg.matches(Key, Name))
        Reason.NamesPassedOver.push_back(Key);
    }
  }
  auto Finish = [&](Role Primary, RoleStep Step, llvm::StringRef Key = "") {
    Result.Primary = Primary;
    Result.EntryPoint |= Primary == Role::EntryPoint;
    Result.Ui |= Primary == Role::Ui;
    if (Why) {
      Reason.Step = Step;
      Reason.Key = Key.str();
      // Only a decision the name patterns could have changed was changed
      // by a key that replaced one.
      if (Step != RoleStep::DefaultPattern && Step != RoleStep::Inherited &&
          Step != RoleStep::Internal)
        Reason.ReplacedDefaults.clear();
      // Only location and structure pass over the name patterns.
      if (!decidesBeforeNames(Step))
        Reason.NamesPassedOver.clear();
      *Why = std::move(Reason);
    }
    return Result;
  };

  if (Facts.Annotated) {
    if (*Facts.Annotated == Role::Ui)
      Result.EntryPoint |= Cfg.isEntryPointName(Name);
    return Finish(*Facts.Annotated, RoleStep::Annotation);
  }
  if (Facts.TestCode) {
    Result.Ui = false;
    return Finish(Role::Test, RoleStep::TestCode);
  }
  // A role the user named explicitly wins over every structural rule.
  std::string Key;
  if (std::optional<ClassRole> Named =
          roleTheUserNamed(Name, Cfg, Result, Key)) {
    Result = *Named;
    return Finish(Named->Primary, RoleStep::UserKey, Key);
  }
  if (Facts.InTestFiles) {
    Result.Ui = false;
    Result.EntryPoint = false;
    return Finish(Role::Test, RoleStep::InTestFiles);
  }
  // Generated messages are data; a service's stub is the remote service.
  if (Facts.GeneratedProtocol) {
    Result.Ui = false;
    return Finish(Facts.ProtocolStub ? Role::ExternalBoundary : Role::None,
                  RoleStep::GeneratedProtocol);
  }
  // Code the project does not own is a boundary whatever its name says.
  if (!Facts.InProject)
    return Finish(Role::ExternalBoundary, RoleStep::OutsideProject);
  if (Facts.PlainData || Facts.Exception || Facts.Template) {
    Result.Ui = false;
    return Finish(Role::None, Facts.PlainData   ? RoleStep::PlainData
                              : Facts.Exception ? RoleStep::Exception
                                                : RoleStep::Template);
  }
  // Structure before names: an interface only the project's users
  // implement is where a test observes the outcome, even one named
  // ...Handler.
  if (Facts.CallbackInterface)
    return Finish(Role::ExternalBoundary, RoleStep::CallbackInterface);
  // Its own tests call it as users do: what users come in through.
  if (Facts.DrivenByTests) {
    Result.DrivenByTests = true;
    return Finish(Role::EntryPoint, RoleStep::DrivenByTests);
  }
  Result.EntryPoint = Cfg.isEntryPointName(Name);
  if (Cfg.isExternalBoundaryName(Name))
    return Finish(Role::ExternalBoundary, RoleStep::DefaultPattern,
                  "itdd.ExternalBoundaries");
  if (Cfg.isInfrastructureName(Name))
    return Finish(Role::Infrastructure, RoleStep::DefaultPattern,
                  "itdd.Infrastructure");
  if (Result.EntryPoint)
    return Finish(Role::EntryPoint, RoleStep::DefaultPattern,
                  "itdd.EntryPoints");
  if (Result.Ui)
    return Finish(Role::Ui, RoleStep::DefaultPattern, "itdd.UiTypes");
  if (Facts.InheritedRole)
    return Finish(*Facts.InheritedRole, RoleStep::Inherited);
  return Finish(Role::Internal, RoleStep::Internal);
}

} // namespace itdd
