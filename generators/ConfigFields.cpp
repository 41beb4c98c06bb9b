//===--- ConfigFields.cpp - the factory's configuration fields ------------===//

#include "generators/ConfigFields.h"
#include "llvm/Support/ErrorHandling.h"
#include <fmt/format.h>

namespace itdd {

namespace {

/// How a field of each kind is declared in the configuration struct and
/// passed to its constructor.
struct FieldForms {
  const char *Declaration;
  const char *Use;
};

FieldForms formsOf(FieldKind Kind, LanguageLevel Level) {
  switch (Kind) {
  case FieldKind::Value:
    return {"{type} {name}{{}}", "config.{name}"};
  case FieldKind::Pointer:
    return {"{type} {name} = nullptr", "config.{name}"};
  case FieldKind::Moved:
    return {"{type} {name}{{}}", "std::move(config.{name})"};
  case FieldKind::Referenced:
    return {"{type} *{name} = nullptr",
            "requireField(config.{name}, \"{name}\")"};
  case FieldKind::Required:
    // Before C++17 there is no std::optional: a shared_ptr keeps the
    // configuration copyable.
    return {Level.hasOptional() ? "std::optional<{type}> {name}"
                                : "std::shared_ptr<{type}> {name}",
            "requireField(config.{name}, \"{name}\")"};
  }
  llvm_unreachable("every field kind has its forms");
}

} // namespace

/// "`std::ostream &log` of app::Logger's constructor.", and what the test
/// must set.
std::string fieldComment(const ConfigField &F, LanguageLevel Level) {
  const CtorParam &P = F.Param;
  llvm::StringRef Spelled = P.Type;
  bool Glued = Spelled.ends_with("&") || Spelled.ends_with("*");
  std::string Comment = fmt::format(
      "`{type}{space}{param}` of {of}.", fmt::arg("type", P.Type),
      fmt::arg("space", P.Name.empty() || Glued ? "" : " "),
      fmt::arg("param", P.Name),
      fmt::arg("of", F.Function.empty() ? F.Class + "'s constructor"
                                        : F.Class + "::" + F.Function));
  if (F.Kind == FieldKind::Required && !Level.hasOptional())
    return fmt::format("{0} Required: {1} has no default value; set it with "
                       "std::make_shared<{1}>(...).",
                       Comment, P.ValueType);
  if (F.Kind == FieldKind::Required)
    return fmt::format("{0} Required: {1} has no default value.", Comment,
                       P.ValueType);
  if (F.Kind != FieldKind::Referenced)
    return Comment;
  if (P.Abstract)
    return fmt::format("{0} Required: points at an object of a class derived "
                       "from {1} that outlives the system.",
                       Comment, P.ValueType);
  return Comment + " Required: points at an object that outlives the system.";
}

std::string fieldDeclaration(const ConfigField &F, LanguageLevel Level) {
  return fmt::format(fmt::runtime(formsOf(F.Kind, Level).Declaration),
                     fmt::arg("type", F.Param.ValueType),
                     fmt::arg("name", F.Name));
}

/// The expression that passes the field to its constructor.
std::string fieldUse(const ConfigField &F) {
  return fmt::format(fmt::runtime(formsOf(F.Kind, LanguageLevel()).Use),
                     fmt::arg("name", F.Name));
}

} // namespace itdd
