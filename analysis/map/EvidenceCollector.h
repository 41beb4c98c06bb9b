//===--- EvidenceCollector.h - one unit's evidence for itdd init -*- C++
//-*-===//
//
// Gathers, from one parsed translation unit, the structural facts `itdd
// init` proposes a configuration from (core/ProjectEvidence): what its
// tests build, use and mock (the checks' own walk), which files include
// headers from outside the project (by where the header was found), which
// classes own others, the project's interfaces implemented outside it and
// the free functions that build the project's classes.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_EVIDENCECOLLECTOR_H
#define ITDD_ANALYSIS_MAP_EVIDENCECOLLECTOR_H

#include "core/Config.h"
#include "core/ProjectEvidence.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/HeaderSearch.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace itdd {

/// One #include the preprocessor followed.
struct IncludeDirective {
  std::string Includer; ///< Absolute path of the file that includes.
  std::string Header;   ///< Absolute path of the header found.
  std::string Spelled;  ///< `<a/b.h>` or `"a/b.h"`.
  /// Found in a system directory; ExternC: in one of the compiler's
  /// extern "C" system directories (the operating system's and installed
  /// libraries' C interfaces), not the C++ standard library's.
  bool System = false;
  bool ExternC = false;
};

/// The evidence of the translation unit of Ctx, whose includes were
/// Includes; Root as for the map's other location rules, MainIsTest when
/// its main file is a test source.
ProjectEvidence collectEvidence(clang::ASTContext &Ctx,
                                const clang::HeaderSearch &Headers,
                                const Config &Cfg, llvm::StringRef Root,
                                bool MainIsTest,
                                llvm::ArrayRef<IncludeDirective> Includes);

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_EVIDENCECOLLECTOR_H
