//===--- FactoryTest.cpp - the factory emitter without C++ parsing --------===//
//
// How the emitter spells what the plan decided, on a hand-made map: each
// kind of configuration field declared and passed its own way, and the
// notes on a member about its constructor. The whole text is compared with
// golden files in test/gen.
//
//===----------------------------------------------------------------------===//

#include "generators/Factory.h"
#include "HandMadeMap.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace itdd {
namespace {

using ::testing::HasSubstr;

std::string factoryOf(const DependencyMap &Map, const FactoryRequest &R) {
  llvm::Expected<std::string> Text = generateFactory(Map, R);
  if (!Text) {
    ADD_FAILURE() << llvm::toString(Text.takeError());
    return "";
  }
  return *Text;
}

CtorParam passed(const std::string &Name, const std::string &Type, Passing Pass,
                 const std::string &ValueType) {
  CtorParam P = value(Name, Type);
  P.Pass = Pass;
  P.ValueType = ValueType;
  return P;
}

TEST(FactoryTest, EachFieldKindIsDeclaredAndPassedItsOwnWay) {
  CtorParam Clock = value("Clock", "app::Instant");
  Clock.DefaultConstructible = false;
  DependencyMap Map = mapOf({component(
      "app::Controller", "entry-point",
      {passed("Log", "std::ostream &", Passing::Reference, "std::ostream"),
       passed("Out", "FILE *", Passing::Pointer, "FILE *"),
       passed("Buffer", "std::unique_ptr<char[]>", Passing::UniquePtr,
              "std::unique_ptr<char[]>"),
       passed("Script", "std::string &&", Passing::Value, "std::string"), Clock,
       value("Port", "int")})});
  std::string Text = factoryOf(Map, requestFor("app::Controller"));
  EXPECT_THAT(Text, HasSubstr("  /// `std::ostream &Log` of app::Controller's "
                              "constructor. Required: points at an object "
                              "that outlives the system.\n"
                              "  std::ostream *controller_log = nullptr;\n"));
  EXPECT_THAT(Text, HasSubstr("  FILE * controller_out = nullptr;\n"));
  EXPECT_THAT(Text,
              HasSubstr("  std::unique_ptr<char[]> controller_buffer{};\n"));
  EXPECT_THAT(Text, HasSubstr("  std::string controller_script{};\n"));
  EXPECT_THAT(Text, HasSubstr("constructor. Required: app::Instant has no "
                              "default value.\n"
                              "  std::optional<app::Instant> "
                              "controller_clock;\n"));
  EXPECT_THAT(Text, HasSubstr("  int controller_port{};\n"));
  EXPECT_THAT(Text,
              HasSubstr("controller(requireField(config.controller_log, "
                        "\"controller_log\"), config.controller_out, "
                        "std::move(config.controller_buffer), "
                        "std::move(config.controller_script), "
                        "requireField(config.controller_clock, "
                        "\"controller_clock\"), config.controller_port)"));
  EXPECT_THAT(Text, HasSubstr("static T &requireField(T *Value,"));
  EXPECT_THAT(Text,
              HasSubstr("static T &requireField(std::optional<T> &Value,"));
}

TEST(FactoryTest, AReferenceToAnAbstractClassAsksForADerivedObject) {
  CtorParam Policy = passed("Policy", "const app::Policy &", Passing::Reference,
                            "app::Policy");
  Policy.Abstract = true;
  DependencyMap Map =
      mapOf({component("app::Controller", "entry-point", {Policy})});
  EXPECT_THAT(factoryOf(Map, requestFor("app::Controller")),
              HasSubstr("Required: points at an object of a class derived "
                        "from app::Policy that outlives the system.\n"
                        "  app::Policy *controller_policy = nullptr;\n"));
}

TEST(FactoryTest, TheMemberSaysWhichConstructorBuiltItAndWhichDefaultsApply) {
  Component C =
      component("app::Controller", "entry-point",
                {value("Name", "std::string"), value("Retries", "int", "3")});
  C.Constructors = {C.Constructor, {value("Url", "const char *")}};
  DependencyMap Map = mapOf({C});
  FactoryRequest R = requestFor("app::Controller");
  EXPECT_THAT(factoryOf(Map, R),
              HasSubstr("  /// The entry point the test drives. Built with "
                        "constructor 1 of 2 (the widest); choose another "
                        "with --ctor app::Controller=N. Its constructor's "
                        "defaults apply to `Retries = 3`.\n"));
  R.Ctor["app::Controller"] = "2";
  EXPECT_THAT(factoryOf(Map, R),
              HasSubstr("  /// The entry point the test drives. Built with "
                        "constructor 2 of 2 (--ctor app::Controller=2).\n"));
}

TEST(FactoryTest, AFactoryFunctionBuildsWhatItReturnsAndTheMemberSaysSo) {
  DependencyMap Map =
      mapOf({component("app::Controller", "entry-point",
                       {takes("app::Catalog", Passing::Reference),
                        takes("app::Registry", Passing::Reference),
                        takes("app::Archive", Passing::UniquePtr)}),
             madeBy("app::Catalog", "create", Passing::UniquePtr,
                    {value("Capacity", "int")}),
             madeBy("app::Registry", "make", Passing::Value),
             madeBy("app::Archive", "open", Passing::Pointer)});
  std::string Text = factoryOf(Map, requestFor("app::Controller"));
  EXPECT_THAT(Text, HasSubstr("  /// `int Capacity` of app::Catalog::create.\n"
                              "  int catalog_capacity{};\n"));
  EXPECT_THAT(Text, HasSubstr("catalog(app::Catalog::create("
                              "config.catalog_capacity))"));
  EXPECT_THAT(Text, HasSubstr("registry(app::Registry::make())"));
  EXPECT_THAT(Text, HasSubstr("archive_owner(app::Archive::open())"));
  EXPECT_THAT(Text,
              HasSubstr("/// Real internal. Built by app::Catalog::create."
                        "\n  std::shared_ptr<app::Catalog> catalog;\n"));
  EXPECT_THAT(Text, HasSubstr("Built by app::Archive::open, whose pointer the "
                              "system owns."));
}

} // namespace
} // namespace itdd
