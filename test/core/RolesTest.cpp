//===--- RolesTest.cpp - the role model -----------------------------------===//

#include "core/Config.h"
#include "core/Roles.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

ClassRole roleOf(const ClassFacts &Facts) {
  return classify(Facts, *Config::defaults());
}

ClassFacts named(const char *Name) {
  ClassFacts Facts;
  Facts.QualifiedName = Name;
  return Facts;
}

TEST(RolesTest, NamesDecideTheRoleOfProjectClasses) {
  EXPECT_EQ(roleOf(named("shop::OrderController")).Primary, Role::EntryPoint);
  EXPECT_EQ(roleOf(named("shop::PaymentGateway")).Primary,
            Role::ExternalBoundary);
  EXPECT_EQ(roleOf(named("shop::Database")).Primary, Role::Infrastructure);
  EXPECT_EQ(roleOf(named("shop::OrderSummaryView")).Primary, Role::Ui);
  EXPECT_EQ(roleOf(named("shop::OrderService")).Primary, Role::Internal);
}

TEST(RolesTest, AClientItsOwnTestsDriveIsAnEntryPointNotABoundary) {
  ClassFacts Facts = named("metrics::PushClient");
  Facts.DrivenByTests = true;
  ClassRole Client = roleOf(Facts);
  EXPECT_EQ(Client.Primary, Role::EntryPoint);
  EXPECT_TRUE(Client.EntryPoint);
  EXPECT_TRUE(Client.DrivenByTests);
  EXPECT_FALSE(roleOf(named("metrics::PushClient")).DrivenByTests);
}

TEST(RolesTest, GeneratedProtocolCodeIsDataExceptTheServiceStub) {
  ClassFacts Message = named("orders::v1::PlaceOrderRequest");
  Message.InProject = false;
  Message.GeneratedProtocol = true;
  EXPECT_EQ(roleOf(Message).Primary, Role::None);
  // Named like a boundary, still a message.
  ClassFacts Client = named("orders::v1::ClientInfo");
  Client.InProject = false;
  Client.GeneratedProtocol = true;
  EXPECT_EQ(roleOf(Client).Primary, Role::None);
  ClassFacts Stub = named("orders::v1::OrderService::StubInterface");
  Stub.InProject = false;
  Stub.GeneratedProtocol = Stub.ProtocolStub = true;
  EXPECT_EQ(roleOf(Stub).Primary, Role::ExternalBoundary);
}

TEST(RolesTest, WhatTheUserNamesIsNamedWhereverItIs) {
  auto Cfg = Config::fromOptions({{"itdd.ExternalBoundaries", "^pay::Processor$"}});
  ClassFacts Vendored = named("pay::Processor");
  Vendored.InProject = false;
  EXPECT_TRUE(isNamedByConfiguration(Vendored, *Cfg));
  EXPECT_EQ(classify(Vendored, *Cfg).Primary, Role::ExternalBoundary);
  // A default pattern is no one's word.
  EXPECT_FALSE(isNamedByConfiguration(named("pay::PaymentGateway"), *Cfg));
  EXPECT_FALSE(isNamedByConfiguration(named("pay::PaymentGateway"),
                                      *Config::defaults()));
  ClassFacts Annotated = named("pay::Ledger");
  Annotated.Annotated = Role::Infrastructure;
  EXPECT_TRUE(isNamedByConfiguration(Annotated, *Cfg));
}

TEST(RolesTest, AScreenIsAnEntryPointThatRenders) {
  ClassRole Screen = roleOf(named("shop::CheckoutScreen"));
  EXPECT_EQ(Screen.Primary, Role::EntryPoint);
  EXPECT_TRUE(Screen.EntryPoint);
  EXPECT_TRUE(Screen.Ui);
  EXPECT_TRUE(Screen.mustStayReal());
}

TEST(RolesTest, ClassesOutsideTheProjectAreBoundaries) {
  ClassFacts Facts = named("grpc::ChannelController");
  Facts.InProject = false;
  EXPECT_EQ(roleOf(Facts).Primary, Role::ExternalBoundary);
  EXPECT_FALSE(roleOf(Facts).mustStayReal());
}

TEST(RolesTest, PlainDataIsNoComponent) {
  ClassFacts Facts = named("shop::OrderRequestHandler");
  Facts.PlainData = true;
  EXPECT_EQ(roleOf(Facts).Primary, Role::None);
  EXPECT_FALSE(roleOf(Facts).isApplicationComponent());
}

TEST(RolesTest, AnnotationsWinOverNames) {
  ClassFacts Facts = named("shop::PaymentGateway");
  Facts.Annotated = Role::Internal;
  EXPECT_EQ(roleOf(Facts).Primary, Role::Internal);
  Facts = named("billing::Ledger");
  Facts.Annotated = roleFromAnnotation("itdd::external");
  EXPECT_EQ(roleOf(Facts).Primary, Role::ExternalBoundary);
  EXPECT_FALSE(roleFromAnnotation("itdd::nonsense").has_value());
}

TEST(RolesTest, TestCodeIsTest) {
  ClassFacts Facts = named("MockOrderService");
  Facts.TestCode = true;
  EXPECT_EQ(roleOf(Facts).Primary, Role::Test);
  EXPECT_FALSE(roleOf(Facts).isApplicationComponent());
}

TEST(RolesTest, ImplementationsInheritTheBoundaryOfTheirInterface) {
  ClassFacts Facts = named("shop::StripeCharges");
  Facts.InheritedRole = Role::ExternalBoundary;
  EXPECT_EQ(roleOf(Facts).Primary, Role::ExternalBoundary);
}

/// The step classify() records for Facts under Cfg, with the role.
std::pair<Role, RoleReason> decided(const ClassFacts &Facts,
                                    const Config &Cfg = *Config::defaults()) {
  RoleReason Why;
  Role R = classify(Facts, Cfg, &Why).Primary;
  return {R, Why};
}

TEST(RolesTest, TheDecisionRecordsTheDefaultPatternThatMatched) {
  auto [R, Why] = decided(named("shop::PaymentGateway"));
  EXPECT_EQ(R, Role::ExternalBoundary);
  EXPECT_EQ(Why.Step, RoleStep::DefaultPattern);
  EXPECT_EQ(Why.Key, "itdd.ExternalBoundaries");
  EXPECT_TRUE(Why.ReplacedDefaults.empty());
  EXPECT_EQ(decided(named("shop::Database")).second.Key, "itdd.Infrastructure");
  EXPECT_EQ(decided(named("shop::OrderService")).second.Step,
            RoleStep::Internal);
}

TEST(RolesTest, AUserKeyThatReplacesTheDefaultIsRecordedWithWhatItReplaced) {
  auto Cfg = Config::fromOptions(
      {{"itdd.ExternalBoundaries", "^shop::EmailSender$"}});
  auto [Gateway, GatewayWhy] = decided(named("shop::PaymentGateway"), *Cfg);
  EXPECT_EQ(Gateway, Role::Internal);
  EXPECT_EQ(GatewayWhy.Step, RoleStep::Internal);
  EXPECT_EQ(GatewayWhy.ReplacedDefaults,
            std::vector<std::string>{"itdd.ExternalBoundaries"});
  auto [Sender, SenderWhy] = decided(named("shop::EmailSender"), *Cfg);
  EXPECT_EQ(Sender, Role::ExternalBoundary);
  EXPECT_EQ(SenderWhy.Step, RoleStep::UserKey);
  EXPECT_EQ(SenderWhy.Key, "itdd.ExternalBoundaries");
  EXPECT_TRUE(SenderWhy.ReplacedDefaults.empty());
  // A mock is test code whatever the keys say: no key changed that.
  ClassFacts Mock = named("shop::MockPaymentGateway");
  Mock.TestCode = true;
  EXPECT_TRUE(decided(Mock, *Cfg).second.ReplacedDefaults.empty());
}

TEST(RolesTest, LocationAndStructureStepsAreRecorded) {
  // Each fact, set alone on a class named like a boundary, and the step
  // that the decision records for it.
  const std::pair<void (*)(ClassFacts &), RoleStep> Cases[] = {
      {[](ClassFacts &F) { F.Annotated = Role::Internal; },
       RoleStep::Annotation},
      {[](ClassFacts &F) { F.TestCode = true; }, RoleStep::TestCode},
      {[](ClassFacts &F) { F.InTestFiles = true; }, RoleStep::InTestFiles},
      {[](ClassFacts &F) { F.InProject = false; }, RoleStep::OutsideProject},
      {[](ClassFacts &F) { F.PlainData = true; }, RoleStep::PlainData},
      {[](ClassFacts &F) { F.Exception = true; }, RoleStep::Exception},
      {[](ClassFacts &F) { F.CallbackInterface = true; },
       RoleStep::CallbackInterface},
      {[](ClassFacts &F) { F.DrivenByTests = true; }, RoleStep::DrivenByTests},
  };
  for (const auto &[Set, Step] : Cases) {
    ClassFacts Facts = named("shop::PaymentClient");
    Set(Facts);
    EXPECT_EQ(decided(Facts).second.Step, Step) << static_cast<int>(Step);
  }
  ClassFacts Impl = named("shop::StripeCharges");
  Impl.InheritedRole = Role::ExternalBoundary;
  EXPECT_EQ(decided(Impl).second.Step, RoleStep::Inherited);
  EXPECT_EQ(decided(named("shop::PaymentClient")).second.Step,
            RoleStep::DefaultPattern);
}

TEST(RolesTest, TheNamePatternsALocationOrStructureStepPassedOverAreRecorded) {
  // A value class named like a window: data by structure, although the
  // default of itdd.UiTypes matches its name.
  ClassFacts Window = named("courier::DeliveryWindow");
  Window.PlainData = true;
  auto [WindowRole, WindowWhy] = decided(Window);
  EXPECT_EQ(WindowRole, Role::None);
  EXPECT_EQ(WindowWhy.NamesPassedOver,
            std::vector<std::string>{"itdd.UiTypes"});
  // A callback interface named like an entry point.
  ClassFacts Handler = named("courier::ParcelEventHandler");
  Handler.CallbackInterface = true;
  auto [HandlerRole, HandlerWhy] = decided(Handler);
  EXPECT_EQ(HandlerRole, Role::ExternalBoundary);
  EXPECT_EQ(HandlerWhy.NamesPassedOver,
            std::vector<std::string>{"itdd.EntryPoints"});
  // Where the name decides, or a key, or what the class is, nothing was
  // passed over.
  EXPECT_TRUE(decided(named("courier::ParcelEventHandler"))
                  .second.NamesPassedOver.empty());
  auto Cfg = Config::fromOptions(
      {{"itdd.ExternalBoundaries", "^courier::SmsNotifier$"}});
  ClassFacts Sms = named("courier::SmsNotifier");
  Sms.InProject = false;
  EXPECT_TRUE(decided(Sms, *Cfg).second.NamesPassedOver.empty());
  EXPECT_EQ(decided(Sms).second.NamesPassedOver,
            std::vector<std::string>{"itdd.ExternalBoundaries"});
  ClassFacts Mock = named("courier::MockCarrierGateway");
  Mock.TestCode = true;
  EXPECT_TRUE(decided(Mock).second.NamesPassedOver.empty());
}

TEST(RolesTest, RecordingTheReasonDoesNotChangeTheRole) {
  auto Cfg = Config::fromOptions({{"itdd.EntryPoints", "^shop::Kiosk$"},
                                  {"itdd.UiTypes", "Kiosk$"}});
  for (const char *Name : {"shop::Kiosk", "shop::CheckoutScreen",
                           "shop::PaymentGateway", "shop::OrderService"}) {
    ClassRole Plain = classify(named(Name), *Cfg);
    RoleReason Why;
    ClassRole Recorded = classify(named(Name), *Cfg, &Why);
    EXPECT_EQ(Plain.Primary, Recorded.Primary) << Name;
    EXPECT_EQ(Plain.EntryPoint, Recorded.EntryPoint) << Name;
    EXPECT_EQ(Plain.Ui, Recorded.Ui) << Name;
  }
  RoleReason Why;
  ClassRole Kiosk = classify(named("shop::Kiosk"), *Cfg, &Why);
  EXPECT_EQ(Kiosk.Primary, Role::EntryPoint);
  EXPECT_TRUE(Kiosk.Ui);
  EXPECT_EQ(Why.Key, "itdd.EntryPoints");
}

TEST(RolesTest, RoleNamesRoundTrip) {
  for (Role R : {Role::None, Role::EntryPoint, Role::Ui, Role::Internal,
                 Role::Infrastructure, Role::ExternalBoundary, Role::Test})
    EXPECT_EQ(roleFromName(roleName(R)), R);
  EXPECT_EQ(roleName(Role::ExternalBoundary), "external-boundary");
}

} // namespace
} // namespace itdd
