//===--- FactoryPlanTest.cpp - the factory planner without C++ parsing ----===//
//
// Each decision of the planner on a hand-made map: which class a parameter
// gets (--bind), cycles, how the system keeps a component, member and
// field names, which constructor builds a class (--ctor, defaults).
//
//===----------------------------------------------------------------------===//

#include "generators/FactoryPlan.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace itdd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

CtorParam value(const std::string &Name, const std::string &Type,
                const std::string &Default = "") {
  CtorParam P;
  P.Name = Name;
  P.Type = Type;
  P.ValueType = Type;
  P.Default = Default;
  return P;
}

CtorParam takes(const std::string &Class, Passing Pass, bool Many = false) {
  CtorParam P = value("P", Class);
  P.Class = Class;
  P.Pass = Pass;
  P.Many = Many;
  return P;
}

Component component(const std::string &Name, const std::string &RoleText,
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

Component interface(const std::string &Name, const std::string &RoleText) {
  Component C = component(Name, RoleText);
  C.Abstract = true;
  return C;
}

DependencyMap mapOf(std::vector<Component> Components) {
  DependencyMap Map;
  Map.Components = std::move(Components);
  Map.normalize();
  return Map;
}

FactoryRequest requestFor(const std::string &Entry) {
  FactoryRequest R;
  R.Entry = Entry;
  R.Name = "App";
  R.Namespace = "app::testing";
  return R;
}

std::string errorOf(llvm::Expected<FactoryPlan> Plan) {
  if (Plan)
    return "";
  return llvm::toString(Plan.takeError());
}

TEST(FactoryPlanTest, ComponentsComeInDependencyOrderWithMembersNamedAfterThem) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::Service", Passing::Reference)}),
       component("app::Service", "internal",
                 {takes("app::Database", Passing::Reference)}),
       component("app::Database", "infrastructure")});
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  std::vector<std::string> Members;
  for (const PlanNode &N : Plan->Nodes)
    Members.push_back(N.Member);
  EXPECT_THAT(Members, ElementsAre("database", "service", "controller"));
  EXPECT_EQ(Plan->Top, 2);
}

TEST(FactoryPlanTest, BindMustNameAClassDerivedFromTheInterface) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::Store", Passing::Reference)}),
       interface("app::Store", "infrastructure"),
       component("app::MemoryStore", "infrastructure", {}, {"app::Store"}),
       component("app::FileStore", "infrastructure", {}, {"app::Store"}),
       component("app::Clock", "internal")});
  FactoryRequest R = requestFor("app::Controller");
  EXPECT_THAT(errorOf(planFactory(Map, R)),
              HasSubstr("app::Store has several implementations "
                        "(app::FileStore, app::MemoryStore)"));
  R.Bind["app::Store"] = "app::Clock";
  EXPECT_THAT(errorOf(planFactory(Map, R)),
              HasSubstr("app::Clock does not implement app::Store"));
  R.Bind["app::Store"] = "app::MemoryStore";
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, R);
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  EXPECT_EQ(Plan->Nodes.front().Class, "app::MemoryStore");
}

TEST(FactoryPlanTest, UnknownClassSuggestsTheQualifiedName) {
  DependencyMap Map = mapOf({component("app::Controller", "entry-point")});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("Controller"))),
              HasSubstr("did you mean app::Controller?"));
}

TEST(FactoryPlanTest, CycleIsAnErrorThatPrintsThePath) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::A", Passing::Reference)}),
       component("app::A", "internal", {takes("app::B", Passing::Reference)}),
       component("app::B", "internal", {takes("app::A", Passing::Reference)})});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("app::Controller"))),
              HasSubstr("dependency cycle: app::Controller -> app::A -> "
                        "app::B -> app::A"));
}

TEST(FactoryPlanTest, StorageFollowsHowConstructorsTakeTheComponent) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::Worker", Passing::UniquePtr, /*Many=*/true),
                  takes("app::Clock", Passing::SharedPtr),
                  takes("app::Sender", Passing::UniquePtr)}),
       component("app::Worker", "internal"), component("app::Clock", "internal"),
       interface("app::Sender", "external-boundary")});
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  ASSERT_EQ(Plan->Nodes.size(), 4u);
  EXPECT_EQ(Plan->Nodes[0].Keep, Storage::Owned);
  EXPECT_EQ(Plan->Nodes[0].Owner, 3);
  EXPECT_EQ(Plan->Nodes[1].Keep, Storage::Shared);
  EXPECT_TRUE(Plan->Nodes[2].Mock);
  EXPECT_EQ(Plan->Nodes[2].Keep, Storage::Owned);
  EXPECT_TRUE(Plan->NeedsList);
}

TEST(FactoryPlanTest, TwoOwnersOfOneComponentAreRefused) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::A", Passing::Reference),
                  takes("app::Clock", Passing::UniquePtr)}),
       component("app::A", "internal", {takes("app::Clock", Passing::UniquePtr)}),
       component("app::Clock", "internal")});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("app::Controller"))),
              HasSubstr("app::Clock is taken as std::unique_ptr by both "
                        "app::A and app::Controller"));
}

TEST(FactoryPlanTest, TrailingDefaultsKeepTheirValuesAndFieldsAreNamedPerClass) {
  DependencyMap Map = mapOf({component(
      "app::Controller", "entry-point",
      {value("Name", "std::string"), value("Retries", "int", "3"),
       value("Verbose", "bool", "false")})});
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  ASSERT_EQ(Plan->Fields.size(), 1u);
  EXPECT_EQ(Plan->Fields[0].Name, "controller_name");
  EXPECT_THAT(Plan->Nodes[0].Defaulted,
              ElementsAre("`Retries = 3`", "`Verbose = false`"));
}

TEST(FactoryPlanTest, AbstractTypeByValueIsRefusedNamingTheParameter) {
  CtorParam Policy = value("Policy", "app::Policy");
  Policy.Abstract = true;
  DependencyMap Map = mapOf({component("app::Controller", "entry-point", {Policy})});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("app::Controller"))),
              HasSubstr("parameter `app::Policy Policy` of app::Controller's "
                        "constructor takes the abstract app::Policy by value"));
}

TEST(FactoryPlanTest, AbstractReferenceBecomesARequiredPointer) {
  CtorParam Policy = value("Policy", "const app::Policy &");
  Policy.Pass = Passing::Reference;
  Policy.ValueType = "app::Policy";
  Policy.Abstract = true;
  Policy.DefaultConstructible = false;
  DependencyMap Map = mapOf({component("app::Controller", "entry-point", {Policy})});
  llvm::Expected<FactoryPlan> Plan = planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  EXPECT_EQ(Plan->Fields[0].Declaration, "app::Policy *controller_policy = nullptr");
  EXPECT_FALSE(Plan->NeedsOptional);
}

TEST(FactoryPlanTest, CtorPicksByNumberOrLeadingTypesAndSaysSo) {
  Component C = component("app::Controller", "entry-point",
                          {value("Name", "std::string"), value("Port", "int")});
  C.Constructors = {{value("Name", "std::string"), value("Port", "int")},
                    {value("Url", "const char *")}};
  DependencyMap Map = mapOf({C});
  FactoryRequest R = requestFor("app::Controller");
  llvm::Expected<FactoryPlan> Widest = planFactory(Map, R);
  ASSERT_TRUE(static_cast<bool>(Widest)) << llvm::toString(Widest.takeError());
  EXPECT_THAT(Widest->Nodes[0].CtorNote,
              HasSubstr("constructor 1 of 2 (the widest); choose another with "
                        "--ctor app::Controller=N"));
  R.Ctor[""] = "const char*";
  llvm::Expected<FactoryPlan> ByType = planFactory(Map, R);
  ASSERT_TRUE(static_cast<bool>(ByType)) << llvm::toString(ByType.takeError());
  EXPECT_EQ(ByType->Fields[0].Name, "controller_url");
  R.Ctor[""] = "3";
  EXPECT_THAT(errorOf(planFactory(Map, R)),
              HasSubstr("2: app::Controller(const char * Url)"));
}

} // namespace
} // namespace itdd
