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

ClassRole classify(const ClassFacts &Facts, const Config &Cfg) {
  ClassRole Result;
  llvm::StringRef Name = Facts.QualifiedName;
  Result.Ui = Cfg.isUiTypeName(Name);

  if (Facts.Annotated) {
    Result.Primary = *Facts.Annotated;
    Result.EntryPoint |= Result.Primary == Role::EntryPoint;
    Result.Ui |= Result.Primary == Role::Ui;
    if (Result.Primary == Role::Ui)
      Result.EntryPoint |= Cfg.isEntryPointName(Name);
    return Result;
  }
  if (Facts.TestCode) {
    Result.Primary = Role::Test;
    Result.Ui = false;
    return Result;
  }
  // Code the project does not own is a boundary whatever its name says.
  if (!Facts.InProject) {
    Result.Primary = Role::ExternalBoundary;
    return Result;
  }
  if (Facts.PlainData) {
    Result.Ui = false;
    return Result;
  }
  Result.EntryPoint = Cfg.isEntryPointName(Name);
  if (Cfg.isExternalBoundaryName(Name))
    Result.Primary = Role::ExternalBoundary;
  else if (Cfg.isInfrastructureName(Name))
    Result.Primary = Role::Infrastructure;
  else if (Result.EntryPoint)
    Result.Primary = Role::EntryPoint;
  else if (Result.Ui)
    Result.Primary = Role::Ui;
  else if (Facts.InheritedRole)
    Result.Primary = *Facts.InheritedRole;
  else
    Result.Primary = Role::Internal;
  Result.EntryPoint |= Result.Primary == Role::EntryPoint;
  Result.Ui |= Result.Primary == Role::Ui;
  return Result;
}

} // namespace itdd
