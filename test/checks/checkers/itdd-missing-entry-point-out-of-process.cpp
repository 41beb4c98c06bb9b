// RUN: %check_itdd %s itdd-missing-entry-point %t
// RUN: %check_itdd -check-suffix=SINGLE-COMPONENT %s itdd-single-component %t
// A journey that starts the product's program and talks to it from
// outside goes through the program's own start and runs the whole
// application, which the analysis cannot see into: neither check fires.
// A test that builds one of the application's components in its own
// process and starts a program besides is judged on what it builds.
#include "../fixtures/app/mocks.h"
#include "support/server_process.h"
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>

// Through test support that spawns the program.
TEST(Bouncer, UserIsWelcomedWhenConnecting) {
  bouncer_test::ServerProcess Server("/tmp/bouncer-welcome");
  Server.send("NICK user");
  EXPECT_EQ(Server.readLine(), "001 Welcome");
}

// Through the C library's own launcher, in the test body.
TEST(Bouncer, OperatorSeesTheVersion) {
  std::FILE *Out = popen("./bouncer --version", "r");
  char Line[64] = {};
  ASSERT_NE(std::fgets(Line, sizeof Line, Out), nullptr);
  pclose(Out);
  EXPECT_STREQ(Line, "bouncer 1.0\n");
}

TEST(Bouncer, OperatorCanCheckTheConfiguration) {
  EXPECT_EQ(std::system("./bouncer --check-config /tmp/ok.conf"), 0);
}

// One component in the test's own process: the program is something it
// talks to, and the test is judged on what it builds.
TEST(Inventory, StockArrivesFromTheWarehouseProgram) {
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: integration test 'StockArrivesFromTheWarehouseProgram' never goes through an entry point; drive the journey through a controller, handler, command or screen [itdd-missing-entry-point]
// CHECK-MESSAGES-SINGLE-COMPONENT: :[[@LINE-2]]:1: warning: integration test 'StockArrivesFromTheWarehouseProgram' exercises only one real component 'app::InventoryService'
  bouncer_test::ServerProcess Warehouse("/tmp/warehouse");
  app::InventoryService Inventory;
  Inventory.restock("book", 1);
  EXPECT_TRUE(Inventory.reserve("book", 1));
}
