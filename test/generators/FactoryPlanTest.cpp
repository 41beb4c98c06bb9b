//===--- FactoryPlanTest.cpp - the factory planner without C++ parsing ----===//
//
// Each decision of the planner on a hand-made map: which class a parameter
// gets (--bind), cycles, how the system keeps a component, member and
// field names and kinds, which constructor builds a class (--ctor,
// defaults). The plan holds what each step is; the C++ text is the
// emitter's (FactoryTest.cpp).
//
//===----------------------------------------------------------------------===//

#include "generators/FactoryPlan.h"
#include "HandMadeMap.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <map>

namespace itdd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

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
  std::vector<std::pair<std::string, std::string>> Defaulted;
  for (const CtorParam &P : Plan->Nodes[0].Defaulted)
    Defaulted.emplace_back(P.Name, P.Default);
  EXPECT_THAT(Defaulted,
              ElementsAre(Pair("Retries", "3"), Pair("Verbose", "false")));
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
  ASSERT_EQ(Plan->Fields.size(), 1u);
  EXPECT_EQ(Plan->Fields[0].Name, "controller_policy");
  EXPECT_EQ(Plan->Fields[0].Kind, FieldKind::Referenced);
  EXPECT_EQ(Plan->Fields[0].Param.ValueType, "app::Policy");
  EXPECT_TRUE(Plan->NeedsRequire);
  EXPECT_FALSE(Plan->NeedsOptional);
}

TEST(FactoryPlanTest, FieldKindFollowsHowTheConstructorTakesTheValue) {
  CtorParam Log = value("Log", "std::ostream &");
  Log.Pass = Passing::Reference;
  Log.ValueType = "std::ostream";
  CtorParam Limits = value("Limits", "const app::Limits &");
  Limits.Pass = Passing::Reference;
  Limits.ValueType = "app::Limits";
  CtorParam Out = value("Out", "FILE *");
  Out.Pass = Passing::Pointer;
  CtorParam Buffer = value("Buffer", "std::unique_ptr<char[]>");
  Buffer.Pass = Passing::UniquePtr;
  CtorParam Script = value("Script", "std::string &&");
  Script.ValueType = "std::string";
  CtorParam Clock = value("Clock", "app::Instant");
  Clock.DefaultConstructible = false;
  DependencyMap Map = mapOf({component(
      "app::Controller", "entry-point",
      {Log, Limits, Out, Buffer, Script, Clock, value("Port", "int")})});
  llvm::Expected<FactoryPlan> Plan =
      planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  std::vector<FieldKind> Kinds;
  for (const ConfigField &F : Plan->Fields) {
    Kinds.push_back(F.Kind);
    EXPECT_EQ(F.Class, "app::Controller");
  }
  EXPECT_THAT(Kinds, ElementsAre(FieldKind::Referenced, FieldKind::Value,
                                 FieldKind::Pointer, FieldKind::Moved,
                                 FieldKind::Moved, FieldKind::Required,
                                 FieldKind::Value));
  EXPECT_TRUE(Plan->NeedsRequire);
  EXPECT_TRUE(Plan->NeedsOptional);
  // Each plain argument names its field; none names a component.
  const std::vector<PlanArgument> &Args = Plan->Nodes[0].Args;
  ASSERT_EQ(Args.size(), Plan->Fields.size());
  for (size_t I = 0; I < Args.size(); ++I) {
    EXPECT_EQ(Args[I].Node, -1);
    EXPECT_EQ(Args[I].Field, static_cast<int>(I));
  }
  EXPECT_EQ(Plan->Fields[2].Param.Name, "Out");
}

TEST(FactoryPlanTest, ArgumentsNameTheComponentTheyPass) {
  DependencyMap Map = mapOf(
      {component("app::Controller", "entry-point",
                 {takes("app::Clock", Passing::Pointer), value("Port", "int")}),
       component("app::Clock", "internal")});
  llvm::Expected<FactoryPlan> Plan =
      planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  const std::vector<PlanArgument> &Args = Plan->Nodes[1].Args;
  ASSERT_EQ(Args.size(), 2u);
  EXPECT_EQ(Args[0].Node, 0);
  EXPECT_EQ(Args[0].Field, -1);
  EXPECT_EQ(Args[0].Pass, Passing::Pointer);
  EXPECT_EQ(Args[1].Node, -1);
  EXPECT_EQ(Args[1].Field, 0);
  EXPECT_EQ(Plan->Fields[0].Name, "controller_port");
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
  EXPECT_EQ(Widest->Nodes[0].Ctor.Number, 1u);
  EXPECT_EQ(Widest->Nodes[0].Ctor.Of, 2u);
  EXPECT_EQ(Widest->Nodes[0].Ctor.Flag, "");
  R.Ctor[""] = "const char*";
  llvm::Expected<FactoryPlan> ByType = planFactory(Map, R);
  ASSERT_TRUE(static_cast<bool>(ByType)) << llvm::toString(ByType.takeError());
  EXPECT_EQ(ByType->Fields[0].Name, "controller_url");
  EXPECT_EQ(ByType->Nodes[0].Ctor.Number, 2u);
  EXPECT_EQ(ByType->Nodes[0].Ctor.Flag, "--ctor const char*");
  R.Ctor.erase("");
  R.Ctor["app::Controller"] = "1";
  llvm::Expected<FactoryPlan> ByNumber = planFactory(Map, R);
  ASSERT_TRUE(static_cast<bool>(ByNumber))
      << llvm::toString(ByNumber.takeError());
  EXPECT_EQ(ByNumber->Nodes[0].Ctor.Number, 1u);
  EXPECT_EQ(ByNumber->Nodes[0].Ctor.Flag, "--ctor app::Controller=1");
  R.Ctor.erase("app::Controller");
  R.Ctor[""] = "3";
  EXPECT_THAT(errorOf(planFactory(Map, R)),
              HasSubstr("2: app::Controller(const char * Url)"));
}

TEST(FactoryPlanTest,
     AClassWithoutAPublicConstructorIsMadeByItsFactoryFunction) {
  Component Controller = component("app::Controller", "entry-point",
                                   {takes("app::Catalog", Passing::Reference),
                                    takes("app::Registry", Passing::Reference),
                                    takes("app::Index", Passing::SharedPtr),
                                    takes("app::Archive", Passing::UniquePtr)});
  DependencyMap Map =
      mapOf({Controller,
             madeBy("app::Catalog", "create", Passing::UniquePtr,
                    {value("Capacity", "int")}),
             madeBy("app::Registry", "make", Passing::Value),
             madeBy("app::Index", "build", Passing::SharedPtr),
             madeBy("app::Archive", "open", Passing::Pointer)});
  llvm::Expected<FactoryPlan> Plan =
      planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  std::map<std::string, const PlanNode *> Nodes;
  for (const PlanNode &N : Plan->Nodes)
    Nodes[N.Class] = &N;
  ASSERT_TRUE(Nodes["app::Catalog"]->Made);
  EXPECT_EQ(Nodes["app::Catalog"]->Made->Name, "create");
  // A pointer handed back is kept behind a shared_ptr, unless a
  // constructor takes it over.
  EXPECT_EQ(Nodes["app::Catalog"]->Keep, Storage::Shared);
  EXPECT_EQ(Nodes["app::Registry"]->Keep, Storage::Value);
  EXPECT_EQ(Nodes["app::Index"]->Keep, Storage::Shared);
  EXPECT_EQ(Nodes["app::Archive"]->Keep, Storage::Owned);
  ASSERT_EQ(Plan->Fields.size(), 1u);
  EXPECT_EQ(Plan->Fields[0].Name, "catalog_capacity");
  EXPECT_EQ(Plan->Fields[0].Function, "create");
}

TEST(FactoryPlanTest, ASharedObjectCannotBeOwnedAndTheCtorFlagDoesNotApply) {
  DependencyMap Map =
      mapOf({component("app::Controller", "entry-point",
                       {takes("app::Index", Passing::UniquePtr)}),
             madeBy("app::Index", "build", Passing::SharedPtr)});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("app::Controller"))),
              HasSubstr("app::Index::build returns "
                        "std::shared_ptr<app::Index>, but a constructor takes "
                        "app::Index as std::unique_ptr"));
  FactoryRequest R = requestFor("app::Controller");
  R.Ctor["app::Index"] = "2";
  EXPECT_THAT(errorOf(planFactory(Map, R)),
              HasSubstr("--ctor app::Index=2: app::Index has no public "
                        "constructor; the factory builds it with "
                        "app::Index::build"));
  FactoryRequest Entry = requestFor("app::Index");
  Entry.Ctor[""] = "1";
  EXPECT_THAT(errorOf(planFactory(Map, Entry)),
              HasSubstr("--ctor 1: app::Index has no public constructor"));
}

TEST(FactoryPlanTest, AClassWithNeitherIsRefused) {
  Component Vault = component("app::Vault", "internal");
  Vault.Constructible = false;
  DependencyMap Map =
      mapOf({component("app::Controller", "entry-point",
                       {takes("app::Vault", Passing::Reference)}),
             Vault});
  EXPECT_THAT(errorOf(planFactory(Map, requestFor("app::Controller"))),
              HasSubstr("app::Vault has no public constructor (its "
                        "constructors are deleted or not public) and no "
                        "public static member function that returns it"));
}

TEST(FactoryPlanTest, AnInterfaceWithoutOneImplementationIsMadeByItsFunction) {
  Component Storage = madeBy("app::Storage", "create", Passing::UniquePtr);
  Storage.Abstract = true;
  Storage.Constructible = true;
  DependencyMap Map =
      mapOf({component("app::Controller", "entry-point",
                       {takes("app::Storage", Passing::Reference)}),
             Storage});
  llvm::Expected<FactoryPlan> Plan =
      planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  ASSERT_TRUE(Plan->Nodes[0].Made);
  EXPECT_EQ(Plan->Nodes[0].Class, "app::Storage");
  // Its one implementation in the map is built instead.
  Map =
      mapOf({component("app::Controller", "entry-point",
                       {takes("app::Storage", Passing::Reference)}),
             Storage,
             component("app::FileStorage", "internal", {}, {"app::Storage"})});
  Plan = planFactory(Map, requestFor("app::Controller"));
  ASSERT_TRUE(static_cast<bool>(Plan)) << llvm::toString(Plan.takeError());
  EXPECT_EQ(Plan->Nodes[0].Class, "app::FileStorage");
}

} // namespace
} // namespace itdd
