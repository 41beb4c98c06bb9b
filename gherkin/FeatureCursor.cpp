//===--- FeatureCursor.cpp - where a feature's next line goes -------------===//

#include "gherkin/FeatureCursor.h"

namespace itdd {
namespace gherkin {

std::vector<Scenario> &FeatureCursor::scenarios() {
  return Result.Rules.empty() ? Result.Scenarios
                              : Result.Rules.back().Scenarios;
}

std::optional<Background> &FeatureCursor::background() {
  return Result.Rules.empty() ? Result.Bg : Result.Rules.back().Bg;
}

std::vector<Step> *FeatureCursor::openSteps() {
  if (State == Open::Scenario)
    return &currentScenario().Steps;
  if (State != Open::Background)
    return nullptr;
  std::optional<Background> &Bg = background();
  return Bg ? &Bg->Steps : nullptr;
}

std::string *FeatureCursor::openDescription() {
  if (!DescriptionOpen)
    return nullptr;
  switch (State) {
  case Open::Feature:
    return &Result.Description;
  case Open::Rule:
    return &Result.Rules.back().Description;
  case Open::Background: {
    std::optional<Background> &Bg = background();
    return Bg ? &Bg->Description : nullptr;
  }
  case Open::Scenario:
    return &currentScenario().Description;
  case Open::Examples:
    return &currentScenario().ExampleTables.back().Description;
  case Open::Nothing:
    return nullptr;
  }
  return nullptr;
}

} // namespace gherkin
} // namespace itdd
