//===--- ConfigFuzz.cpp - the itdd.* options from any key/value map -------===//
//
// The input is lines "KEY=VALUE"; a KEY that is a number names the
// itdd.* key at that index of optionSpecs(), so the fuzzer reaches every
// key without guessing its name. The values are then matched against the
// compiled configuration.
//
//===----------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "core/Config.h"
#include "llvm/ADT/SmallVector.h"

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const std::vector<OptionSpec> &Specs = optionSpecs();
  std::map<std::string, std::string> Options;
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  fuzz::textOf(Data, Size).split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    auto [Key, Value] = Line.split('=');
    unsigned Index = 0;
    if (!Key.getAsInteger(10, Index))
      Key = Specs[Index % Specs.size()].Key;
    Options[Key.str()] = Value.str();
  }
  std::vector<ConfigProblem> Problems;
  std::shared_ptr<const Config> Cfg = Config::fromOptions(Options, &Problems);
  fuzz::require(Cfg != nullptr, "a configuration is always built");
  for (const ConfigProblem &P : Problems)
    fuzz::require(!P.Key.empty() && !P.Message.empty(),
                  "a configuration problem names its key and what is wrong");
  for (const OptionSpec &Spec : Specs) {
    llvm::StringRef Value = Cfg->value(Spec.Key);
    if (Spec.Flag)
      (void)Cfg->flag(Spec.Key);
    // Match the values, the user's and the defaults, against every rule.
    Cfg->isIntegrationTestFile(Value);
    Cfg->isEntryPointName(Value);
    Cfg->isExternalBoundaryName(Value);
    Cfg->isInfrastructureName(Value);
    Cfg->isUiTypeName(Value);
    Cfg->isUiMethodName(Value);
    Cfg->isTestCodePath(Value);
    Cfg->isProjectPath(Value);
  }
  return 0;
}
