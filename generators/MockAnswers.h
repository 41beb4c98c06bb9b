//===--- MockAnswers.h - how generated mocks answer ------------*- C++ -*-===//
//
// The choice a user makes once for every mock itdd writes, whether in a
// mocks header or inside a factory: what a call no test configured returns.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_MOCKANSWERS_H
#define ITDD_GENERATORS_MOCKANSWERS_H

#include <string>

namespace itdd {

/// How mocks answer the calls no test configured.
struct MockAnswers {
  /// Answer like a healthy third party (built data, yes to yes-or-no
  /// questions); off: GoogleMock's value-initialised defaults.
  bool Enabled = true;
  /// Where the builders are: "" for the mocks' own namespace, else "ns::".
  std::string BuilderQualifier;
};

} // namespace itdd

#endif // ITDD_GENERATORS_MOCKANSWERS_H
