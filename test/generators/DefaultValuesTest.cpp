//===--- DefaultValuesTest.cpp - valid defaults, without parsing C++ ------===//
//
// The rules behind builders and mocks' default answers on hand-made data
// types: how names read, enums, zero as a sentinel, nested data,
// optionals, containers, time points; and what builders are made of.
//
//===----------------------------------------------------------------------===//

#include "generators/DefaultValues.h"
#include "generators/Builders.h"
#include "generators/Names.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace itdd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Optional;

ValueShape shape(ValueKind Kind, const std::string &Target, ValueWrap Wrap) {
  ValueShape S;
  S.Kind = Kind;
  S.Target = Target;
  S.Wrap = Wrap;
  return S;
}

DataField field(const std::string &Name, const std::string &Type,
                ValueKind Kind, const std::string &Target = "",
                ValueWrap Wrap = ValueWrap::None) {
  DataField F;
  F.Name = Name;
  F.Type = Type;
  F.Shape = shape(Kind, Target, Wrap);
  return F;
}

DataType record(const std::string &Name, std::vector<DataField> Fields) {
  DataType T;
  T.Name = Name;
  T.Header = "pay/types.h";
  T.Fields = std::move(Fields);
  return T;
}

DataType enumeration(const std::string &Name,
                     std::vector<std::string> Enumerators) {
  DataType T;
  T.Name = Name;
  T.Header = "pay/types.h";
  T.Enum = true;
  T.Enumerators = std::move(Enumerators);
  return T;
}

DependencyMap mapOf(std::vector<DataType> Types) {
  DependencyMap Map;
  Map.DataTypes = std::move(Types);
  Map.normalize();
  return Map;
}

std::string noBuilder(llvm::StringRef) { return ""; }

std::optional<std::string> defaultOf(const DependencyMap &Map,
                                     const DataField &F) {
  std::optional<FieldDefault> D = fieldDefault(Map, F, [](llvm::StringRef T) {
    return "a" + unqualifiedName(T).str() + "().build()";
  });
  if (!D)
    return std::nullopt;
  return D->Expression;
}

TEST(Reading, SuccessAndTroubleFromTheWordsOfAName) {
  EXPECT_EQ(readingOf("approved"), Reading::Success);
  EXPECT_EQ(readingOf("isOk"), Reading::Success);
  EXPECT_EQ(readingOf("Sent"), Reading::Success);
  EXPECT_EQ(readingOf("is_valid"), Reading::Success);
  EXPECT_EQ(readingOf("declined"), Reading::Trouble);
  EXPECT_EQ(readingOf("isFraud"), Reading::Trouble);
  EXPECT_EQ(readingOf("DeclineReason"), Reading::Trouble);
  EXPECT_EQ(readingOf("notSent"), Reading::Trouble);
  EXPECT_EQ(readingOf("unverified"), Reading::Trouble);
  EXPECT_EQ(readingOf("invalid"), Reading::Trouble);
  EXPECT_EQ(readingOf("currency"), Reading::Neutral);
  EXPECT_EQ(readingOf("sandbox"), Reading::Neutral);
}

TEST(PreferredEnumerator, SuccessFirstThenTheFirstThatIsNoTrouble) {
  EXPECT_EQ(preferredEnumerator({"Declined", "Approved"}), "Approved");
  EXPECT_EQ(preferredEnumerator({"Unknown", "Pending", "Ok"}), "Ok");
  EXPECT_EQ(preferredEnumerator({"Success", "Failure"}), "Success");
  EXPECT_EQ(preferredEnumerator({"Unspecified", "Card", "Wallet"}), "Card");
  EXPECT_EQ(preferredEnumerator({"Error", "Timeout"}), "Error");
  EXPECT_EQ(preferredEnumerator({}), "");
}

TEST(ZeroIsSentinel, IdsAmountsAndTimestampsButNotEveryNumber) {
  EXPECT_TRUE(zeroIsSentinel("id"));
  EXPECT_TRUE(zeroIsSentinel("orderId"));
  EXPECT_TRUE(zeroIsSentinel("amount_cents"));
  EXPECT_TRUE(zeroIsSentinel("Total"));
  EXPECT_TRUE(zeroIsSentinel("createdAt"));
  EXPECT_FALSE(zeroIsSentinel("discountPercent"));
  EXPECT_FALSE(zeroIsSentinel("hour"));
}

TEST(FieldDefault, StringsAreNamedAfterTheFieldAndNumbered) {
  DependencyMap Map;
  std::optional<FieldDefault> D = fieldDefault(
      Map, field("chargeId", "std::string", ValueKind::String), noBuilder);
  ASSERT_TRUE(D);
  EXPECT_EQ(D->Expression, "\"charge-id-\" + std::to_string(Number)");
  EXPECT_TRUE(D->UsesNumber);
  // Trouble stays empty; an author's own default stays.
  EXPECT_FALSE(
      defaultOf(Map, field("declineReason", "std::string", ValueKind::String)));
  DataField Currency = field("currency", "std::string", ValueKind::String);
  Currency.Initializer = "\"EUR\"";
  EXPECT_FALSE(defaultOf(Map, Currency));
  Currency.Initializer = "{}";
  EXPECT_TRUE(defaultOf(Map, Currency));
}

TEST(FieldDefault, StringViewsGetALiteralThatOutlivesThem) {
  EXPECT_THAT(defaultOf(DependencyMap(), field("provider", "std::string_view",
                                               ValueKind::StringView)),
              Optional(std::string("\"provider\"")));
}

TEST(FieldDefault, BooleansSayWhatTheirNameMeans) {
  DependencyMap Map;
  EXPECT_THAT(defaultOf(Map, field("approved", "bool", ValueKind::Bool)),
              Optional(std::string("true")));
  DataField Fraud = field("isFraud", "bool", ValueKind::Bool);
  Fraud.Initializer = "true";
  EXPECT_THAT(defaultOf(Map, Fraud), Optional(std::string("false")));
  EXPECT_FALSE(defaultOf(Map, field("sandbox", "bool", ValueKind::Bool)));
}

TEST(FieldDefault, NumbersAreNonZeroWhereZeroMeansNotSet) {
  DependencyMap Map;
  std::optional<FieldDefault> Id =
      fieldDefault(Map, field("id", "long", ValueKind::Integer), noBuilder);
  ASSERT_TRUE(Id);
  EXPECT_EQ(Id->Expression, "Number");
  EXPECT_THAT(
      defaultOf(Map, field("amountCents", "unsigned int", ValueKind::Integer)),
      Optional(std::string("100")));
  EXPECT_THAT(defaultOf(Map, field("total", "double", ValueKind::Floating)),
              Optional(std::string("100.0")));
  EXPECT_THAT(defaultOf(Map, field("price", "float", ValueKind::Floating)),
              Optional(std::string("100.0f")));
  EXPECT_THAT(defaultOf(Map, field("httpStatus", "int", ValueKind::Integer)),
              Optional(std::string("200")));
  EXPECT_FALSE(defaultOf(Map, field("hour", "int", ValueKind::Integer)));
  EXPECT_FALSE(defaultOf(Map, field("errorCount", "int", ValueKind::Integer)));
  DataField Fee = field("amount", "int", ValueKind::Integer);
  Fee.Initializer = "499";
  EXPECT_FALSE(defaultOf(Map, Fee));
  Fee.Initializer = "0";
  EXPECT_TRUE(defaultOf(Map, Fee));
}

TEST(FieldDefault, EnumsTakeTheirHealthiestEnumerator) {
  DependencyMap Map =
      mapOf({enumeration("pay::Status", {"Unknown", "Declined", "Approved"})});
  DataField Status =
      field("status", "pay::Status", ValueKind::Enum, "pay::Status");
  Status.Initializer = "pay::Status::Unknown";
  EXPECT_THAT(defaultOf(Map, Status),
              Optional(std::string("pay::Status::Approved")));
  // An enum the map does not describe keeps its value.
  EXPECT_FALSE(
      defaultOf(Map, field("kind", "pay::Kind", ValueKind::Enum, "pay::Kind")));
}

TEST(FieldDefault, NestedDataIsBuiltByItsOwnBuilder) {
  EXPECT_THAT(defaultOf(DependencyMap(), field("card", "pay::Card",
                                               ValueKind::Record, "pay::Card")),
              Optional(std::string("aCard().build()")));
  EXPECT_FALSE(fieldDefault(
      DependencyMap(),
      field("card", "pay::Card", ValueKind::Record, "pay::Card"), noBuilder));
}

TEST(FieldDefault, OptionalsContainersAndPointersStayEmpty) {
  DependencyMap Map;
  EXPECT_FALSE(
      defaultOf(Map, field("note", "std::optional<std::string>",
                           ValueKind::String, "", ValueWrap::Optional)));
  EXPECT_FALSE(defaultOf(Map, field("card", "std::optional<pay::Card>",
                                    ValueKind::Record, "pay::Card",
                                    ValueWrap::Optional)));
  EXPECT_FALSE(defaultOf(Map, field("items", "std::vector<pay::Item>",
                                    ValueKind::Container, "pay::Item")));
  EXPECT_FALSE(defaultOf(Map, field("parent", "pay::Card *", ValueKind::Record,
                                    "pay::Card", ValueWrap::Pointer)));
}

TEST(FieldDefault, TimePointsAreAFixedInstant) {
  std::optional<std::string> D =
      defaultOf(DependencyMap(),
                field("createdAt", "std::chrono::system_clock::time_point",
                      ValueKind::TimePoint));
  ASSERT_TRUE(D);
  EXPECT_EQ(*D, "std::chrono::system_clock::time_point(std::chrono::duration_"
                "cast<std::chrono::system_clock::time_point::duration>(std::"
                "chrono::seconds(1704067200)))");
}

Method returning(const std::string &Name, const std::string &Type,
                 ValueKind Kind, const std::string &Target = "",
                 ValueWrap Wrap = ValueWrap::None) {
  Method M;
  M.Name = Name;
  M.ReturnType = Type;
  M.Returns = shape(Kind, Target, Wrap);
  return M;
}

TEST(DefaultAnswer, BoundariesAnswerLikeAHealthyThirdParty) {
  DependencyMap Map = mapOf({enumeration("pay::Health", {"Down", "Up"})});
  auto Builder = [](llvm::StringRef T) {
    return "a" + unqualifiedName(T).str() + "().build()";
  };
  EXPECT_THAT(defaultAnswer(Map,
                            returning("charge", "pay::Charge",
                                      ValueKind::Record, "pay::Charge"),
                            Builder),
              Optional(std::string("::testing::Return(aCharge().build())")));
  EXPECT_THAT(defaultAnswer(Map,
                            returning("find", "std::optional<pay::Charge>",
                                      ValueKind::Record, "pay::Charge",
                                      ValueWrap::Optional),
                            Builder),
              Optional(std::string("::testing::Return(aCharge().build())")));
  EXPECT_THAT(defaultAnswer(Map,
                            returning("open", "std::unique_ptr<pay::Charge>",
                                      ValueKind::Record, "pay::Charge",
                                      ValueWrap::UniquePtr),
                            Builder),
              Optional(std::string("::testing::InvokeWithoutArgs([] { return "
                                   "std::make_unique<pay::Charge>(aCharge()."
                                   "build()); })")));
  // Return() copies its value: a move-only answer is built per call.
  DataType Receipt = record("pay::Receipt", {});
  Receipt.Copyable = false;
  DependencyMap WithReceipt = mapOf({Receipt});
  EXPECT_THAT(defaultAnswer(WithReceipt,
                            returning("receipt", "pay::Receipt",
                                      ValueKind::Record, "pay::Receipt"),
                            Builder),
              Optional(std::string("::testing::InvokeWithoutArgs([] { return "
                                   "aReceipt().build(); })")));
  EXPECT_THAT(
      defaultAnswer(Map, returning("refund", "bool", ValueKind::Bool), Builder),
      Optional(std::string("::testing::Return(true)")));
  EXPECT_FALSE(defaultAnswer(
      Map, returning("isBlocked", "bool", ValueKind::Bool), Builder));
  EXPECT_THAT(defaultAnswer(Map,
                            returning("health", "pay::Health", ValueKind::Enum,
                                      "pay::Health"),
                            Builder),
              Optional(std::string("::testing::Return(pay::Health::Up)")));
  EXPECT_FALSE(
      defaultAnswer(Map, returning("log", "void", ValueKind::Other), Builder));
  EXPECT_THAT(defaultAnswer(
                  Map, returning("sendEmail", "std::string", ValueKind::String),
                  Builder),
              Optional(std::string("::testing::Return(std::string(\"send-"
                                   "email\"))")));
  EXPECT_FALSE(defaultAnswer(
      Map, returning("validateAddress", "std::string", ValueKind::String),
      Builder));
  EXPECT_THAT(defaultAnswer(
                  Map, returning("createCustomer", "long", ValueKind::Integer),
                  Builder),
              Optional(std::string("::testing::Return(1)")));
  EXPECT_THAT(defaultAnswer(
                  Map, returning("exchangeRate", "double", ValueKind::Floating),
                  Builder),
              Optional(std::string("::testing::Return(1.0)")));
  EXPECT_FALSE(defaultAnswer(Map, returning("send", "int", ValueKind::Integer),
                             Builder));
  EXPECT_FALSE(
      defaultAnswer(Map,
                    returning("last", "const pay::Charge &", ValueKind::Record,
                              "pay::Charge", ValueWrap::Reference),
                    Builder));
}

TEST(Builders, NamesReadAsEnglish) {
  DependencyMap Map =
      mapOf({record("pay::Charge", {}), record("pay::Email", {}),
             record("pay::v1::Receipt", {}), record("pay::v2::Receipt", {})});
  EXPECT_EQ(builderFunctionName(Map, "pay::Charge"), "aCharge");
  EXPECT_EQ(builderFunctionName(Map, "pay::Email"), "anEmail");
  EXPECT_EQ(builderClassName(Map, "pay::v1::Receipt"), "V1ReceiptBuilder");
  EXPECT_EQ(builderFunctionName(Map, "pay::v2::Receipt"), "aV2Receipt");
}

TEST(Builders, ContainedDataComesFirstAndEnumsGetNone) {
  DependencyMap Map = mapOf(
      {record("pay::Charge",
              {field("card", "pay::Card", ValueKind::Record, "pay::Card"),
               field("items", "std::vector<pay::Item>", ValueKind::Container,
                     "pay::Item"),
               field("status", "pay::Status", ValueKind::Enum, "pay::Status")}),
       record("pay::Card", {}), record("pay::Item", {}),
       enumeration("pay::Status", {"Ok"})});
  EXPECT_THAT(withContainedTypes(Map, {"pay::Charge"}),
              ElementsAre("pay::Card", "pay::Item", "pay::Charge"));
}

TEST(Builders, SayWhyATypeCannotBeBuilt) {
  DataType Abstract = record("pay::Sink", {});
  Abstract.NotBuildable = "abstract: only a class derived from it can be built";
  DataField Money =
      field("price", "pay::Money", ValueKind::Record, "pay::Money");
  Money.DefaultConstructible = false;
  DataType Money2 = record("pay::Money", {});
  Money2.NotBuildable = "no public constructor";
  DependencyMap Map = mapOf({Abstract, record("pay::Line", {Money}), Money2});
  EXPECT_THAT(whyNoBuilder(Map, "pay::Sink"), HasSubstr("abstract"));
  EXPECT_THAT(whyNoBuilder(Map, "pay::Line"),
              HasSubstr("'price' (pay::Money) has no default constructor"));
  EXPECT_EQ(whyNoBuilder(Map, "pay::Nope"), "the map does not describe it");
  std::string Text = builderDefinitions(Map, {"pay::Sink"});
  EXPECT_THAT(Text, HasSubstr("// No builder for pay::Sink: abstract"));
  EXPECT_THAT(Text, Not(HasSubstr("SinkBuilder")));
}

TEST(ReferredMember, AReferenceAnswerRefersToAMemberThatCompiles) {
  DependencyMap Map = mapOf({record("app::Settings", {})});
  auto Builder = [](llvm::StringRef T) {
    return T == "app::Settings" ? std::string("aSettings().build()")
                                : std::string();
  };
  Method Settings =
      returning("settings", "const app::Settings &", ValueKind::Record,
                "app::Settings", ValueWrap::Reference);
  std::optional<ReferredMember> Healthy =
      referredMember(Map, Settings, Builder, /*Healthy=*/true);
  ASSERT_TRUE(Healthy);
  EXPECT_EQ(Healthy->Type, "app::Settings");
  EXPECT_EQ(Healthy->Init, " = aSettings().build()");
  EXPECT_EQ(referredMember(Map, Settings, Builder, false)->Init, "{}");
  Method Name = returning("name", "std::string &", ValueKind::String, "",
                          ValueWrap::Reference);
  EXPECT_EQ(referredMember(Map, Name, Builder, true)->Type, "std::string");
  // No builder, no certainty that `{}` compiles.
  Method Logger = returning("logger", "app::Logger &", ValueKind::Record,
                            "app::Logger", ValueWrap::Reference);
  EXPECT_FALSE(referredMember(Map, Logger, Builder, true));
  Method Other = returning("raw", "const app::Blob &", ValueKind::Other, "",
                           ValueWrap::Reference);
  EXPECT_FALSE(referredMember(Map, Other, Builder, true));
}

} // namespace
} // namespace itdd
