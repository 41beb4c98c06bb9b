#!/usr/bin/env python3
"""Writes a layered C++ application with GoogleTest tests, of any size, and
its compile_commands.json, for the scale benchmark.

  bench/gen_project.py OUT_DIR [--units 300] [--seed 1]
  bench/gen_project.py OUT_DIR --components 40 --tests 12

The application has one .cpp per component, so the translation units grow
with the size:

- external boundaries: interfaces for an HTTP client, a payment gateway, a
  clock and a database (include/app/boundaries.h), each with a production
  implementation;
- per domain (app::orders3, app::invoices4, ...): plain data types, a
  repository (infrastructure, over the database), a policy (internal, takes
  a shared_ptr to the repository and the clock), a service (internal, takes
  its policy by unique_ptr, the repository by shared_ptr, a boundary by
  reference and, in chains of up to four domains, the previous domain's
  service by shared_ptr), an HTTP controller and, in some domains, a CLI
  command (entry points): constructor injection up to eight classes deep;
- tests/integration/: GoogleTest journeys through a controller with
  GoogleMock mocks at the boundaries and a real in-memory database, some
  with anti-patterns the checks report (a mocked internal policy, a test
  that skips the entry point, one without an assertion, one named after a
  code unit); tests/unit/: unit tests of a policy.

The same size and seed always write the same files.
"""

import argparse
import json
import os
import random

NOUNS = ["Order", "Invoice", "Shipment", "Account", "Booking", "Refund",
         "Ticket", "Voucher", "Payout", "Claim", "Lease", "Parcel",
         "Quote", "Rental", "Transfer", "Deposit"]
CHAIN = 4  # domains per chain of upstream services

BOUNDARY_IMPLS = [
    ("rest_http_client", "RestHttpClient"),
    ("card_payment_gateway", "CardPaymentGateway"),
    ("system_clock", "SystemClock"),
    ("in_memory_database", "InMemoryDatabase"),
]

COMMON = {
    ".clang-tidy": """Checks: '-*,itdd-*'
CheckOptions:
  itdd.ExternalBoundaries: '(Gateway|Client|Clock)$'
""",
    "include/app/types.h": """#pragma once
#include <map>
#include <string>

namespace app {

struct HttpRequest {
  std::string Method;
  std::string Path;
  std::map<std::string, std::string> Headers;
  std::string Body;
};

struct HttpResponse {
  int Status = 0;
  std::string Body;
};

struct ChargeRequest {
  std::string Account;
  long long AmountCents = 0;
  std::string Reference;
};

struct ChargeResult {
  bool Approved = false;
  std::string TransactionId;
  std::string DeclineReason;
};

struct Row {
  std::string Key;
  std::string Value;
};

} // namespace app
""",
    "include/app/boundaries.h": """#pragma once
#include "app/types.h"
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace app {

class HttpClient {
public:
  virtual ~HttpClient() = default;
  virtual HttpResponse send(const HttpRequest &Request) = 0;
};

class PaymentGateway {
public:
  virtual ~PaymentGateway() = default;
  virtual ChargeResult charge(const ChargeRequest &Request) = 0;
  virtual bool refund(const std::string &TransactionId) = 0;
};

class Clock {
public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
};

class Database {
public:
  virtual ~Database() = default;
  virtual bool put(const std::string &Table, const Row &Value) = 0;
  virtual std::optional<Row> get(const std::string &Table,
                                 const std::string &Key) const = 0;
  virtual std::vector<Row> scan(const std::string &Table) const = 0;
};

} // namespace app
""",
    "include/app/infra/rest_http_client.h": """#pragma once
#include "app/boundaries.h"
#include <string>

namespace app {

class RestHttpClient : public HttpClient {
public:
  explicit RestHttpClient(std::string BaseUrl);
  HttpResponse send(const HttpRequest &Request) override;

private:
  std::string BaseUrl;
  int Sent = 0;
};

} // namespace app
""",
    "src/infra/rest_http_client.cpp": """#include "app/infra/rest_http_client.h"
#include <utility>

namespace app {

RestHttpClient::RestHttpClient(std::string BaseUrl) : BaseUrl(std::move(BaseUrl)) {}

HttpResponse RestHttpClient::send(const HttpRequest &Request) {
  ++Sent;
  HttpResponse Response;
  Response.Status = Request.Path.empty() ? 400 : 503;
  Response.Body = "no network from " + BaseUrl;
  return Response;
}

} // namespace app
""",
    "include/app/infra/card_payment_gateway.h": """#pragma once
#include "app/boundaries.h"
#include <memory>
#include <string>

namespace app {

class CardPaymentGateway : public PaymentGateway {
public:
  CardPaymentGateway(std::shared_ptr<HttpClient> Http, std::string ApiKey);
  ChargeResult charge(const ChargeRequest &Request) override;
  bool refund(const std::string &TransactionId) override;

private:
  std::shared_ptr<HttpClient> Http;
  std::string ApiKey;
};

} // namespace app
""",
    "src/infra/card_payment_gateway.cpp": """#include "app/infra/card_payment_gateway.h"
#include <utility>

namespace app {

CardPaymentGateway::CardPaymentGateway(std::shared_ptr<HttpClient> Http,
                                       std::string ApiKey)
    : Http(std::move(Http)), ApiKey(std::move(ApiKey)) {}

ChargeResult CardPaymentGateway::charge(const ChargeRequest &Request) {
  HttpRequest Call;
  Call.Method = "POST";
  Call.Path = "/charges";
  Call.Headers["Authorization"] = "Bearer " + ApiKey;
  Call.Body = Request.Account + ":" + std::to_string(Request.AmountCents);
  HttpResponse Answer = Http->send(Call);
  ChargeResult Result;
  Result.Approved = Answer.Status == 201;
  Result.TransactionId = Result.Approved ? Answer.Body : "";
  Result.DeclineReason = Result.Approved ? "" : Answer.Body;
  return Result;
}

bool CardPaymentGateway::refund(const std::string &TransactionId) {
  HttpRequest Call;
  Call.Method = "POST";
  Call.Path = "/refunds/" + TransactionId;
  return Http->send(Call).Status == 200;
}

} // namespace app
""",
    "include/app/infra/system_clock.h": """#pragma once
#include "app/boundaries.h"

namespace app {

class SystemClock : public Clock {
public:
  std::chrono::system_clock::time_point now() const override;
};

} // namespace app
""",
    "src/infra/system_clock.cpp": """#include "app/infra/system_clock.h"

namespace app {

std::chrono::system_clock::time_point SystemClock::now() const {
  return std::chrono::system_clock::now();
}

} // namespace app
""",
    "include/app/infra/in_memory_database.h": """#pragma once
#include "app/boundaries.h"
#include <map>

namespace app {

class InMemoryDatabase : public Database {
public:
  bool put(const std::string &Table, const Row &Value) override;
  std::optional<Row> get(const std::string &Table,
                         const std::string &Key) const override;
  std::vector<Row> scan(const std::string &Table) const override;

private:
  std::map<std::string, std::map<std::string, std::string>> Tables;
};

} // namespace app
""",
    "src/infra/in_memory_database.cpp": """#include "app/infra/in_memory_database.h"

namespace app {

bool InMemoryDatabase::put(const std::string &Table, const Row &Value) {
  return Tables[Table].insert_or_assign(Value.Key, Value.Value).second;
}

std::optional<Row> InMemoryDatabase::get(const std::string &Table,
                                         const std::string &Key) const {
  auto T = Tables.find(Table);
  if (T == Tables.end())
    return std::nullopt;
  auto R = T->second.find(Key);
  if (R == T->second.end())
    return std::nullopt;
  return Row{R->first, R->second};
}

std::vector<Row> InMemoryDatabase::scan(const std::string &Table) const {
  std::vector<Row> Rows;
  auto T = Tables.find(Table);
  if (T == Tables.end())
    return Rows;
  Rows.reserve(T->second.size());
  for (const auto &[Key, Value] : T->second)
    Rows.push_back(Row{Key, Value});
  return Rows;
}

} // namespace app
""",
    "tests/support/mocks.h": """#pragma once
#include "app/boundaries.h"
#include <gmock/gmock.h>

namespace app::testing_support {

class MockHttpClient : public HttpClient {
public:
  MOCK_METHOD(HttpResponse, send, (const HttpRequest &Request), (override));
};

class MockPaymentGateway : public PaymentGateway {
public:
  MOCK_METHOD(ChargeResult, charge, (const ChargeRequest &Request), (override));
  MOCK_METHOD(bool, refund, (const std::string &TransactionId), (override));
};

class MockClock : public Clock {
public:
  MOCK_METHOD(std::chrono::system_clock::time_point, now, (), (const, override));
};

class MockDatabase : public Database {
public:
  MOCK_METHOD(bool, put, (const std::string &Table, const Row &Value), (override));
  MOCK_METHOD(std::optional<Row>, get,
              (const std::string &Table, const std::string &Key), (const, override));
  MOCK_METHOD(std::vector<Row>, scan, (const std::string &Table), (const, override));
};

} // namespace app::testing_support
""",
}


class Domain:
    def __init__(self, index, rng):
        self.index = index
        self.noun = NOUNS[index % len(NOUNS)]
        self.ns = "%s%d" % (self.noun.lower(), index)
        self.lower = self.noun.lower()
        # The first domain of each chain has no upstream service.
        self.upstream = index - 1 if index % CHAIN else None
        self.boundary = rng.choice(["payment", "http"])
        self.command = rng.random() < 0.5
        self.limit = rng.randrange(10, 100) * 1000

    def path(self, name):
        return "include/app/%s/%s.h" % (self.ns, name)

    def units(self):
        return ["repository", "policy", "service", "controller"] + \
            (["command"] if self.command else [])


def model_h(d):
    return f"""#pragma once
#include <string>
#include <vector>

namespace app::{d.ns} {{

struct {d.noun}Record {{
  std::string Id;
  std::string Owner;
  long long AmountCents = 0;
  std::vector<std::string> Tags;
}};

enum class {d.noun}Status {{ Pending, Accepted, Rejected }};

struct {d.noun}Outcome {{
  {d.noun}Status Status = {d.noun}Status::Pending;
  std::string Id;
  std::string Reason;
}};

}} // namespace app::{d.ns}
"""


def repository_h(d):
    return f"""#pragma once
#include "app/boundaries.h"
#include "app/{d.ns}/model.h"
#include <optional>
#include <string>
#include <vector>

namespace app::{d.ns} {{

class {d.noun}Repository {{
public:
  explicit {d.noun}Repository(Database &Db);
  bool save(const {d.noun}Record &Record);
  std::optional<{d.noun}Record> find(const std::string &Id) const;
  std::vector<{d.noun}Record> byOwner(const std::string &Owner) const;

private:
  Database &Db;
}};

}} // namespace app::{d.ns}
"""


def repository_cpp(d):
    return f"""#include "app/{d.ns}/repository.h"
#include <sstream>

namespace app::{d.ns} {{
namespace {{
const char *const Table = "{d.ns}";

std::string encode(const {d.noun}Record &Record) {{
  std::ostringstream Out;
  Out << Record.Owner << '|' << Record.AmountCents;
  for (const std::string &Tag : Record.Tags)
    Out << '|' << Tag;
  return Out.str();
}}

{d.noun}Record decode(const Row &Stored) {{
  {d.noun}Record Record;
  Record.Id = Stored.Key;
  std::istringstream In(Stored.Value);
  std::string Field;
  int Index = 0;
  while (std::getline(In, Field, '|')) {{
    if (Index == 0)
      Record.Owner = Field;
    else if (Index == 1)
      Record.AmountCents = std::stoll(Field);
    else
      Record.Tags.push_back(Field);
    ++Index;
  }}
  return Record;
}}
}} // namespace

{d.noun}Repository::{d.noun}Repository(Database &Db) : Db(Db) {{}}

bool {d.noun}Repository::save(const {d.noun}Record &Record) {{
  return Db.put(Table, Row{{Record.Id, encode(Record)}});
}}

std::optional<{d.noun}Record> {d.noun}Repository::find(const std::string &Id) const {{
  std::optional<Row> Stored = Db.get(Table, Id);
  if (!Stored)
    return std::nullopt;
  return decode(*Stored);
}}

std::vector<{d.noun}Record> {d.noun}Repository::byOwner(const std::string &Owner) const {{
  std::vector<{d.noun}Record> Found;
  for (const Row &Stored : Db.scan(Table)) {{
    {d.noun}Record Record = decode(Stored);
    if (Record.Owner == Owner)
      Found.push_back(std::move(Record));
  }}
  return Found;
}}

}} // namespace app::{d.ns}
"""


def policy_h(d):
    return f"""#pragma once
#include "app/boundaries.h"
#include "app/{d.ns}/repository.h"
#include <memory>
#include <optional>
#include <string>

namespace app::{d.ns} {{

class {d.noun}Policy {{
public:
  {d.noun}Policy(std::shared_ptr<{d.noun}Repository> Records, const Clock &Time,
         long long LimitCents);
  virtual ~{d.noun}Policy() = default;
  virtual std::optional<std::string> refusal(const {d.noun}Record &Candidate) const;

private:
  std::shared_ptr<{d.noun}Repository> Records;
  const Clock &Time;
  long long LimitCents;
}};

}} // namespace app::{d.ns}
"""


def policy_cpp(d):
    return f"""#include "app/{d.ns}/policy.h"
#include <numeric>
#include <utility>

namespace app::{d.ns} {{

{d.noun}Policy::{d.noun}Policy(std::shared_ptr<{d.noun}Repository> Records,
                       const Clock &Time, long long LimitCents)
    : Records(std::move(Records)), Time(Time), LimitCents(LimitCents) {{}}

std::optional<std::string> {d.noun}Policy::refusal(const {d.noun}Record &Candidate) const {{
  if (Candidate.AmountCents <= 0)
    return "amount must be positive";
  std::vector<{d.noun}Record> Earlier = Records->byOwner(Candidate.Owner);
  long long Spent = std::accumulate(
      Earlier.begin(), Earlier.end(), 0LL,
      [](long long Sum, const {d.noun}Record &R) {{ return Sum + R.AmountCents; }});
  if (Spent + Candidate.AmountCents > LimitCents)
    return "over the limit of " + std::to_string(LimitCents);
  auto Hour = std::chrono::duration_cast<std::chrono::hours>(
                  Time.now().time_since_epoch()).count() % 24;
  if (Hour == 3)
    return "closed for maintenance";
  return std::nullopt;
}}

}} // namespace app::{d.ns}
"""


def service_h(d, domains):
    up = domains[d.upstream] if d.upstream is not None else None
    boundary = "PaymentGateway &Payments" if d.boundary == "payment" else "HttpClient &Http"
    member = "PaymentGateway &Payments;" if d.boundary == "payment" else "HttpClient &Http;"
    inc = '#include "app/%s/service.h"\n' % up.ns if up else ""
    up_param = ",\n         std::shared_ptr<%s::%sService> Upstream" % (up.ns, up.noun) if up else ""
    up_member = "\n  std::shared_ptr<%s::%sService> Upstream;" % (up.ns, up.noun) if up else ""
    return f"""#pragma once
#include "app/boundaries.h"
#include "app/{d.ns}/policy.h"
#include "app/{d.ns}/repository.h"
{inc}#include <memory>
#include <string>
#include <vector>

namespace app::{d.ns} {{

class {d.noun}Service {{
public:
  {d.noun}Service(std::unique_ptr<{d.noun}Policy> Rules,
         std::shared_ptr<{d.noun}Repository> Records, {boundary}{up_param});
  {d.noun}Outcome submit(const {d.noun}Record &Candidate);
  std::vector<{d.noun}Record> history(const std::string &Owner) const;

private:
  std::unique_ptr<{d.noun}Policy> Rules;
  std::shared_ptr<{d.noun}Repository> Records;
  {member}{up_member}
  int Issued = 0;
}};

}} // namespace app::{d.ns}
"""


def service_cpp(d, domains):
    up = domains[d.upstream] if d.upstream is not None else None
    if d.boundary == "payment":
        ctor_boundary, init_boundary = "PaymentGateway &Payments", "Payments(Payments)"
        act = f"""  ChargeResult Charge = Payments.charge({{Candidate.Owner, Candidate.AmountCents, Outcome.Id}});
  if (!Charge.Approved) {{
    Outcome.Status = {d.noun}Status::Rejected;
    Outcome.Reason = Charge.DeclineReason;
    return Outcome;
  }}"""
    else:
        ctor_boundary, init_boundary = "HttpClient &Http", "Http(Http)"
        act = f"""  HttpResponse Notice = Http.send({{"POST", "/notices/{d.ns}", {{}}, Outcome.Id}});
  if (Notice.Status >= 500) {{
    Outcome.Status = {d.noun}Status::Rejected;
    Outcome.Reason = "notice service unavailable";
    return Outcome;
  }}"""
    up_param = ",\n    std::shared_ptr<%s::%sService> Upstream" % (up.ns, up.noun) if up else ""
    up_init = ", Upstream(std::move(Upstream))" if up else ""
    up_use = ""
    if up:
        up_use = f"""
  if (Upstream && !Upstream->history(Candidate.Owner).empty())
    Outcome.Reason = "returning customer";"""
    return f"""#include "app/{d.ns}/service.h"
#include <utility>

namespace app::{d.ns} {{

{d.noun}Service::{d.noun}Service(std::unique_ptr<{d.noun}Policy> Rules,
    std::shared_ptr<{d.noun}Repository> Records, {ctor_boundary}{up_param})
    : Rules(std::move(Rules)), Records(std::move(Records)), {init_boundary}{up_init} {{}}

{d.noun}Outcome {d.noun}Service::submit(const {d.noun}Record &Candidate) {{
  {d.noun}Outcome Outcome;
  if (std::optional<std::string> Why = Rules->refusal(Candidate)) {{
    Outcome.Status = {d.noun}Status::Rejected;
    Outcome.Reason = *Why;
    return Outcome;
  }}
  Outcome.Id = "{d.lower}-" + std::to_string(++Issued);
{act}
  {d.noun}Record Stored = Candidate;
  Stored.Id = Outcome.Id;
  Records->save(Stored);
  Outcome.Status = {d.noun}Status::Accepted;{up_use}
  return Outcome;
}}

std::vector<{d.noun}Record> {d.noun}Service::history(const std::string &Owner) const {{
  return Records->byOwner(Owner);
}}

}} // namespace app::{d.ns}
"""


def controller_h(d):
    return f"""#pragma once
#include "app/types.h"
#include "app/{d.ns}/service.h"

namespace app::{d.ns} {{

class {d.noun}Controller {{
public:
  explicit {d.noun}Controller({d.noun}Service &Service);
  HttpResponse handle(const HttpRequest &Request);

private:
  {d.noun}Service &Service;
}};

}} // namespace app::{d.ns}
"""


def controller_cpp(d):
    return f"""#include "app/{d.ns}/controller.h"
#include <string>

namespace app::{d.ns} {{

{d.noun}Controller::{d.noun}Controller({d.noun}Service &Service) : Service(Service) {{}}

HttpResponse {d.noun}Controller::handle(const HttpRequest &Request) {{
  auto Owner = Request.Headers.find("X-Owner");
  if (Owner == Request.Headers.end())
    return {{401, "sign in first"}};
  if (Request.Method == "GET" && Request.Path == "/{d.lower}s")
    return {{200, std::to_string(Service.history(Owner->second).size())}};
  if (Request.Method != "POST" || Request.Path != "/{d.lower}s")
    return {{404, "no such page"}};
  {d.noun}Record Candidate;
  Candidate.Owner = Owner->second;
  try {{
    Candidate.AmountCents = std::stoll(Request.Body);
  }} catch (const std::exception &) {{
    return {{400, "amount expected"}};
  }}
  {d.noun}Outcome Outcome = Service.submit(Candidate);
  if (Outcome.Status == {d.noun}Status::Accepted)
    return {{201, Outcome.Id}};
  return {{422, Outcome.Reason}};
}}

}} // namespace app::{d.ns}
"""


def command_h(d):
    return f"""#pragma once
#include "app/{d.ns}/service.h"
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace app::{d.ns} {{

class {d.noun}Command {{
public:
  {d.noun}Command(std::shared_ptr<{d.noun}Service> Service, std::ostream &Out);
  int run(const std::vector<std::string> &Args);

private:
  std::shared_ptr<{d.noun}Service> Service;
  std::ostream &Out;
}};

}} // namespace app::{d.ns}
"""


def command_cpp(d):
    return f"""#include "app/{d.ns}/command.h"
#include <utility>

namespace app::{d.ns} {{

{d.noun}Command::{d.noun}Command(std::shared_ptr<{d.noun}Service> Service, std::ostream &Out)
    : Service(std::move(Service)), Out(Out) {{}}

int {d.noun}Command::run(const std::vector<std::string> &Args) {{
  if (Args.size() != 2) {{
    Out << "usage: {d.lower} OWNER AMOUNT\\n";
    return 2;
  }}
  {d.noun}Record Candidate;
  Candidate.Owner = Args[0];
  Candidate.AmountCents = std::stoll(Args[1]);
  {d.noun}Outcome Outcome = Service->submit(Candidate);
  if (Outcome.Status != {d.noun}Status::Accepted) {{
    Out << "refused: " << Outcome.Reason << "\\n";
    return 1;
  }}
  Out << Outcome.Id << "\\n";
  return 0;
}}

}} // namespace app::{d.ns}
"""


def service_expr(d, domains, policy):
    """A C++ expression building d's service for real inside a fixture that
    holds Db, Time, Payments and Http; `policy` builds its policy."""
    boundary = "Payments" if d.boundary == "payment" else "Http"
    up = ""
    if d.upstream is not None:
        u = domains[d.upstream]
        up = ", std::make_shared<%s::%sService>(%s)" % (
            u.ns, u.noun, service_args(u, domains))
    return "%s, Records, %s%s" % (policy, boundary, up)


def service_args(d, domains):
    """Arguments of an upstream service, with a repository of its own."""
    boundary = "Payments" if d.boundary == "payment" else "Http"
    repo = "std::make_shared<%s::%sRepository>(Db)" % (d.ns, d.noun)
    up = ""
    if d.upstream is not None:
        u = domains[d.upstream]
        up = ", std::make_shared<%s::%sService>(%s)" % (u.ns, u.noun, service_args(u, domains))
    return "std::make_unique<%s::%sPolicy>(%s, Time, %d), %s, %s%s" % (
        d.ns, d.noun, repo, d.limit, repo, boundary, up)


def integration_test(d, domains, variant, anti):
    fixture = "%sJourneys%s" % (d.noun, variant or "")
    accept = ("ON_CALL(Payments, charge(_)).WillByDefault(Return(ChargeResult{true, \"tx-1\", \"\"}));"
              if d.boundary == "payment" else
              "ON_CALL(Http, send(_)).WillByDefault(Return(HttpResponse{202, \"\"}));")
    expect_boundary = ("EXPECT_CALL(Payments, charge(Field(&ChargeRequest::AmountCents, 2500)))"
                       "\n      .WillOnce(Return(ChargeResult{true, \"tx-7\", \"\"}));"
                       if d.boundary == "payment" else
                       "EXPECT_CALL(Http, send(Field(&HttpRequest::Path, \"/notices/%s\")))"
                       "\n      .WillOnce(Return(HttpResponse{202, \"\"}));" % d.ns)
    decline = ("EXPECT_CALL(Payments, charge(_))\n      .WillOnce(Return(ChargeResult{false, \"\", \"card expired\"}));"
               if d.boundary == "payment" else
               "EXPECT_CALL(Http, send(_)).WillOnce(Return(HttpResponse{503, \"\"}));")
    reason = "card expired" if d.boundary == "payment" else "notice service unavailable"
    policy = "std::make_unique<%sPolicy>(Records, Time, %d)" % (d.noun, d.limit)
    extra_mock = ""
    anti_test = ""
    if anti == "internal-mock":
        extra_mock = f"""
class Mock{d.noun}Policy : public {d.noun}Policy {{
public:
  using {d.noun}Policy::{d.noun}Policy;
  MOCK_METHOD(std::optional<std::string>, refusal, (const {d.noun}Record &Candidate),
              (const, override));
}};
"""
        anti_test = f"""
TEST_F({fixture}, RefusalFromThePolicyIsShownToTheCustomer) {{
  auto Rules = std::make_unique<NiceMock<Mock{d.noun}Policy>>(Records, Time, 0);
  EXPECT_CALL(*Rules, refusal(_)).WillOnce(Return(std::string("blocked")));
  {d.noun}Service Mocked({service_expr(d, domains, "std::move(Rules)")});
  {d.noun}Controller Entry(Mocked);

  HttpResponse R = Entry.handle({{"POST", "/{d.lower}s", {{{{"X-Owner", "ann"}}}}, "100"}});

  EXPECT_EQ(R.Status, 422);
  EXPECT_EQ(R.Body, "blocked");
}}
"""
    elif anti == "no-entry-point":
        anti_test = f"""
TEST_F({fixture}, AcceptedSubmissionIsKeptInTheHistory) {{
  {accept}
  Service.submit({{"", "bob", 700, {{}}}});
  EXPECT_EQ(Service.history("bob").size(), 1u);
}}
"""
    elif anti == "no-assertion":
        anti_test = f"""
TEST_F({fixture}, CustomerCanSubmitTwice) {{
  {accept}
  Controller.handle({{"POST", "/{d.lower}s", {{{{"X-Owner", "ann"}}}}, "100"}});
  Controller.handle({{"POST", "/{d.lower}s", {{{{"X-Owner", "ann"}}}}, "200"}});
}}
"""
    elif anti == "unit-name":
        anti_test = f"""
TEST_F({fixture}, {d.noun}ControllerHandleReturns201) {{
  {accept}
  HttpResponse R = Controller.handle({{"POST", "/{d.lower}s", {{{{"X-Owner", "ann"}}}}, "100"}});
  EXPECT_EQ(R.Status, 201);
}}
"""
    return f"""// Journeys of {d.noun.lower()}s over HTTP: a real controller, service, policy
// and repository over an in-memory database; mocks at the boundaries.
#include "app/infra/in_memory_database.h"
#include "app/{d.ns}/controller.h"
#include "mocks.h"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace app::{d.ns} {{
namespace {{

using ::testing::_;
using ::testing::Field;
using ::testing::NiceMock;
using ::testing::Return;
using testing_support::MockClock;
using testing_support::MockHttpClient;
using testing_support::MockPaymentGateway;
{extra_mock}
class {fixture} : public ::testing::Test {{
protected:
  InMemoryDatabase Db;
  NiceMock<MockPaymentGateway> Payments;
  NiceMock<MockHttpClient> Http;
  NiceMock<MockClock> Time;
  std::shared_ptr<{d.noun}Repository> Records = std::make_shared<{d.noun}Repository>(Db);
  {d.noun}Service Service{{{service_expr(d, domains, policy)}}};
  {d.noun}Controller Controller{{Service}};

  HttpResponse submit(const std::string &Owner, const std::string &Amount) {{
    return Controller.handle({{"POST", "/{d.lower}s", {{{{"X-Owner", Owner}}}}, Amount}});
  }}
}};

TEST_F({fixture}, CustomerSubmitsAndTheSubmissionIsStored) {{
  {expect_boundary}

  HttpResponse R = submit("ann", "2500");

  ASSERT_EQ(R.Status, 201);
  std::optional<{d.noun}Record> Stored = Records->find(R.Body);
  ASSERT_TRUE(Stored.has_value());
  EXPECT_EQ(Stored->AmountCents, 2500);
}}

TEST_F({fixture}, RejectedByTheBoundaryLeavesNoTrace) {{
  {decline}

  HttpResponse R = submit("ann", "2500");

  EXPECT_EQ(R.Status, 422);
  EXPECT_EQ(R.Body, "{reason}");
  EXPECT_TRUE(Records->byOwner("ann").empty());
}}

TEST_F({fixture}, AmountOverTheLimitIsRefused) {{
  {accept}

  HttpResponse R = submit("ann", "{d.limit + 1}");

  EXPECT_EQ(R.Status, 422);
  EXPECT_EQ(R.Body, "over the limit of {d.limit}");
}}

TEST_F({fixture}, GuestIsAskedToSignIn) {{
  HttpResponse R = Controller.handle({{"GET", "/{d.lower}s", {{}}, ""}});
  EXPECT_EQ(R.Status, 401);
}}
{anti_test}
}} // namespace
}} // namespace app::{d.ns}
"""


def unit_test(d, variant):
    return f"""#include "app/{d.ns}/policy.h"
#include "mocks.h"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace app::{d.ns} {{
namespace {{

using ::testing::_;
using ::testing::NiceMock;
using ::testing::Return;

class {d.noun}PolicyTest{variant or ""} : public ::testing::Test {{
protected:
  NiceMock<testing_support::MockDatabase> Db;
  NiceMock<testing_support::MockClock> Time;
  std::shared_ptr<{d.noun}Repository> Records = std::make_shared<{d.noun}Repository>(Db);
  {d.noun}Policy Rules{{Records, Time, {d.limit}}};
}};

TEST_F({d.noun}PolicyTest{variant or ""}, RefusesNonPositiveAmounts) {{
  EXPECT_EQ(Rules.refusal({{"", "ann", 0, {{}}}}), "amount must be positive");
}}

TEST_F({d.noun}PolicyTest{variant or ""}, CountsEarlierSpending) {{
  ON_CALL(Db, scan(_)).WillByDefault(Return(std::vector<Row>{{{{"x", "ann|{d.limit}"}}}}));
  EXPECT_TRUE(Rules.refusal({{"", "ann", 1, {{}}}}).has_value());
}}

TEST_F({d.noun}PolicyTest{variant or ""}, AcceptsWithinTheLimit) {{
  EXPECT_FALSE(Rules.refusal({{"", "ann", 1, {{}}}}).has_value());
}}

}} // namespace
}} // namespace app::{d.ns}
"""


def write(root, rel, text, files):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    files.append(rel)


def generate(out, components, tests, seed):
    root = os.path.abspath(out)
    rng = random.Random(seed)
    domains = []
    count = len(BOUNDARY_IMPLS)
    while count < components or not domains:
        d = Domain(len(domains), rng)
        domains.append(d)
        count += len(d.units())
    written = []
    sources = []
    for rel, text in COMMON.items():
        write(root, rel, text, written)
        if rel.endswith(".cpp"):
            sources.append(rel)
    for d in domains:
        write(root, d.path("model"), model_h(d), written)
        write(root, d.path("repository"), repository_h(d), written)
        write(root, d.path("policy"), policy_h(d), written)
        write(root, d.path("service"), service_h(d, domains), written)
        write(root, d.path("controller"), controller_h(d), written)
        if d.command:
            write(root, d.path("command"), command_h(d), written)
        makers = {"repository": repository_cpp, "policy": policy_cpp,
                  "service": lambda d: service_cpp(d, domains),
                  "controller": controller_cpp, "command": command_cpp}
        for unit in d.units():
            rel = "src/%s/%s.cpp" % (d.ns, unit)
            write(root, rel, makers[unit](d), written)
            sources.append(rel)
    # Two integration test files for each unit test file; one in four
    # integration test files also holds an anti-pattern.
    antis = ["internal-mock", "no-entry-point", "no-assertion", "unit-name"]
    integration = 0
    for t in range(tests):
        d = domains[t % len(domains)]
        variant = "" if t < len(domains) else "Part%d" % (t // len(domains))
        suffix = variant and "_%d" % (t // len(domains))
        if t % 3 == 2:
            rel = "tests/unit/%s_policy%s_test.cpp" % (d.ns, suffix)
            text = unit_test(d, variant)
        else:
            anti = antis[(integration // 4) % len(antis)] if integration % 4 == 1 else None
            integration += 1
            rel = "tests/integration/%s%s_test.cpp" % (d.ns, suffix)
            text = integration_test(d, domains, variant, anti)
        write(root, rel, text, written)
        sources.append(rel)
    build = os.path.join(root, "build")
    os.makedirs(build, exist_ok=True)
    entries = []
    for rel in sources:
        # Paths relative to the build directory, as CMake's Ninja generator
        # writes them for out-of-tree builds.
        flags = "-std=c++17 -I../include"
        if rel.startswith("tests/"):
            flags += " -I../tests/support"
        obj = "objs/" + rel.replace("/", "_") + ".o"
        entries.append({"directory": build, "file": os.path.join(root, rel),
                        "command": "clang++-19 %s -c ../%s -o %s" % (flags, rel, obj)})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return domains, entries


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("out")
    parser.add_argument("--units", type=int,
                        help="translation units in all: three quarters components, "
                        "one quarter tests (default 300)")
    parser.add_argument("--components", type=int, help="component translation units")
    parser.add_argument("--tests", type=int, help="test translation units")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.units is not None and (args.components is not None or args.tests is not None):
        parser.error("give --units, or --components and --tests")
    if args.components is None and args.tests is None:
        units = args.units if args.units is not None else 300
        if units < 6:
            parser.error("--units must be at least 6")
        tests = max(1, units // 4)
        components = units - tests
    else:
        components = args.components if args.components is not None else 30
        tests = args.tests if args.tests is not None else 0
    if os.path.exists(os.path.join(args.out, "build", "compile_commands.json")):
        parser.error("%s already holds a generated project; pick a new directory" % args.out)
    domains, entries = generate(args.out, components, tests, args.seed)
    print("%d translation units (%d domains, %d tests) in %s" % (
        len(entries), len(domains), sum(1 for e in entries if "/tests/" in e["file"]), args.out))


if __name__ == "__main__":
    main()
