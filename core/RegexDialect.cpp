//===--- RegexDialect.cpp - Perl syntax in a POSIX regex ------------------===//

#include "core/RegexDialect.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace itdd {

namespace {

/// A Perl escape POSIX extended syntax reads as a plain character, and
/// what to write instead: outside brackets, and inside them (where a
/// backslash is itself), when there is a spelling there.
struct PerlEscape {
  char Letter;
  const char *Posix;
  const char *InBrackets;
};

const PerlEscape PerlEscapes[] = {
    {'d', "'[[:digit:]]'", "'[:digit:]'"},
    {'D', "'[^[:digit:]]'", nullptr},
    {'w', "'[[:alnum:]_]'", "'[:alnum:]_'"},
    {'W', "'[^[:alnum:]_]'", nullptr},
    {'s', "'[[:space:]]'", "'[:space:]'"},
    {'S', "'[^[:space:]]'", nullptr},
    {'b', "'[[:<:]]' (start of a word) or '[[:>:]]' (end of a word)",
     nullptr},
    {'B', "nothing: POSIX extended syntax has no 'not at a word boundary'",
     nullptr},
    {'<', "'[[:<:]]'", nullptr},
    {'>', "'[[:>:]]'", nullptr},
    {'A', "'^'", nullptr},
    {'z', "'$'", nullptr},
    {'Z', "'$'", nullptr},
};

/// Null when POSIX extended syntax reads the escape as Perl does (`\.`,
/// `\(`, `\\`).
const PerlEscape *perlEscape(char Letter) {
  for (const PerlEscape &E : PerlEscapes)
    if (E.Letter == Letter)
      return &E;
  return nullptr;
}

class Scanner {
public:
  explicit Scanner(llvm::StringRef Pattern) : P(Pattern) {}

  std::vector<std::string> run() {
    size_t I = 0;
    while (I < P.size()) {
      char C = P[I];
      if (C == '\\' && I + 1 < P.size()) {
        escape(P[I + 1]);
        I += 2;
      } else if (C == '[') {
        I = bracket(I);
      } else if (C == '(' && I + 2 < P.size() && P[I + 1] == '?') {
        group(P.substr(I, 3));
        I += 2;
      } else if (C == '*' || C == '+' || C == '?') {
        quantifier(P.substr(I, 1), I + 1);
        ++I;
      } else if (C == '{' && I + 1 < P.size() && llvm::isDigit(P[I + 1])) {
        size_t Close = P.find('}', I);
        if (Close == llvm::StringRef::npos)
          return Found;
        quantifier(P.slice(I, Close + 1), Close + 1);
        I = Close + 1;
      } else {
        ++I;
      }
    }
    return Found;
  }

private:
  void say(const std::string &Spelling, const std::string &Sentence) {
    if (llvm::is_contained(Spelled, Spelling))
      return;
    Spelled.push_back(Spelling);
    Found.push_back(Sentence);
  }

  void escape(char Letter) {
    const PerlEscape *E = perlEscape(Letter);
    if (!E)
      return;
    std::string Spelling = std::string("\\") + Letter;
    say(Spelling, "'" + Spelling + "' matches a plain '" + Letter +
                      "' in POSIX extended syntax; write " + E->Posix);
  }

  /// Skips the bracket expression opening at Open; returns where it ends.
  size_t bracket(size_t Open) {
    size_t I = Open + 1;
    if (I < P.size() && P[I] == '^')
      ++I;
    // A ']' first is a member, not the end.
    if (I < P.size() && P[I] == ']')
      ++I;
    while (I < P.size() && P[I] != ']') {
      if (P[I] == '[' && I + 1 < P.size() &&
          (P[I + 1] == ':' || P[I + 1] == '.' || P[I + 1] == '=')) {
        size_t Close = P.find(std::string{P[I + 1], ']'}, I + 2);
        if (Close == llvm::StringRef::npos)
          return P.size();
        I = Close + 2;
        continue;
      }
      const PerlEscape *E =
          P[I] == '\\' && I + 1 < P.size() ? perlEscape(P[I + 1]) : nullptr;
      if (E && E->InBrackets) {
        std::string Spelling = std::string("\\") + E->Letter;
        say("[" + Spelling, "'" + Spelling +
                                "' inside brackets is a backslash or a '" +
                                E->Letter +
                                "' in POSIX extended syntax; write " +
                                E->InBrackets + " there");
      }
      ++I;
    }
    return I + 1;
  }

  void group(llvm::StringRef Opening) {
    if (Opening == "(?:")
      say(Opening.str(), "'(?:' is an error in POSIX extended syntax; write "
                         "a plain group '('");
    else
      say(Opening.str(),
          "'" + Opening.str() +
              "' (a Perl lookaround or inline flag) is an error in POSIX "
              "extended syntax, which has neither; rewrite the pattern "
              "without it (for case, spell both: '[Ss]hop')");
  }

  /// Quantifier ends before Next: a '?' or '+' there makes it lazy or
  /// possessive.
  void quantifier(llvm::StringRef Quantifier, size_t Next) {
    if (Next >= P.size() || (P[Next] != '?' && P[Next] != '+'))
      return;
    std::string Spelling = Quantifier.str() + P[Next];
    say(Spelling, "'" + Spelling + "' (a " +
                      (P[Next] == '?' ? "lazy" : "possessive") +
                      " quantifier) is an error in POSIX extended syntax; "
                      "write '" +
                      Quantifier.str() +
                      "': whether a pattern matches does not depend on it");
  }

  llvm::StringRef P;
  std::vector<std::string> Spelled;
  std::vector<std::string> Found;
};

} // namespace

std::vector<std::string> foreignRegexSyntax(llvm::StringRef Pattern) {
  return Scanner(Pattern).run();
}

} // namespace itdd
