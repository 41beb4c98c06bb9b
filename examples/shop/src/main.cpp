// shop_cli: the shop's command line over an SQLite file.
//   shop_cli DB register EMAIL PASSWORD
//   shop_cli DB stock SKU NAME PRICE_CENTS QUANTITY
//   shop_cli DB order EMAIL PASSWORD SKU:QTY...
#include "shop/app.h"

#include <iostream>

int main(int Argc, char **Argv) {
  std::vector<std::string> Args(Argv + 1, Argv + Argc);
  if (Args.size() < 2) {
    std::cerr << "usage: shop_cli DB (register EMAIL PASSWORD | stock SKU NAME "
                 "PRICE QTY | order EMAIL PASSWORD SKU:QTY...)\n";
    return 2;
  }
  shop::ShopConfig Config;
  Config.DatabasePath = Args[0];
  shop::LoggingPaymentGateway Payments(std::clog);
  shop::SmtpEmailSender Mail(std::clog, "orders@shop.example");
  try {
    shop::Shop Shop(Config, Payments, Mail);
    const std::string &Verb = Args[1];
    std::vector<std::string> Rest(Args.begin() + 2, Args.end());
    if (Verb == "register" && Rest.size() == 2) {
      bool Ok = Shop.accounts().registerCustomer(Rest[0], Rest[1]);
      std::cout << (Ok ? "registered\n" : "error: cannot register\n");
      return Ok ? 0 : 1;
    }
    if (Verb == "stock" && Rest.size() == 4) {
      Shop.products().add({Rest[0], Rest[1], std::stoll(Rest[2]), std::stoi(Rest[3])});
      std::cout << "stocked " << Rest[0] << "\n";
      return 0;
    }
    if (Verb == "order")
      return Shop.command().run(Rest, std::cout);
  } catch (const std::exception &E) {
    std::cerr << "shop_cli: " << E.what() << "\n";
    return 1;
  }
  std::cerr << "shop_cli: unknown command '" << Args[1] << "'\n";
  return 2;
}
