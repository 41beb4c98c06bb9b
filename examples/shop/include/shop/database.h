// A small RAII wrapper over an SQLite connection that creates the shop's
// schema; ":memory:" gives every test its own private database.
#pragma once

#include <map>
#include <string>
#include <vector>

struct sqlite3;

namespace shop {

using Row = std::map<std::string, std::string>;

class Database {
public:
  explicit Database(const std::string &Path);
  ~Database();
  Database(const Database &) = delete;
  Database &operator=(const Database &) = delete;

  /// Runs one statement with positional text parameters (?1, ?2, ...).
  void execute(const std::string &Sql,
               const std::vector<std::string> &Params = {});
  std::vector<Row> query(const std::string &Sql,
                         const std::vector<std::string> &Params = {});
  long long lastInsertId() const;
  /// Rows changed by the last statement.
  int changes() const;

private:
  sqlite3 *Connection = nullptr;
};

} // namespace shop
