//===--- MapDiffTest.cpp - comparing two dependency maps ------------------===//

#include "core/MapDiff.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

Component component(const char *Name, Role Kind,
                    std::vector<std::string> Dependencies = {}) {
  Component C;
  C.Name = Name;
  C.Kind = Kind;
  C.EntryPoint = Kind == Role::EntryPoint;
  C.Ui = Kind == Role::Ui;
  C.Dependencies = std::move(Dependencies);
  return C;
}

DependencyMap shopBefore() {
  DependencyMap Map;
  Map.Components = {
      component("shop::CheckoutController", Role::EntryPoint,
                {"shop::OrderService"}),
      component("shop::OrderService", Role::Internal,
                {"shop::OrderStore", "shop::PaymentGateway"}),
      component("shop::OrderStore", Role::Infrastructure),
      component("shop::PaymentGateway", Role::ExternalBoundary),
  };
  return Map;
}

std::string markdown(const MapDiff &Diff) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeMapDiffMarkdown(Diff, OS);
  return Text;
}

TEST(MapDiffTest, IdenticalMapsHaveNoArchitecturalChange) {
  MapDiff Diff = diffMaps(shopBefore(), shopBefore());
  EXPECT_TRUE(Diff.empty());
  EXPECT_NE(markdown(Diff).find("No architectural change."),
            std::string::npos);
  EXPECT_FALSE(diffFails(Diff, DiffFailOn::Any));
  llvm::json::Value V = toJSON(Diff);
  EXPECT_EQ(V.getAsObject()->getBoolean("changed"), false);
}

TEST(MapDiffTest, ANewBoundaryDependencyComesFirst) {
  DependencyMap After = shopBefore();
  After.Components.push_back(
      component("shop::SmsNotifier", Role::ExternalBoundary));
  After.Components[1].Dependencies.push_back("shop::SmsNotifier");
  MapDiff Diff = diffMaps(shopBefore(), After);

  ASSERT_EQ(Diff.NewBoundaryDependencies.size(), 1u);
  EXPECT_EQ(Diff.NewBoundaryDependencies[0].From, "shop::OrderService");
  EXPECT_EQ(Diff.NewBoundaryDependencies[0].To, "shop::SmsNotifier");
  EXPECT_EQ(Diff.NewBoundaryDependencies[0].ToRole, "external-boundary");
  ASSERT_EQ(Diff.AddedComponents.size(), 1u);
  EXPECT_EQ(Diff.AddedComponents[0].Name, "shop::SmsNotifier");
  EXPECT_EQ(Diff.AddedBoundaries,
            std::vector<std::string>{"shop::SmsNotifier"});
  ASSERT_EQ(Diff.AddedEdges.size(), 1u);
  EXPECT_TRUE(diffFails(Diff, DiffFailOn::NewBoundary));
  EXPECT_FALSE(diffFails(Diff, DiffFailOn::RoleChange));

  std::string Text = markdown(Diff);
  size_t Boundary = Text.find("### New dependencies on external boundaries");
  size_t Added = Text.find("### Components added");
  ASSERT_NE(Boundary, std::string::npos);
  ASSERT_NE(Added, std::string::npos);
  EXPECT_LT(Boundary, Added);
  EXPECT_NE(Text.find("`shop::OrderService` (internal) \u2192 "
                      "`shop::SmsNotifier` (external-boundary)"),
            std::string::npos);
}

TEST(MapDiffTest, AnExistingEdgeBecomesABoundaryDependencyWhenItsTargetDoes) {
  DependencyMap After = shopBefore();
  // The store turns out to be a third-party service.
  After.Components[2].Kind = Role::ExternalBoundary;
  MapDiff Diff = diffMaps(shopBefore(), After);
  ASSERT_EQ(Diff.RoleChanges.size(), 1u);
  EXPECT_EQ(Diff.RoleChanges[0].Name, "shop::OrderStore");
  EXPECT_EQ(Diff.RoleChanges[0].Old, "infrastructure");
  EXPECT_EQ(Diff.RoleChanges[0].New, "external-boundary");
  ASSERT_EQ(Diff.NewBoundaryDependencies.size(), 1u);
  EXPECT_EQ(Diff.NewBoundaryDependencies[0].To, "shop::OrderStore");
  EXPECT_TRUE(Diff.AddedEdges.empty());
  EXPECT_TRUE(diffFails(Diff, DiffFailOn::RoleChange));
}

TEST(MapDiffTest, RemovalsAndEntryPointsAreReported) {
  DependencyMap After = shopBefore();
  After.Components.erase(After.Components.begin()); // the controller
  Component Screen = component("shop::CartScreen", Role::Ui);
  Screen.EntryPoint = true;
  After.Components.push_back(Screen);
  MapDiff Diff = diffMaps(shopBefore(), After);
  EXPECT_EQ(Diff.RemovedEntryPoints,
            std::vector<std::string>{"shop::CheckoutController"});
  EXPECT_EQ(Diff.AddedEntryPoints,
            std::vector<std::string>{"shop::CartScreen"});
  ASSERT_EQ(Diff.AddedComponents.size(), 1u);
  EXPECT_EQ(Diff.AddedComponents[0].Role, "ui+entry-point");
  ASSERT_EQ(Diff.RemovedEdges.size(), 1u);
  EXPECT_EQ(Diff.RemovedEdges[0].From, "shop::CheckoutController");
  EXPECT_TRUE(Diff.NewBoundaryDependencies.empty());
  EXPECT_FALSE(diffFails(Diff, DiffFailOn::NewBoundary));
  EXPECT_TRUE(diffFails(Diff, DiffFailOn::Any));
}

TEST(MapDiffTest, ABoundaryDependingOnABoundaryIsNotTheApplications) {
  DependencyMap After = shopBefore();
  After.Components.push_back(
      component("shop::HttpTransport", Role::ExternalBoundary));
  After.Components[3].Dependencies = {"shop::HttpTransport"};
  MapDiff Diff = diffMaps(shopBefore(), After);
  EXPECT_TRUE(Diff.NewBoundaryDependencies.empty());
  EXPECT_EQ(Diff.AddedEdges.size(), 1u);
}

TEST(MapDiffTest, FailOnNames) {
  EXPECT_EQ(diffFailOnFromName("new-boundary"), DiffFailOn::NewBoundary);
  EXPECT_EQ(diffFailOnFromName("role-change"), DiffFailOn::RoleChange);
  EXPECT_EQ(diffFailOnFromName("any"), DiffFailOn::Any);
  EXPECT_EQ(diffFailOnFromName("everything"), std::nullopt);
}

} // namespace
} // namespace itdd
