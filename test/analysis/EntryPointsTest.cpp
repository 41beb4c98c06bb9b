//===--- EntryPointsTest.cpp - roles/EntryPoints --------------------------===//

#include "RolesTestSupport.h"
#include "analysis/roles/EntryPoints.h"

namespace itdd::testing {
namespace {

const std::map<std::string, std::string> App = {
    {"src/app.h", R"cpp(
#pragma once
namespace app {
class OrderController {
public:
  OrderController() = default;
  int place(int Id) { return Id; }
  static OrderController make() { return {}; }
};
class OrderService {
public:
  int save(int Id) { return Id + Count; }
private:
  int Count = 0;
};
int run(int Argc);
[[clang::annotate("itdd::entry_point")]] int serve(int Port);
} // namespace app
)cpp"}};

TEST(EntryPointsTest, MembersOfEntryPointsAndNamedFunctionsAreEntryPoints) {
  ClassifiedCode Code("#include <app.h>\n", App,
                      {{"itdd.EntryPoints", "Controller$|^app::run$"}});
  ComponentClassifier &C = Code.classifier();
  EXPECT_TRUE(C.isEntryPointFunction(Code.function("app::OrderController::place")));
  EXPECT_TRUE(C.isEntryPointFunction(Code.function("app::OrderController::make")));
  EXPECT_TRUE(C.isEntryPointFunction(Code.function("app::run")));
  EXPECT_TRUE(C.isEntryPointFunction(Code.function("app::serve")))
      << "annotated";
  EXPECT_FALSE(C.isEntryPointFunction(Code.function("app::OrderService::save")));
  EXPECT_TRUE(C.anyEntryPointDeclared(Code.code().context()));
}

TEST(EntryPointsTest, ConstructingIsNotCallingAnEntryPoint) {
  ClassifiedCode Code("#include <app.h>\n"
                      "void use() { app::OrderController C; C.place(1); }\n",
                      App);
  const clang::CXXRecordDecl *Controller = Code.record("app::OrderController");
  for (const clang::CXXConstructorDecl *Ctor : Controller->ctors())
    EXPECT_FALSE(Code.classifier().isEntryPointFunction(Ctor));
}

TEST(EntryPointsTest, ANetworkCallIntoARunningSystemIsOne) {
  ClassifiedCode Code(R"cpp(
#include <sys/socket.h>
void journey(int Fd, const sockaddr *Address) { ::connect(Fd, Address, 0); }
)cpp",
                      {});
  EXPECT_TRUE(isNetworkClientCall(Code.function("connect"),
                                  Code.classifier().files()));
  EXPECT_FALSE(isNetworkClientCall(Code.function("journey"),
                                   Code.classifier().files()));
}

} // namespace
} // namespace itdd::testing
