// A good integration test: the real system through its entry point.
#include "Library.h"
#include <gtest/gtest.h>

TEST(Borrowing, MemberBorrowsABookAndItCountsAsALoan) {
  library::LoanStore Store;
  library::LendingService Lending(Store);
  library::DeskController Desk(Lending);
  EXPECT_EQ(Desk.borrow("ann", "Dune"), 201);
  EXPECT_EQ(Store.loansOf("ann"), 1);
}
