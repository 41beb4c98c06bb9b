#include "Library.h"

namespace library {

void LoanStore::save(const std::string &Member, const std::string &Book) {
  Loans.emplace(Member, Book);
}

int LoanStore::loansOf(const std::string &Member) const {
  return static_cast<int>(Loans.count(Member));
}

bool LendingService::lend(const std::string &Member, const std::string &Book) {
  if (Store.loansOf(Member) >= 3)
    return false;
  Store.save(Member, Book);
  return true;
}

int DeskController::borrow(const std::string &Member, const std::string &Book) {
  return Lending.lend(Member, Book) ? 201 : 409;
}

} // namespace library
