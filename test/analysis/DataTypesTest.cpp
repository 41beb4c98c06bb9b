//===--- DataTypesTest.cpp - roles/DataTypes ------------------------------===//

#include "analysis/roles/DataTypes.h"
#include "ParsedCode.h"
#include <gtest/gtest.h>

namespace itdd::testing {
namespace {

constexpr const char *Types = R"cpp(
#include <bitset>
#include <functional>
#include <memory>
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
// Records: every field public; what their members change anyone could.
struct HttpRequest {
  void setHeader(const std::string &Key, const std::string &Value) {
    Headers.push_back(Key + ": " + Value);
  }
  bool hasHeader(const std::string &Key) const;
  std::string Path;
  std::vector<std::string> Headers;
  std::function<bool(long, long)> OnProgress;
};
struct Address {
  Address() : Ip(0), Port(0) {}
  Address(const Address &);
  void reset() { Ip = 0; Port = 0; }
  unsigned Ip;
  int Port;
};
template <typename Value> class OrderedMap {
public:
  void insert(const std::string &Key, Value V) { Keys.push_back(Key); Values.push_back(V); }
private:
  std::vector<std::string> Keys;
  std::vector<Value> Values;
};
struct Reply {
  void setHeader(const std::string &Key, const std::string &Value) { Headers.insert(Key, Value); }
  int Status = 0;
  OrderedMap<std::string> Headers;
};
struct Envelope { HttpRequest Request; int Attempt = 0; };
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
// Public fields that share an object, own one or run machinery.
struct Session {
  void close();
  std::string Id;
  Journal *Log = nullptr;
};
struct Archive {
  void add(const std::string &Line);
  std::unique_ptr<Journal> Lines;
};
struct Pump {
  void start();
  std::mutex Lock;
  int Rate = 0;
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

TEST(DataTypesTest, ARecordOfPublicDataIsDataWhateverItsMembersDo) {
  ParsedCode Code(Types);
  for (const char *Name : {"app::HttpRequest", "app::Address", "app::Reply"})
    EXPECT_EQ(dataKindOf(Code.record(Name)), DataKind::Record) << Name;
  // A field that is a record is data.
  EXPECT_EQ(dataKindOf(Code.record("app::Envelope")), DataKind::Fields);
  for (const char *Name : {"app::Session", "app::Archive", "app::Pump"})
    EXPECT_FALSE(isDataByStructure(Code.record(Name))) << Name;
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
