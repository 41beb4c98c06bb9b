//===--- DefaultValues.cpp - valid defaults for boundary data -------------===//

#include "generators/DefaultValues.h"
#include "core/Naming.h"
#include "generators/LanguageLevel.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace itdd {

namespace {

const llvm::StringSet<> &successWords() {
  static const llvm::StringSet<> Words = {
      "ok",         "okay",      "success",   "successful", "succeeded",
      "succeed",    "approved",  "approve",   "accepted",   "authorized",
      "authorised", "sent",      "delivered", "valid",      "verified",
      "confirmed",  "completed", "complete",  "paid",       "captured",
      "active",     "available", "enabled",   "healthy",    "allowed",
      "granted",    "settled",   "ready",     "online",     "reachable",
      "connected",  "passed",    "done",      "processed",  "good",
      "up"};
  return Words;
}

const llvm::StringSet<> &troubleWords() {
  static const llvm::StringSet<> Words = {
      "declined",   "decline",   "fraud",     "fraudulent",   "error",
      "errors",     "err",       "failed",    "failure",      "failures",
      "fail",       "fails",     "rejected",  "reject",       "rejection",
      "denied",     "deny",      "invalid",   "expired",      "blocked",
      "cancelled",  "canceled",  "cancel",    "timeout",      "timedout",
      "suspended",  "disabled",  "banned",    "refused",      "insufficient",
      "overdue",    "locked",    "duplicate", "unknown",      "unspecified",
      "undefined",  "none",      "unset",     "missing",      "retry",
      "retries",    "warning",   "warnings",  "problem",      "problems",
      "bounced",    "bounce",    "spam",      "risk",         "risky",
      "suspicious", "flagged",   "disputed",  "dispute",      "chargeback",
      "reversed",   "voided",    "offline",   "unavailable",  "exceeded",
      "violation",  "aborted",   "abort",     "unauthorized", "forbidden",
      "conflict",   "throttled", "rejects",   "fault",        "faulted",
      "down"};
  return Words;
}

bool readsAsTrouble(llvm::StringRef Word) {
  if (troubleWords().contains(Word))
    return true;
  // "unverified", "inactive", "disallowed": a success word negated.
  for (llvm::StringRef Prefix : {"un", "in", "dis", "non"})
    if (Word.starts_with(Prefix) &&
        successWords().contains(Word.drop_front(Prefix.size())))
      return true;
  return false;
}

/// Nothing or a zero written another way: "", "0", "{}", "0.0f", "\"\"",
/// "false", "nullptr".
bool isEmptyInitializer(llvm::StringRef Text) {
  Text = Text.trim();
  while (Text.consume_front("{") && Text.consume_back("}"))
    Text = Text.trim();
  if (Text.empty() || Text == "\"\"" || Text == "false" || Text == "nullptr" ||
      Text == "std::nullopt")
    return true;
  Text = Text.rtrim("fFuUlL");
  return !Text.empty() && Text.find_first_not_of("0.") == llvm::StringRef::npos;
}

std::optional<FieldDefault> numberDefault(llvm::StringRef Name, bool Floating,
                                          llvm::StringRef Initializer,
                                          bool ForAnswer) {
  if (readingOf(Name) == Reading::Trouble)
    return std::nullopt;
  std::vector<std::string> Words = splitIdentifierWords(Name);
  auto Has = [&](llvm::StringRef W) { return llvm::is_contained(Words, W); };
  if (!isEmptyInitializer(Initializer))
    return std::nullopt;
  // An HTTP status of zero is no answer at all.
  if (Has("http") || (Has("status") && Has("code")))
    return FieldDefault{"200", false};
  // A factor of zero multiplies everything away (a fee or tax rate of
  // zero is fine).
  static const llvm::StringSet<> Factors = {"ratio", "factor", "multiplier"};
  if (Factors.contains(Words.back()) ||
      (Words.back() == "rate" && (Has("exchange") || Has("conversion"))))
    return FieldDefault{Floating ? "1.0" : "1", false};
  // What a call that creates something returns is its id.
  static const llvm::StringSet<> Creating = {"create",   "register", "insert",
                                             "generate", "next",     "new",
                                             "allocate", "issue"};
  bool Id = ForAnswer && Creating.contains(Words.front());
  if (!Id && !zeroIsSentinel(Name))
    return std::nullopt;
  static const llvm::StringSet<> Ids = {"id",  "identifier", "number",
                                        "num", "seq",        "sequence"};
  if (Id || Ids.contains(Words.back()))
    return ForAnswer ? FieldDefault{"1", false} : FieldDefault{"Number", true};
  return FieldDefault{Floating ? "100.0" : "100", false};
}

bool heldByValue(ValueWrap W) {
  return W == ValueWrap::None || W == ValueWrap::Optional ||
         W == ValueWrap::Expected;
}

std::string enumeratorOf(const DependencyMap &Map, llvm::StringRef Enum) {
  const DataType *T = Map.findData(Enum);
  if (!T || !T->Enum)
    return "";
  std::string Chosen = preferredEnumerator(T->Enumerators);
  return Chosen.empty() ? "" : Enum.str() + "::" + Chosen;
}

} // namespace

Reading readingOf(llvm::StringRef Name) {
  std::vector<std::string> Words = splitIdentifierWords(Name);
  if (llvm::any_of(Words, readsAsTrouble))
    return Reading::Trouble;
  bool Negated = llvm::any_of(Words, [](llvm::StringRef W) {
    return W == "not" || W == "no" || W == "non";
  });
  bool Success = llvm::any_of(
      Words, [](llvm::StringRef W) { return successWords().contains(W); });
  if (!Success)
    return Reading::Neutral;
  return Negated ? Reading::Trouble : Reading::Success;
}

std::string preferredEnumerator(llvm::ArrayRef<std::string> Enumerators) {
  for (const std::string &E : Enumerators)
    if (readingOf(E) == Reading::Success)
      return E;
  for (const std::string &E : Enumerators)
    if (readingOf(E) == Reading::Neutral)
      return E;
  return Enumerators.empty() ? "" : Enumerators.front();
}

bool zeroIsSentinel(llvm::StringRef Name) {
  static const llvm::StringSet<> Words = {
      "id",       "identifier", "number",    "num",      "seq",
      "sequence", "amount",     "total",     "subtotal", "price",
      "cost",     "cents",      "sum",       "quantity", "qty",
      "count",    "balance",    "timestamp", "epoch",    "version",
      "port",     "size",       "length",    "capacity", "stock"};
  std::vector<std::string> Split = splitIdentifierWords(Name);
  // "createdAt", "sentAt" as a number: a timestamp.
  if (Split.size() > 1 && Split.back() == "at")
    return true;
  return llvm::any_of(Split,
                      [](llvm::StringRef W) { return Words.contains(W); });
}

std::string kebabName(llvm::StringRef Name) {
  return llvm::join(splitIdentifierWords(Name), "-");
}

std::string fixedInstant(llvm::StringRef Type) {
  return (Type + "(std::chrono::duration_cast<" + Type +
          "::duration>(std::chrono::seconds(1704067200)))")
      .str();
}

std::optional<FieldDefault> fieldDefault(const DependencyMap &Map,
                                         const DataField &Field,
                                         BuilderCall Builder) {
  const ValueShape &S = Field.Shape;
  // Optionals, pointers and smart pointers stay empty: "not there" is a
  // valid answer, and a test that needs one says so.
  if (S.Wrap != ValueWrap::None)
    return std::nullopt;
  Reading R = readingOf(Field.Name);
  bool Authored = !isEmptyInitializer(Field.Initializer);
  switch (S.Kind) {
  case ValueKind::String:
    if (R == Reading::Trouble || Authored)
      return std::nullopt;
    return FieldDefault{
        "\"" + kebabName(Field.Name) + "-\" + std::to_string(Number)", true};
  case ValueKind::StringView:
    // A view must outlive the value: a literal does.
    if (R == Reading::Trouble || Authored)
      return std::nullopt;
    return FieldDefault{"\"" + kebabName(Field.Name) + "\"", false};
  case ValueKind::Bool:
    if (R == Reading::Neutral)
      return std::nullopt;
    return FieldDefault{R == Reading::Success ? "true" : "false", false};
  case ValueKind::Integer:
  case ValueKind::Floating: {
    std::optional<FieldDefault> D =
        numberDefault(Field.Name, S.Kind == ValueKind::Floating,
                      Field.Initializer, /*ForAnswer=*/false);
    // A float takes a float literal: no narrowing from double.
    if (D && Field.Type == "float" &&
        llvm::StringRef(D->Expression).contains('.'))
      D->Expression += "f";
    return D;
  }
  case ValueKind::Enum:
    if (std::string E = enumeratorOf(Map, S.Target); !E.empty())
      return FieldDefault{E, false};
    return std::nullopt;
  case ValueKind::Record:
    if (std::string Call = Builder(S.Target); !Call.empty())
      return FieldDefault{Call, false};
    return std::nullopt;
  case ValueKind::TimePoint:
    return FieldDefault{fixedInstant(Field.Type), false};
  case ValueKind::Container:
  case ValueKind::Other:
    break;
  }
  return std::nullopt;
}

std::optional<std::string> defaultAnswer(const DependencyMap &Map,
                                         const Method &M, BuilderCall Builder) {
  const ValueShape &S = M.Returns;
  auto Return = [](llvm::StringRef Value) {
    return "::testing::Return(" + Value.str() + ")";
  };
  // Built afresh for each call.
  auto EachCall = [](llvm::StringRef Value) {
    return "::testing::InvokeWithoutArgs([] { return " + Value.str() + "; })";
  };
  Reading R = readingOf(M.Name);
  if (S.Kind == ValueKind::Record) {
    std::string Call = Builder(S.Target);
    if (Call.empty())
      return std::nullopt;
    if (heldByValue(S.Wrap)) {
      // Return() copies its value into every call; a move-only answer is
      // built afresh for each one.
      const DataType *T = Map.findData(S.Target);
      if (T && !T->Copyable)
        return EachCall(Call);
      return Return(Call);
    }
    // Each call gets an object of its own: a unique_ptr hands it over.
    llvm::StringRef Type = M.ReturnType;
    if (S.Wrap == ValueWrap::UniquePtr && Type.starts_with("std::unique_ptr<"))
      return EachCall(makeUniqueExpression(languageLevel(Map), S.Target, Call));
    if (S.Wrap == ValueWrap::SharedPtr && Type.starts_with("std::shared_ptr<"))
      return EachCall("std::make_shared<" + S.Target + ">(" + Call + ")");
    return std::nullopt;
  }
  if (!heldByValue(S.Wrap))
    return std::nullopt;
  switch (S.Kind) {
  case ValueKind::Bool:
    // A boundary asked a yes-or-no question says yes, unless the question
    // is about trouble ("isBlocked").
    if (R == Reading::Trouble)
      return std::nullopt;
    return Return("true");
  case ValueKind::Enum:
    if (std::string E = enumeratorOf(Map, S.Target); !E.empty())
      return Return(E);
    return std::nullopt;
  case ValueKind::String:
  case ValueKind::StringView: {
    // What a check returns is its complaint: none is the healthy answer.
    static const llvm::StringSet<> Checks = {"validate", "check", "verify",
                                             "lint"};
    std::vector<std::string> Words = splitIdentifierWords(M.Name);
    if (R == Reading::Trouble || Words.empty() ||
        Checks.contains(Words.front()))
      return std::nullopt;
    return Return((S.Kind == ValueKind::String ? "std::string(\""
                                               : "std::string_view(\"") +
                  kebabName(M.Name) + "\")");
  }
  case ValueKind::Integer:
  case ValueKind::Floating:
    if (std::optional<FieldDefault> D =
            numberDefault(M.Name, S.Kind == ValueKind::Floating, "",
                          /*ForAnswer=*/true))
      return Return(D->Expression);
    return std::nullopt;
  case ValueKind::TimePoint:
    if (S.Wrap == ValueWrap::None)
      return Return(fixedInstant(M.ReturnType));
    return std::nullopt;
  case ValueKind::Record:
  case ValueKind::Container:
  case ValueKind::Other:
    break;
  }
  return std::nullopt;
}

std::optional<ReferredMember> referredMember(const DependencyMap &Map,
                                             const Method &M,
                                             BuilderCall Builder,
                                             bool Healthy) {
  const ValueShape &S = M.Returns;
  llvm::StringRef Type = llvm::StringRef(M.ReturnType).trim();
  Type = Type.drop_back().rtrim(); // The '&'.
  if (!Type.consume_front("const "))
    Type.consume_back(" const");
  ReferredMember Member{Type.trim().str(), "{}"};
  if (S.Kind == ValueKind::Other)
    return std::nullopt;
  if (S.Kind != ValueKind::Record)
    return Member;
  // The builder's call is empty when no builder can make the class.
  std::string Call = Builder(S.Target);
  if (Call.empty())
    return std::nullopt;
  if (Healthy)
    Member.Init = " = " + Call;
  else if (const DataType *T = Map.findData(S.Target); !T || T->FromConstructor)
    return std::nullopt;
  return Member;
}

} // namespace itdd
