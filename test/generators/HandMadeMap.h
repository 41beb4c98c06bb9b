//===--- HandMadeMap.h - dependency maps written by hand -------*- C++ -*-===//
//
// Components, constructor parameters and factory requests built in a test,
// so that the factory's planner and emitter are tested without parsing C++.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_GENERATORS_HANDMADEMAP_H
#define ITDD_TEST_GENERATORS_HANDMADEMAP_H

#include "core/DependencyMap.h"
#include "generators/FactoryPlan.h"
#include <string>
#include <vector>

namespace itdd {

/// A plain parameter: Type is also the type its value is kept in.
inline CtorParam value(const std::string &Name, const std::string &Type,
                       const std::string &Default = "") {
  CtorParam P;
  P.Name = Name;
  P.Type = Type;
  P.ValueType = Type;
  P.Default = Default;
  return P;
}

/// A parameter that takes a component of the map.
inline CtorParam takes(const std::string &Class, Passing Pass,
                       bool Many = false) {
  CtorParam P = value("P", Class);
  P.Class = Class;
  P.Pass = Pass;
  P.Many = Many;
  return P;
}

/// A class of the map in the role RoleText, built by Ctor.
inline Component component(const std::string &Name, const std::string &RoleText,
                           std::vector<CtorParam> Ctor = {},
                           std::vector<std::string> Implements = {}) {
  Component C;
  C.Name = Name;
  C.Kind = *roleFromName(RoleText);
  C.EntryPoint = C.Kind == Role::EntryPoint;
  C.Header = "app.h";
  C.Constructor = std::move(Ctor);
  C.UserConstructors = !C.Constructor.empty();
  C.Implements = std::move(Implements);
  for (const CtorParam &P : C.Constructor)
    if (!P.Class.empty())
      C.Dependencies.push_back(P.Class);
  return C;
}

/// A class only its static factory function Name builds, returning it
/// as Returns, with Params.
inline Component madeBy(const std::string &Class, const std::string &Name,
                        Passing Returns, std::vector<CtorParam> Params = {}) {
  Component C = component(Class, "internal");
  C.Constructible = false;
  C.UserConstructors = true;
  std::string Type = Class;
  if (Returns == Passing::Pointer)
    Type += " *";
  else if (Returns == Passing::UniquePtr || Returns == Passing::SharedPtr)
    Type = "std::" + passingName(Returns).str() + "<" + Class + ">";
  C.Factory = FactoryFunction{Name, Returns, Type, std::move(Params)};
  for (const CtorParam &P : C.Factory->Params)
    if (!P.Class.empty())
      C.Dependencies.push_back(P.Class);
  return C;
}

/// An abstract class.
inline Component interface(const std::string &Name,
                           const std::string &RoleText) {
  Component C = component(Name, RoleText);
  C.Abstract = true;
  return C;
}

inline DependencyMap mapOf(std::vector<Component> Components) {
  DependencyMap Map;
  Map.Components = std::move(Components);
  Map.normalize();
  return Map;
}

inline FactoryRequest requestFor(const std::string &Entry) {
  FactoryRequest R;
  R.Entry = Entry;
  R.Name = "App";
  R.Namespace = "app::testing";
  return R;
}

} // namespace itdd

#endif // ITDD_TEST_GENERATORS_HANDMADEMAP_H
