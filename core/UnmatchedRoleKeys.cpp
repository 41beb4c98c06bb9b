//===--- UnmatchedRoleKeys.cpp - role keys that name no class -------------===//

#include "core/UnmatchedRoleKeys.h"

namespace itdd {

namespace {

/// Whether the pattern of Key names the class C.
bool names(const Config &Cfg, llvm::StringRef Key, const Component &C) {
  if (Key == "itdd.ExternalBoundaries")
    return Cfg.isExternalBoundaryName(C.Name);
  if (Key == "itdd.Infrastructure")
    return Cfg.isInfrastructureName(C.Name);
  if (Key == "itdd.UiTypes")
    return Cfg.isUiTypeName(C.Name);
  if (Cfg.isEntryPointName(C.Name))
    return true;
  // An entry point may be a member function: shop::Server::handle.
  for (const Method &M : C.Methods)
    if (Cfg.isEntryPointName(
            (M.DeclaredIn.empty() ? C.Name : M.DeclaredIn) + "::" + M.Name))
      return true;
  return false;
}

bool namesData(const Config &Cfg, llvm::StringRef Key, llvm::StringRef Name) {
  if (Key == "itdd.ExternalBoundaries")
    return Cfg.isExternalBoundaryName(Name);
  if (Key == "itdd.Infrastructure")
    return Cfg.isInfrastructureName(Name);
  if (Key == "itdd.UiTypes")
    return Cfg.isUiTypeName(Name);
  return Cfg.isEntryPointName(Name);
}

const char *const RoleKeys[] = {"itdd.EntryPoints", "itdd.ExternalBoundaries",
                                "itdd.Infrastructure", "itdd.UiTypes"};

} // namespace

std::vector<std::string> roleKeysMatchingNothing(const Config &Cfg,
                                                 const DependencyMap &Map) {
  std::vector<std::string> Keys;
  if (Map.Components.empty() && Map.DataTypes.empty())
    return Keys;
  for (const char *Key : RoleKeys) {
    if (!Cfg.isSet(Key))
      continue;
    bool Any = false;
    for (const Component &C : Map.Components)
      Any = Any || names(Cfg, Key, C);
    for (const DataType &D : Map.DataTypes)
      Any = Any || namesData(Cfg, Key, D.Name);
    if (!Any)
      Keys.push_back(Key);
  }
  return Keys;
}

std::string roleKeyMatchingNothingMessage(const Config &Cfg,
                                          llvm::StringRef Key,
                                          const DependencyMap &Map) {
  size_t Classes = Map.Components.size() + Map.DataTypes.size();
  std::string Message =
      "option '" + Key.str() + "' ('" + Cfg.value(Key).str() +
      "') matches none of the " + std::to_string(Classes) + " class" +
      (Classes == 1 ? "" : "es") +
      " in the map, so it gives no class its role and the default pattern "
      "no longer applies; correct the pattern (the map lists every class "
      "with its fully qualified name) or remove the key";
  if (Key == "itdd.EntryPoints")
    Message += " (the map does not list free functions: if it names only "
               "those, nothing is wrong)";
  return Message;
}

} // namespace itdd
