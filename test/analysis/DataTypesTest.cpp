//===--- DataTypesTest.cpp - roles/DataTypes ------------------------------===//

#include "ParsedCode.h"
#include "analysis/roles/DataTypes.h"
#include <gtest/gtest.h>

namespace itdd::testing {
namespace {

constexpr const char *Types = R"cpp(
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
} // namespace app
)cpp";

TEST(DataTypesTest, ValuesAreDataWhateverTheirShape) {
  ParsedCode Code(Types);
  for (const char *Name : {"app::Request", "app::Options", "app::Money",
                           "app::Names", "app::Limits", "app::Clock"})
    EXPECT_TRUE(isDataByStructure(Code.record(Name))) << Name;
}

TEST(DataTypesTest, BehaviourOrHiddenStateMakesAComponent) {
  ParsedCode Code(Types);
  for (const char *Name : {"app::Cart", "app::Listener", "app::Connector"})
    EXPECT_FALSE(isDataByStructure(Code.record(Name))) << Name;
}

} // namespace
} // namespace itdd::testing
