//===--- GherkinTestSupport.h - reading .feature text in tests --*- C++ -*-===//
//
// What the Gherkin reader's tests share: parsing a text that must be read,
// and checking where and how a text that must be refused is refused.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_GHERKIN_GHERKINTESTSUPPORT_H
#define ITDD_TEST_GHERKIN_GHERKINTESTSUPPORT_H

#include "gherkin/Gherkin.h"
#include "gtest/gtest.h"
#include <stdexcept>

namespace itdd {
namespace gherkin {

using Strings = std::vector<std::string>;

inline Feature parse(llvm::StringRef Text) {
  llvm::Expected<Feature> Result = parseFeature(Text, "f.feature");
  if (!Result) {
    ADD_FAILURE() << llvm::toString(Result.takeError());
    return Feature();
  }
  return std::move(*Result);
}

/// The value of an optional the test expects to be set; a missing one ends
/// the test with an exception that GoogleTest reports.
template <typename T> const T &valueOf(const std::optional<T> &Optional) {
  if (!Optional)
    throw std::logic_error("expected a value in an empty std::optional");
  return *Optional;
}

/// Passes when Text is refused with "f.feature:LINE:COLUMN: error: " and a
/// message containing Message.
inline ::testing::AssertionResult failsAt(llvm::StringRef Text, unsigned Line,
                                          unsigned Column,
                                          llvm::StringRef Message) {
  llvm::Expected<Feature> Result = parseFeature(Text, "f.feature");
  if (Result)
    return ::testing::AssertionFailure() << "parsed without an error";
  std::string Error = llvm::toString(Result.takeError());
  std::string Where = "f.feature:" + std::to_string(Line) + ":" +
                      std::to_string(Column) + ": error: ";
  if (llvm::StringRef(Error).starts_with(Where) &&
      llvm::StringRef(Error).contains(Message))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "got \"" << Error << "\", wanted \"" << Where << "...\" with \""
         << Message.str() << "\"";
}

} // namespace gherkin
} // namespace itdd

#endif // ITDD_TEST_GHERKIN_GHERKINTESTSUPPORT_H
