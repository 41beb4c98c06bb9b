//===--- Report.h - what itdd red tells CI and people ----------*- C++ -*-===//
//
// The judged tests as the summary line, the JSON for CI and the Markdown gap
// report: per feature and scenario, the verdict, the failing business
// outcome and the integration points still to build (from the dependency
// map), and the scenarios with no test at all.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_RED_REPORT_H
#define ITDD_RED_REPORT_H

#include "core/DependencyMap.h"
#include "generators/TestSkeletons.h"
#include "red/Verdict.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace itdd::red {

struct JudgedTest {
  /// "Suite.Name", or the source file for a build failure.
  std::string Name;
  Verdict Result;
  /// The scenario it belongs to, when the features are known.
  std::string Scenario;
  /// True when a build failure stands for the file's tests.
  bool BuildFailure = false;
};

struct Summary {
  unsigned GoodRed = 0, BadRed = 0, Pending = 0, NotRed = 0, Healthy = 0,
           MissingApi = 0, BlockedByBuild = 0;
};
Summary summarize(llvm::ArrayRef<JudgedTest> Tests);
/// "3 good red, 1 bad red, 1 pending, 0 not red", then the missing-api and
/// blocked-by-build counts when there are any.
std::string summaryLine(const Summary &S);
/// 0 when every test is good red, missing-api or pending (and health checks
/// pass; tests blocked by the build are not judged), 1 otherwise.
int exitCodeOf(const Summary &S);

/// The scenario (from the features) each test stands for: the test names
/// `itdd gen tests` gives, instantiation prefixes and parameters aside.
void attachScenarios(std::vector<JudgedTest> &Tests,
                     llvm::ArrayRef<FeatureSource> Features);

/// A failing health check makes every other test of its feature (its
/// suite, when the features are not known) a bad red blocked by set-up.
void applyHealthChecks(std::vector<JudgedTest> &Tests,
                       llvm::ArrayRef<FeatureSource> Features);

/// {"tests":[{"name","verdict","reason","file","line","scenario",
///  "decided-by":{"fact","value","from"}, "mock":{...}}], "summary":{...}}
llvm::json::Value toJSON(llvm::ArrayRef<JudgedTest> Tests);

/// The components between an entry point and what a failing assertion
/// observes (the classes the analysis saw, else the components its
/// expression names), in words; empty when the map names none of it.
std::vector<std::string> integrationPoints(const DependencyMap &Map,
                                           const Verdict &Failed);

/// The Markdown gap report. Map may be null.
void writeGapReport(llvm::ArrayRef<JudgedTest> Tests,
                    llvm::ArrayRef<FeatureSource> Features,
                    const DependencyMap *Map, llvm::StringRef Binary,
                    llvm::raw_ostream &OS);

} // namespace itdd::red

#endif // ITDD_RED_REPORT_H
