// The systems itdd generated for the library fixture, whose components only
// static factory functions build.
#include "library_system.h"
#include "shelf_system.h"

#include <gtest/gtest.h>

using ::testing::Return;

TEST(StaticFactories, TheSystemIsBuiltThroughEachClasssFactoryFunction) {
  library::testing::LendingSystemConfig Config;
  Config.book_store_client_region = "eu";
  Config.catalog_capacity = 2;
  Config.reader_registry_name = "ann";
  Config.archive_shelves = 3;
  std::unique_ptr<library::testing::LendingSystem> System =
      library::testing::makeLendingSystem(Config);
  EXPECT_CALL(System->book_store_client, reserve("isbn-1"))
      .WillOnce(Return(true));
  EXPECT_EQ(System->lending_controller.lend("isbn-1"),
            "isbn-1 lent by ann (1 indexed, 3 shelves)");
  EXPECT_EQ(System->book_store_client.region(), "eu");
}

TEST(StaticFactories, AnInterfaceIsBuiltByItsOwnFactoryFunction) {
  library::testing::ShelfSystemConfig Config;
  Config.shelving_rows = 4;
  EXPECT_EQ(library::testing::makeShelfSystem(Config)->shelf_controller.rows(),
            4);
}
