//===--- FeatureCursor.h - where a feature's next line goes -----*- C++ -*-===//
//
// The feature the Gherkin reader has built so far and the part of it that
// is open: where a step, a table, a doc string or free text goes next.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GHERKIN_FEATURECURSOR_H
#define ITDD_GHERKIN_FEATURECURSOR_H

#include "gherkin/Gherkin.h"

namespace itdd {
namespace gherkin {

/// The part of the feature that the next line continues.
enum class Open { Nothing, Feature, Rule, Background, Scenario, Examples };

class FeatureCursor {
public:
  /// Part's header was read: what follows belongs to it, free text first
  /// to its description.
  void open(Open Part) {
    State = Part;
    DescriptionOpen = true;
  }

  /// The scenarios of the open Rule, or of the Feature before any Rule.
  std::vector<Scenario> &scenarios();

  /// Only valid while a Scenario or its Examples are open.
  Scenario &currentScenario() { return scenarios().back(); }

  /// The Background of the open Rule, or of the Feature before any Rule.
  std::optional<Background> &background();

  /// Where a step goes now, or null when no Scenario or Background is open.
  std::vector<Step> *openSteps();

  /// Where a free-text line goes now, or null after the first step, table
  /// or doc string of the open part.
  std::string *openDescription();

  Feature Result;
  Open State = Open::Nothing;
  /// Free text is still the description of the open part.
  bool DescriptionOpen = false;
};

} // namespace gherkin
} // namespace itdd

#endif // ITDD_GHERKIN_FEATURECURSOR_H
