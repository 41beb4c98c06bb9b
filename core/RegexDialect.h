//===--- RegexDialect.h - Perl syntax in a POSIX regex ---------*- C++ -*-===//
//
// The itdd.* patterns are POSIX extended regular expressions (llvm::Regex).
// Written in the Perl or ECMAScript dialect most people know, they still
// compile and mean something else: `\w` is a plain `w`, `\b` a plain `b`.
// This finds that syntax so the configuration can name the POSIX spelling
// instead of silently matching nothing.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_REGEXDIALECT_H
#define ITDD_CORE_REGEXDIALECT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace itdd {

/// The Perl, ECMAScript or GNU syntax in Pattern that POSIX extended
/// syntax reads otherwise: class escapes (`\d`, `\w`, `\s` and their
/// negations, also inside brackets), anchors and word boundaries (`\b`,
/// `\B`, `\<`, `\>`, `\A`, `\z`, `\Z`), lazy and possessive quantifiers
/// (`*?`, `++`) and `(?` groups. One sentence per distinct spelling, in
/// the order they first occur, each naming it and what to write instead
/// ("'\d' matches a plain 'd' in POSIX extended syntax; write
/// '[[:digit:]]'"); empty when there is none.
std::vector<std::string> foreignRegexSyntax(llvm::StringRef Pattern);

} // namespace itdd

#endif // ITDD_CORE_REGEXDIALECT_H
