#pragma once
#include <map>
#include <string>

namespace library {

// Infrastructure: where the loans are kept.
class LoanStore {
public:
  virtual ~LoanStore() = default;
  virtual void save(const std::string &Member, const std::string &Book);
  virtual int loansOf(const std::string &Member) const;

private:
  std::multimap<std::string, std::string> Loans;
};

// Internal: the rules of borrowing.
class LendingService {
public:
  explicit LendingService(LoanStore &Store) : Store(Store) {}
  virtual ~LendingService() = default;
  virtual bool lend(const std::string &Member, const std::string &Book);

private:
  LoanStore &Store;
};

// The entry point: what the desk clerk's terminal calls.
class DeskController {
public:
  explicit DeskController(LendingService &Lending) : Lending(Lending) {}
  int borrow(const std::string &Member, const std::string &Book);

private:
  LendingService &Lending;
};

} // namespace library
