#include "shop/database.h"

#include <sqlite3.h>
#include <stdexcept>

namespace shop {

namespace {

const char *const Schema = R"sql(
  CREATE TABLE IF NOT EXISTS products (
    sku TEXT PRIMARY KEY, name TEXT NOT NULL, price INTEGER NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0));
  CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT, customer TEXT NOT NULL,
    total INTEGER NOT NULL, status TEXT NOT NULL, charge_id TEXT);
  CREATE TABLE IF NOT EXISTS order_lines (
    order_id INTEGER NOT NULL REFERENCES orders(id), sku TEXT NOT NULL,
    quantity INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS accounts (
    email TEXT PRIMARY KEY, password_hash TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, email TEXT NOT NULL REFERENCES accounts(email));
  CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,
    subject TEXT NOT NULL);
)sql";

/// Owns a prepared statement for the length of one call.
class Statement {
public:
  Statement(sqlite3 *Db, const std::string &Sql,
            const std::vector<std::string> &Params) {
    if (sqlite3_prepare_v2(Db, Sql.c_str(), -1, &Stmt, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("SQL error: ") + sqlite3_errmsg(Db));
    for (size_t I = 0; I < Params.size(); ++I)
      sqlite3_bind_text(Stmt, static_cast<int>(I + 1), Params[I].c_str(), -1,
                        SQLITE_TRANSIENT);
  }
  ~Statement() { sqlite3_finalize(Stmt); }
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;
  sqlite3_stmt *get() { return Stmt; }

private:
  sqlite3_stmt *Stmt = nullptr;
};

} // namespace

Database::Database(const std::string &Path) {
  if (sqlite3_open(Path.c_str(), &Connection) != SQLITE_OK) {
    std::string Message = sqlite3_errmsg(Connection);
    sqlite3_close(Connection);
    throw std::runtime_error("cannot open database '" + Path + "': " + Message);
  }
  char *Error = nullptr;
  if (sqlite3_exec(Connection, Schema, nullptr, nullptr, &Error) != SQLITE_OK) {
    std::string Message = Error ? Error : "unknown error";
    sqlite3_free(Error);
    sqlite3_close(Connection);
    throw std::runtime_error("cannot create the schema: " + Message);
  }
}

Database::~Database() { sqlite3_close(Connection); }

void Database::execute(const std::string &Sql,
                       const std::vector<std::string> &Params) {
  Statement S(Connection, Sql, Params);
  int Rc = sqlite3_step(S.get());
  if (Rc != SQLITE_DONE && Rc != SQLITE_ROW)
    throw std::runtime_error(std::string("SQL error: ") +
                             sqlite3_errmsg(Connection));
}

std::vector<Row> Database::query(const std::string &Sql,
                                 const std::vector<std::string> &Params) {
  Statement S(Connection, Sql, Params);
  std::vector<Row> Rows;
  int Rc;
  while ((Rc = sqlite3_step(S.get())) == SQLITE_ROW) {
    Row R;
    for (int C = 0; C < sqlite3_column_count(S.get()); ++C) {
      const unsigned char *Text = sqlite3_column_text(S.get(), C);
      R[sqlite3_column_name(S.get(), C)] =
          Text ? reinterpret_cast<const char *>(Text) : "";
    }
    Rows.push_back(std::move(R));
  }
  if (Rc != SQLITE_DONE)
    throw std::runtime_error(std::string("SQL error: ") +
                             sqlite3_errmsg(Connection));
  return Rows;
}

long long Database::lastInsertId() const {
  return sqlite3_last_insert_rowid(Connection);
}

int Database::changes() const { return sqlite3_changes(Connection); }

} // namespace shop
