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

bool isNamedByConfiguration(const ClassFacts &Facts, const Config &Cfg) {
  if (Facts.Annotated)
    return true;
  llvm::StringRef Name = Facts.QualifiedName;
  return (Cfg.isSet("itdd.ExternalBoundaries") &&
          Cfg.isExternalBoundaryName(Name)) ||
         (Cfg.isSet("itdd.Infrastructure") && Cfg.isInfrastructureName(Name)) ||
         (Cfg.isSet("itdd.EntryPoints") && Cfg.isEntryPointName(Name)) ||
         (Cfg.isSet("itdd.UiTypes") && Cfg.isUiTypeName(Name));
}

/// The role a key the user set (not a default pattern) gives the class
/// named Name, in the order boundary, infrastructure, entry point, UI;
/// Result holds what is already known (its UI flag).
static std::optional<ClassRole>
roleTheUserNamed(llvm::StringRef Name, const Config &Cfg, ClassRole Result) {
  auto Explicit = [&](llvm::StringRef Key, bool Matches) {
    return Cfg.isSet(Key) && Matches;
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
                Explicit("itdd.EntryPoints", EntryName));
  if (Explicit("itdd.Infrastructure", Cfg.isInfrastructureName(Name)))
    return With(Role::Infrastructure, false);
  if (Explicit("itdd.EntryPoints", EntryName))
    return With(Role::EntryPoint, true);
  if (Explicit("itdd.UiTypes", Result.Ui))
    return With(Role::Ui, EntryName);
  return std::nullopt;
}

ClassRole classify(const ClassFacts &Facts, const Config &Cfg) {
  ClassRole Result;
  llvm::StringRef Name = Facts.QualifiedName;
  Result.Ui = Cfg.isUiTypeName(Name);
  auto Finish = [&](Role Primary) {
    Result.Primary = Primary;
    Result.EntryPoint |= Primary == Role::EntryPoint;
    Result.Ui |= Primary == Role::Ui;
    return Result;
  };

  if (Facts.Annotated) {
    if (*Facts.Annotated == Role::Ui)
      Result.EntryPoint |= Cfg.isEntryPointName(Name);
    return Finish(*Facts.Annotated);
  }
  if (Facts.TestCode) {
    Result.Ui = false;
    return Finish(Role::Test);
  }
  // A role the user named explicitly wins over every structural rule.
  if (std::optional<ClassRole> Named = roleTheUserNamed(Name, Cfg, Result))
    return *Named;
  if (Facts.InTestFiles) {
    Result.Ui = false;
    Result.EntryPoint = false;
    return Finish(Role::Test);
  }
  // Generated messages are data; a service's stub is the remote service.
  if (Facts.GeneratedProtocol) {
    Result.Ui = false;
    if (Facts.ProtocolStub)
      return Finish(Role::ExternalBoundary);
    return Result;
  }
  // Code the project does not own is a boundary whatever its name says.
  if (!Facts.InProject)
    return Finish(Role::ExternalBoundary);
  if (Facts.PlainData || Facts.Exception || Facts.Template) {
    Result.Ui = false;
    return Result;
  }
  // Structure before names: an interface only the project's users
  // implement is where a test observes the outcome, even one named
  // ...Handler.
  if (Facts.CallbackInterface)
    return Finish(Role::ExternalBoundary);
  // Its own tests call it as users do: what users come in through.
  if (Facts.DrivenByTests) {
    Result.DrivenByTests = true;
    return Finish(Role::EntryPoint);
  }
  Result.EntryPoint = Cfg.isEntryPointName(Name);
  if (Cfg.isExternalBoundaryName(Name))
    return Finish(Role::ExternalBoundary);
  if (Cfg.isInfrastructureName(Name))
    return Finish(Role::Infrastructure);
  if (Result.EntryPoint)
    return Finish(Role::EntryPoint);
  if (Result.Ui)
    return Finish(Role::Ui);
  if (Facts.InheritedRole)
    return Finish(*Facts.InheritedRole);
  return Finish(Role::Internal);
}

} // namespace itdd
