#include "shop/app.h"

namespace shop {

Shop::Shop(const ShopConfig &Config, PaymentGateway &Payments,
           EmailSender &Mail)
    : Db(Config.DatabasePath), Products(Db), Orders(Db), Audit(Db),
      Accounts(Db, Config.PasswordSalt), Inventory(Products),
      Pricing(Products, Config.Pricing),
      OrderFlow(Accounts, Inventory, Pricing, Orders, Payments, Mail, Audit),
      Controller(OrderFlow, Accounts, Orders), Command(Accounts, OrderFlow) {}

} // namespace shop
