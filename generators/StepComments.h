//===--- StepComments.h - Gherkin steps as comments of a test --*- C++ -*-===//
//
// How a scenario's steps read inside the test skeleton that waits for them
// to be written as code: Given, When and Then blocks of comments, with
// their data tables aligned and their doc strings kept.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_STEPCOMMENTS_H
#define ITDD_GENERATORS_STEPCOMMENTS_H

#include "gherkin/Gherkin.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// The steps as comment blocks, a blank line between Given, When and Then.
/// After the last When, DriveHint (unless empty) says where to act.
std::string stepComments(const std::vector<gherkin::Step> &Steps,
                         llvm::StringRef DriveHint);

/// A Background's steps as comments of SetUp(), or "" without one.
std::string backgroundComment(const std::optional<gherkin::Background> &Bg);

} // namespace itdd

#endif // ITDD_GENERATORS_STEPCOMMENTS_H
