// A builder itdd generated for a public nested type.
#include "edition_builders.h"

#include <gtest/gtest.h>

TEST(NestedTypes, APublicNestedTypeIsBuiltInItsEnclosingClasssNamespace) {
  library::Book::Edition Edition =
      library::testing::anEdition().withYear(1999).build();
  EXPECT_EQ(Edition.year, 1999);
  EXPECT_FALSE(Edition.publisher.empty());
}
