//===--- RolesTestSupport.h - role decisions on in-memory code --*- C++ -*-===//
//
// Parses a test file of the in-memory project and builds the classifier
// the checks would use on it, so each role decision can be asked about a
// class by name.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TEST_ANALYSIS_ROLESTESTSUPPORT_H
#define ITDD_TEST_ANALYSIS_ROLESTESTSUPPORT_H

#include "ParsedCode.h"
#include "analysis/ComponentClassifier.h"
#include "core/Config.h"
#include <gtest/gtest.h>

namespace itdd::testing {

class ClassifiedCode {
public:
  /// Headers below the project ("src/x.h"); Main is the test file's text.
  ClassifiedCode(const std::string &Main,
                 const std::map<std::string, std::string> &Headers,
                 const std::map<std::string, std::string> &Options = {})
      : Cfg(Config::fromOptions(Options)), Code(Main, Headers),
        Classifier(*Cfg, Code.sourceManager(), /*MainFileIsTest=*/true) {}

  const clang::CXXRecordDecl *record(const std::string &Name) {
    return Code.record(Name);
  }
  const clang::FunctionDecl *function(const std::string &Name) {
    return Code.function(Name);
  }
  Role role(const std::string &Name) {
    return Classifier.roleOf(record(Name)).Primary;
  }
  ComponentClassifier &classifier() { return Classifier; }
  ParsedCode &code() { return Code; }

private:
  std::shared_ptr<const Config> Cfg;
  ParsedCode Code;
  ComponentClassifier Classifier;
};

} // namespace itdd::testing

#endif // ITDD_TEST_ANALYSIS_ROLESTESTSUPPORT_H
