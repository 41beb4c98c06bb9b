//===--- TestSupport.cpp - what test support defined elsewhere does -------===//

#include "core/TestSupport.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace itdd {

void SupportEffects::merge(const SupportEffects &Other, bool FromLifecycle) {
  CallsEntryPoint |= Other.CallsEntryPoint;
  CallsFacade |= Other.CallsFacade;
  if (StartsProgram.empty())
    StartsProgram = Other.StartsProgram;
  Components.insert(Components.end(), Other.Components.begin(),
                    Other.Components.end());
  llvm::sort(Components);
  Components.erase(std::unique(Components.begin(), Components.end()),
                   Components.end());
  if (FromLifecycle) {
    SetupChecks += Other.OutcomeChecks + Other.SetupChecks;
  } else {
    OutcomeChecks += Other.OutcomeChecks;
    SetupChecks += Other.SetupChecks;
    BoundaryExpectations += Other.BoundaryExpectations;
  }
  InternalExpectations += Other.InternalExpectations;
}

static llvm::json::Array stringArray(const std::vector<std::string> &Items) {
  llvm::json::Array A;
  for (const std::string &S : Items)
    A.push_back(S);
  return A;
}

static std::vector<std::string> stringsOf(const llvm::json::Object &O,
                                          llvm::StringRef Key) {
  std::vector<std::string> Result;
  if (const llvm::json::Array *A = O.getArray(Key))
    for (const llvm::json::Value &V : *A)
      if (std::optional<llvm::StringRef> S = V.getAsString())
        Result.push_back(S->str());
  return Result;
}

llvm::json::Value toJSON(const SupportFunction &F) {
  llvm::json::Object O{{"key", F.Key},
                       {"name", F.Name},
                       {"file", F.File},
                       {"line", F.Line},
                       {"hash", llvm::utohexstr(F.Hash)}};
  const SupportEffects &E = F.Effects;
  if (E.CallsEntryPoint)
    O["entry_point"] = true;
  if (E.CallsFacade)
    O["facade"] = true;
  if (!E.StartsProgram.empty())
    O["starts_program"] = E.StartsProgram;
  if (!E.Components.empty())
    O["components"] = stringArray(E.Components);
  if (E.OutcomeChecks)
    O["outcome_checks"] = E.OutcomeChecks;
  if (E.SetupChecks)
    O["setup_checks"] = E.SetupChecks;
  if (E.BoundaryExpectations)
    O["boundary_expectations"] = E.BoundaryExpectations;
  if (E.InternalExpectations)
    O["internal_expectations"] = E.InternalExpectations;
  if (!F.Calls.empty())
    O["calls"] = stringArray(F.Calls);
  if (!F.Undecided.empty())
    O["undecided"] = F.Undecided;
  return O;
}

std::optional<SupportFunction> supportFunctionFromJSON(const llvm::json::Value &V) {
  const llvm::json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  std::optional<llvm::StringRef> Key = O->getString("key");
  std::optional<llvm::StringRef> Hash = O->getString("hash");
  SupportFunction F;
  if (!Key || !Hash || Hash->getAsInteger(16, F.Hash))
    return std::nullopt;
  F.Key = Key->str();
  F.Name = O->getString("name").value_or(*Key).str();
  F.File = O->getString("file").value_or("").str();
  F.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
  SupportEffects &E = F.Effects;
  auto Count = [&](llvm::StringRef Name) {
    return static_cast<unsigned>(O->getInteger(Name).value_or(0));
  };
  E.CallsEntryPoint = O->getBoolean("entry_point").value_or(false);
  E.CallsFacade = O->getBoolean("facade").value_or(false);
  E.StartsProgram = O->getString("starts_program").value_or("").str();
  E.Components = stringsOf(*O, "components");
  E.OutcomeChecks = Count("outcome_checks");
  E.SetupChecks = Count("setup_checks");
  E.BoundaryExpectations = Count("boundary_expectations");
  E.InternalExpectations = Count("internal_expectations");
  F.Calls = stringsOf(*O, "calls");
  F.Undecided = O->getString("undecided").value_or("").str();
  return F;
}

void normalizeSupport(std::vector<SupportFunction> &Functions) {
  std::stable_sort(Functions.begin(), Functions.end());
  Functions.erase(std::unique(Functions.begin(), Functions.end(),
                              [](const SupportFunction &L,
                                 const SupportFunction &R) {
                                return L.Key == R.Key;
                              }),
                  Functions.end());
}

} // namespace itdd
