//===--- DataTypesTest.cpp - roles/DataTypes ------------------------------===//

#include "ParsedCode.h"
#include "analysis/roles/DataTypes.h"
#include <gtest/gtest.h>

namespace itdd::testing {
namespace {

constexpr const char *Types = R"cpp(
#include <bitset>
#include <mutex>
#include <string>
#include <vector>
namespace app {
struct Request { std::string Path; int Retries = 0; };
struct Options {
  Options &withRetries(int N) { Retries = N; return *this; }
  int Retries = 0;
};
class Money {
public:
  explicit Money(long Cents) : Cents(Cents) {}
  long cents() const { return Cents; }
  bool operator==(const Money &O) const { return Cents == O.Cents; }
private:
  long Cents;
};
class Names : public std::vector<std::string> {};
struct Limits {
  static Limits none() { return Limits{}; }
  int Max = 0;
};
class Clock { public: static long now(); static long epoch(); };
class Cart {
public:
  void add(int Item) { Items.push_back(Item); }
private:
  std::vector<int> Items;
};
class Listener { public: virtual ~Listener() = default; virtual void done() = 0; };
class Connector { public: explicit Connector(int Port); };
// Values with private state and behaviour of a value.
class Mask : public std::bitset<8> {
public:
  static Mask readable() { Mask M; M.set(0); return M; }
  bool allows(int Bit) const { return test(Bit); }
};
class Status {
public:
  static Status failure(int Code) { Status S; S.Code = Code; return S; }
  bool ok() const { return Code == 0; }
private:
  int Code = 0;
};
class Name {
public:
  Name(const char *Text) : Text(Text) {}
  std::size_t size() const { return Text.size(); }
  bool operator==(const Name &O) const { return Text == O.Text; }
private:
  std::string Text;
};
struct Row { int Id; };
class RowIterator {
public:
  RowIterator &operator++() { ++At; return *this; }
  const Row &operator*() const { return *At; }
  bool operator!=(const RowIterator &O) const { return At != O.At; }
private:
  const Row *At = nullptr;
};
class Query {
public:
  void setTable(std::string T) { Table = std::move(T); }
  Query &setLimit(int N) { Limit = N; return *this; }
  std::string sql() const { return "SELECT * FROM " + Table; }
private:
  std::string Table;
  int Limit = 0;
};
// Components: work that changes state, a service built from its parts,
// a class that holds machinery or shares an object.
class Journal {
public:
  void append(const std::string &Line) { Lines += Line + "\n"; }
  std::size_t length() const { return Lines.size(); }
private:
  std::string Lines;
};
struct TaxTable { int Percent = 0; };
class PriceCalculator {
public:
  PriceCalculator(TaxTable Taxes) : Taxes(Taxes) {}
  long price(long Net) const { return Net * (100 + Taxes.Percent) / 100; }
private:
  TaxTable Taxes;
};
class Worker {
public:
  bool busy() const { return Busy; }
private:
  std::mutex Lock;
  bool Busy = false;
};
class View {
public:
  explicit View(const std::vector<int> &Rows) : Rows(Rows) {}
  std::size_t rows() const { return Rows.size(); }
private:
  const std::vector<int> &Rows;
};
} // namespace app
)cpp";

TEST(DataTypesTest, ValuesAreDataWhateverTheirShape) {
  ParsedCode Code(Types);
  for (const char *Name : {"app::Request", "app::Options", "app::Money",
                           "app::Names", "app::Limits", "app::Clock"})
    EXPECT_TRUE(isDataByStructure(Code.record(Name))) << Name;
}

TEST(DataTypesTest, ValueSemanticsMakeDataBehindPrivateFields) {
  ParsedCode Code(Types);
  for (const char *Name : {"app::Mask", "app::Status", "app::Name",
                           "app::RowIterator", "app::Query"})
    EXPECT_TRUE(isDataByStructure(Code.record(Name))) << Name;
}

TEST(DataTypesTest, BehaviourOrHiddenStateMakesAComponent) {
  ParsedCode Code(Types);
  for (const char *Name :
       {"app::Cart", "app::Listener", "app::Connector", "app::Journal",
        "app::PriceCalculator", "app::Worker", "app::View"})
    EXPECT_FALSE(isDataByStructure(Code.record(Name))) << Name;
}

TEST(DataTypesTest, TheKindOfDataIsNamed) {
  ParsedCode Code(Types);
  EXPECT_EQ(dataKindOf(Code.record("app::Request")), DataKind::Fields);
  EXPECT_EQ(dataKindOf(Code.record("app::Money")), DataKind::ValueClass);
  EXPECT_EQ(dataKindOf(Code.record("app::Clock")), DataKind::StaticMembers);
  EXPECT_EQ(dataKindOf(Code.record("app::Status")), DataKind::Value);
  EXPECT_EQ(dataKindOf(Code.record("app::Journal")), DataKind::NotData);
}

} // namespace
} // namespace itdd::testing
