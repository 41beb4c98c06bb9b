// A fixture whose constructor and SetUp call the same helpers its tests
// call: an assertion in such a helper fails either while the test is set
// up (GoogleTest then skips the body: a bad red) or in the body (the
// journey's outcome: a good red). Built with debug information, so that a
// re-run under gdb shows which.
#include <gtest/gtest.h>
#include <map>
#include <string>

namespace journal {

/// A journal of entries, kept by name.
class Journal {
public:
  /// Opens the journal Name. A locked journal does not open; a journal
  /// reopened under the name it already has loses its entries (the defect
  /// the journeys below find).
  bool open(const std::string &Name) {
    if (Name == "locked")
      return false;
    if (Name == Current)
      Entries.clear();
    Current = Name;
    return true;
  }
  void add(const std::string &Entry) { ++Entries[Entry]; }
  int count(const std::string &Entry) const {
    auto It = Entries.find(Entry);
    return It == Entries.end() ? 0 : It->second;
  }

private:
  std::string Current;
  std::map<std::string, int> Entries;
};

} // namespace journal

namespace {

std::string currentTest() {
  return ::testing::UnitTest::GetInstance()->current_test_info()->name();
}

class JournalFeature : public ::testing::Test {
protected:
  JournalFeature() { reopen(currentTest() == "OpensTheLockedJournal" ? "locked" : "daily"); }

  void reopen(const std::string &Name) {
    ASSERT_TRUE(Book.open(Name)) << "the journal " << Name << " did not open";
  }

  void expectEntries(const std::string &Entry, int Count) {
    EXPECT_EQ(Book.count(Entry), Count);
  }

  journal::Journal Book;
};

class SharedJournalFeature : public ::testing::Test {
protected:
  void SetUp() override {
    Book.add("coffee");
    expectEntries("coffee", currentTest() == "StartsWithTwoCoffees" ? 2 : 1);
  }

  void expectEntries(const std::string &Entry, int Count) {
    ASSERT_EQ(Book.count(Entry), Count);
  }

  journal::Journal Book;
};

TEST_F(JournalFeature, OpensTheLockedJournal) {
  Book.add("coffee");
  expectEntries("coffee", 1);
}

TEST_F(JournalFeature, ReopenedJournalKeepsItsEntries) {
  Book.add("coffee");
  reopen("daily");
  expectEntries("coffee", 1);
}

TEST_F(SharedJournalFeature, StartsWithTwoCoffees) {
  Book.add("tea");
  expectEntries("tea", 1);
}

TEST_F(SharedJournalFeature, CountsEveryCoffee) {
  Book.add("coffee");
  expectEntries("coffee", 3);
}

} // namespace
