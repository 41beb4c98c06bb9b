#include "shop/entry_points.h"

#include <sstream>

namespace shop {

namespace {

/// "book:2,pen:1" -> lines; empty on malformed input.
std::vector<OrderLine> parseLines(const std::string &Text) {
  std::vector<OrderLine> Lines;
  std::istringstream In(Text);
  std::string Item;
  while (std::getline(In, Item, ',')) {
    size_t Colon = Item.find(':');
    if (Colon == std::string::npos)
      return {};
    try {
      Lines.push_back({Item.substr(0, Colon), std::stoi(Item.substr(Colon + 1))});
    } catch (const std::exception &) {
      return {};
    }
  }
  return Lines;
}

std::string field(const Request &R, const std::string &Name) {
  auto It = R.Form.find(Name);
  return It == R.Form.end() ? "" : It->second;
}

} // namespace

OrderController::OrderController(OrderService &Orders,
                                 AccountService &Accounts, OrderStore &Store)
    : Orders(Orders), Accounts(Accounts), Store(Store) {}

Response OrderController::handle(const Request &R) {
  if (R.Method == "POST" && R.Path == "/login")
    return login(R);
  if (R.Method == "POST" && R.Path == "/orders")
    return placeOrder(R);
  const std::string Prefix = "/orders/";
  if (R.Method == "GET" && R.Path.rfind(Prefix, 0) == 0)
    return showOrder(R, R.Path.substr(Prefix.size()));
  return {404, "not found"};
}

Response OrderController::login(const Request &R) {
  auto Token = Accounts.login(field(R, "email"), field(R, "password"));
  if (!Token)
    return {401, "wrong e-mail or password"};
  return {200, *Token};
}

Response OrderController::placeOrder(const Request &R) {
  auto Auth = R.Headers.find("Authorization");
  std::string Token = Auth == R.Headers.end() ? "" : Auth->second;
  PlaceOrderResult Result = Orders.placeOrder(Token, parseLines(field(R, "lines")));
  if (!Result.Placed)
    return {Result.Error.rfind("sign in", 0) == 0 ? 401 : 422, Result.Error};
  if (Result.Placed->Status != OrderStatus::Confirmed)
    return {402, Result.Error};
  return {201, std::to_string(Result.Placed->Id)};
}

Response OrderController::showOrder(const Request &R, const std::string &Id) {
  auto Auth = R.Headers.find("Authorization");
  auto Customer =
      Accounts.customerOf(Auth == R.Headers.end() ? "" : Auth->second);
  if (!Customer)
    return {401, "sign in to see orders"};
  std::optional<Order> O;
  try {
    O = Store.find(std::stoll(Id));
  } catch (const std::exception &) {
    return {404, "not found"};
  }
  if (!O || O->Customer != *Customer)
    return {404, "not found"};
  return {200, std::string(toString(O->Status)) + " " + std::to_string(O->Total)};
}

PlaceOrderCommand::PlaceOrderCommand(AccountService &Accounts,
                                     OrderService &Orders)
    : Accounts(Accounts), Orders(Orders) {}

int PlaceOrderCommand::run(const std::vector<std::string> &Args,
                           std::ostream &Out) {
  if (Args.size() < 3) {
    Out << "usage: order EMAIL PASSWORD SKU:QTY...\n";
    return 2;
  }
  auto Token = Accounts.login(Args[0], Args[1]);
  if (!Token) {
    Out << "error: wrong e-mail or password\n";
    return 1;
  }
  std::vector<OrderLine> Lines;
  for (size_t I = 2; I < Args.size(); ++I) {
    std::vector<OrderLine> One = parseLines(Args[I]);
    if (One.empty()) {
      Out << "error: '" << Args[I] << "' is not SKU:QTY\n";
      return 2;
    }
    Lines.insert(Lines.end(), One.begin(), One.end());
  }
  PlaceOrderResult Result = Orders.placeOrder(*Token, Lines);
  if (!Result.Placed || Result.Placed->Status != OrderStatus::Confirmed) {
    Out << "error: " << Result.Error << "\n";
    return 1;
  }
  Out << "order " << Result.Placed->Id << " confirmed, total "
      << Result.Placed->Total << " cents\n";
  return 0;
}

CheckoutScreen::CheckoutScreen(OrderService &Orders, AccountService &Accounts)
    : Orders(Orders), Accounts(Accounts) {}

bool CheckoutScreen::signIn(const std::string &Email,
                            const std::string &Password) {
  auto T = Accounts.login(Email, Password);
  Token = T.value_or("");
  return T.has_value();
}

void CheckoutScreen::addToCart(const std::string &Sku, int Quantity) {
  Cart.push_back({Sku, Quantity});
}

bool CheckoutScreen::submitOrder() {
  PlaceOrderResult Result = Orders.placeOrder(Token, Cart);
  Error = Result.Error;
  if (Result.Placed && Result.Placed->Status == OrderStatus::Confirmed) {
    LastOrder = Result.Placed->Id;
    Cart.clear();
    return true;
  }
  return false;
}

std::string CheckoutScreen::title() const {
  return Cart.empty() ? "Your cart is empty" : "Checkout";
}

std::string CheckoutScreen::bannerColor() const {
  return Error.empty() ? "green" : "red";
}

bool CheckoutScreen::isSubmitEnabled() const {
  return !Token.empty() && !Cart.empty();
}

std::string CheckoutScreen::render() const {
  std::ostringstream Html;
  Html << "<h1>" << title() << "</h1><ul>";
  for (const OrderLine &L : Cart)
    Html << "<li>" << L.Sku << " x " << L.Quantity << "</li>";
  Html << "</ul>";
  if (!Error.empty())
    Html << "<p class=\"error\">" << Error << "</p>";
  return Html.str();
}

OrderSummaryView::OrderSummaryView(OrderStore &Store) : Store(Store) {}

void OrderSummaryView::show(long long OrderId) { Shown = Store.find(OrderId); }

std::string OrderSummaryView::headerText() const {
  return Shown ? "Order " + std::to_string(Shown->Id) : "";
}

std::string OrderSummaryView::render() const {
  if (!Shown)
    return "";
  return "<h2>" + headerText() + "</h2><p>" + toString(Shown->Status) +
         "</p><p>" + std::to_string(Shown->Total) + "</p>";
}

} // namespace shop
