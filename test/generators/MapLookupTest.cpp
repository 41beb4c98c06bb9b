//===--- MapLookupTest.cpp - finding the classes a user names -------------===//
//
// The suggestions for a class name the map does not know, and the
// namespace generated code goes in when the user names none.
//
//===----------------------------------------------------------------------===//

#include "generators/MapLookup.h"
#include "HandMadeMap.h"
#include "gtest/gtest.h"

namespace itdd {
namespace {

TEST(MapLookupTest, AnUnqualifiedOrMisspeltNameGetsTheQualifiedOnes) {
  std::vector<std::string> Known = {"lib::Book", "lib::Book::Edition",
                                    "other::Book", "lib::Shelf"};
  EXPECT_EQ(didYouMean(Known, "Book"),
            "; did you mean lib::Book or other::Book?");
  EXPECT_EQ(didYouMean(Known, "Edition"), "; did you mean lib::Book::Edition?");
  EXPECT_EQ(didYouMean(Known, "lib::Bok"),
            "; did you mean lib::Book or other::Book?");
  EXPECT_EQ(didYouMean(Known, "Catalogue"), "");
}

TEST(MapLookupTest, TheDefaultNamespaceIsTheClasssOwnPlusTesting) {
  DependencyMap Map = mapOf({component("lib::Controller", "entry-point")});
  EXPECT_EQ(defaultNamespace(Map, "lib::Controller"), "lib::testing");
  EXPECT_EQ(defaultNamespace(Map, "Controller"), "itdd_testing");
  EXPECT_EQ(defaultNamespace(Map, ""), "itdd_testing");
}

TEST(MapLookupTest, TheDefaultNamespaceLeavesEnclosingClassesOut) {
  DependencyMap Map = mapOf({component("lib::Book", "internal")});
  DataType Edition;
  Edition.Name = "lib::Book::Edition";
  Map.DataTypes.push_back(Edition);
  EXPECT_EQ(defaultNamespace(Map, "lib::Book::Edition"), "lib::testing");
  EXPECT_EQ(defaultNamespace(Map, "lib::Box<int>::Item"), "lib::testing");
}

TEST(MapLookupTest, TheDefaultNamespaceIsNeverAClassOfTheMap) {
  DependencyMap Map = mapOf({component("lib::Controller", "entry-point"),
                             component("lib::testing", "internal"),
                             component("lib::itdd_testing", "internal"),
                             component("itdd_testing", "internal")});
  EXPECT_EQ(defaultNamespace(Map, "lib::Controller"), "lib::itdd_testing2");
  EXPECT_EQ(defaultNamespace(Map, "Controller"), "itdd_testing2");
}

} // namespace
} // namespace itdd
