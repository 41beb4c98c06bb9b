//===--- ProjectStructureTest.cpp - roles/ProjectStructure ----------------===//

#include "RolesTestSupport.h"
#include "analysis/roles/ProjectStructure.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> Parser = {{"src/parser.h", R"cpp(
#pragma once
#include <memory>
namespace app {
class EventHandler {
public:
  virtual ~EventHandler() = default;
  virtual void onEvent(int) = 0;
};
class Archive {
public:
  virtual ~Archive() = default;
  virtual void put(int) = 0;
};
class FileArchive : public Archive {
public:
  void put(int V) override { Last = V; }
private:
  int Last = 0;
};
class Clock {
public:
  virtual ~Clock() = default;
  virtual long now() = 0;
};
class Connection {
public:
  virtual ~Connection() = default;
  virtual void send(int) = 0;
};
std::unique_ptr<Connection> connect(int Port);
class Parser {
public:
  Parser(Clock &C) : C(C) {}
  void parse(EventHandler &Handler) { Handler.onEvent(1); }
private:
  Clock &C;
};
class NoopArchive : public Archive {};
class Journal {
public:
  static std::unique_ptr<Journal> Open(int Size);
  virtual ~Journal() = default;
  virtual void write(int) = 0;
};
class Table {
public:
  static bool Open(int Size, Table **Out);
  virtual ~Table() = default;
  virtual int get(int) = 0;
};
class Cursor {
public:
  virtual ~Cursor() = default;
  virtual Cursor &next() = 0;
};
} // namespace app
)cpp"}};

TEST(ProjectStructureTest, AnInterfaceOnlyItsUsersImplementIsACallback) {
  ClassifiedCode Code("#include <parser.h>\n", Parser);
  ProjectStructure Structure(
      Code.code().context(), Code.classifier().files(),
      [](const clang::CXXRecordDecl *) { return false; });
  auto RoleOf = [&](const clang::CXXRecordDecl *RD) {
    return Code.classifier().roleOf(RD).Primary;
  };
  auto Callback = [&](const char *Name) {
    return Structure.isCallbackInterface(Code.record(Name),
                                         Code.classifier().files(), RoleOf);
  };
  EXPECT_TRUE(Callback("app::EventHandler"));
  EXPECT_FALSE(Callback("app::Archive")) << "implemented by FileArchive";
  EXPECT_FALSE(Callback("app::Clock")) << "injected into Parser";
  EXPECT_FALSE(Callback("app::Connection")) << "handed out by connect()";
  EXPECT_FALSE(Callback("app::NoopArchive"))
      << "a partial implementation of the project's own interface";
  EXPECT_FALSE(Callback("app::Journal")) << "handed out by its own Open()";
  EXPECT_FALSE(Callback("app::Table")) << "handed out through Open's Out";
  EXPECT_TRUE(Callback("app::Cursor"))
      << "a method handing back its own object hands out nothing new";
  EXPECT_TRUE(Structure.isImplemented(Code.record("app::Archive")));
  EXPECT_FALSE(Structure.isImplemented(Code.record("app::EventHandler")));
}

TEST(ProjectStructureTest, TheClassifierMakesACallbackABoundary) {
  ClassifiedCode Code("#include <parser.h>\n", Parser);
  EXPECT_EQ(Code.role("app::EventHandler"), Role::ExternalBoundary);
  EXPECT_EQ(Code.role("app::Archive"), Role::Internal);
}

} // namespace
} // namespace itdd::testing
