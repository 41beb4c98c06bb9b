// RUN: %check_itdd %s itdd-test-only-access %t
// A friendship the product grants test code (a peer template's
// specialisation, a befriended class, a test named in a friend
// declaration) used to read its private members breaks into internals;
// a befriended class that keeps to the public interface does not.
#include "../fixtures/app/ledger.h"
#include <gtest/gtest.h>

namespace ledger {

template <> class Peer<Journal> {
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: test class 'ledger::Peer<ledger::Journal>' uses the friendship 'ledger::Journal' grants it to reach its private member 'ledger::Journal::Entries'; test through the product's public interface instead [itdd-test-only-access]
public:
  static int entries(const Journal &Books) { return Books.Entries; }
};

class Inspector {
public:
  static std::string lastLine(const Journal &Books) { return Books.last(); }
};

} // namespace ledger

TEST(LedgerJourney, EntriesAreCountedThroughAFriend) {
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: test 'LedgerJourney.EntriesAreCountedThroughAFriend' uses the friendship 'ledger::Journal' grants it to reach its private member 'ledger::Journal::Entries'
  ledger::Journal Books;
  ledger::PostPaymentCommand Pay(Books);
  EXPECT_EQ(Pay.run(250), 250);
  EXPECT_EQ(Books.Entries, 1);
}

TEST(LedgerJourney, MemberSeesTheirPaymentsAddUp) {
  ledger::Journal Books;
  ledger::PostPaymentCommand Pay(Books);
  Pay.run(100);
  EXPECT_EQ(Pay.run(250), 350);
  EXPECT_EQ(ledger::Inspector::lastLine(Books), "paid 250");
  EXPECT_EQ(ledger::Peer<ledger::Journal>::entries(Books), 2);
}
