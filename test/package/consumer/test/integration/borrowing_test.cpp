// An integration test that mocks the application's own lending rules:
// itdd-internal-mock reports it while the target compiles.
#include "Library.h"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

class MockLendingService : public library::LendingService {
public:
  using library::LendingService::LendingService;
  MOCK_METHOD(bool, lend, (const std::string &, const std::string &), (override));
};

TEST(Borrowing, MemberBorrowsABook) {
  library::LoanStore Store;
  MockLendingService Lending(Store);
  ON_CALL(Lending, lend).WillByDefault(testing::Return(true));
  library::DeskController Desk(Lending);
  EXPECT_EQ(Desk.borrow("ann", "Dune"), 201);
}
