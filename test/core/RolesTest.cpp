//===--- RolesTest.cpp - the role model -----------------------------------===//

#include "core/Config.h"
#include "core/Roles.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

ClassRole roleOf(ClassFacts Facts) {
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

TEST(RolesTest, RoleNamesRoundTrip) {
  for (Role R : {Role::None, Role::EntryPoint, Role::Ui, Role::Internal,
                 Role::Infrastructure, Role::ExternalBoundary, Role::Test})
    EXPECT_EQ(roleFromName(roleName(R)), R);
  EXPECT_EQ(roleName(Role::ExternalBoundary), "external-boundary");
}

} // namespace
} // namespace itdd
