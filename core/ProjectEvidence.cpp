//===--- ProjectEvidence.cpp - what itdd init infers roles from -----------===//

#include "core/ProjectEvidence.h"
#include "llvm/ADT/STLExtras.h"
#include <map>
#include <tuple>

using namespace llvm;

namespace itdd {

namespace {

template <typename T> void sortUnique(std::vector<T> &V) {
  llvm::sort(V);
  V.erase(std::unique(V.begin(), V.end()), V.end());
}

json::Array strings(const std::vector<std::string> &V) {
  return json::Array(V);
}

bool readStrings(const json::Object &O, StringRef Key,
                 std::vector<std::string> &Out) {
  const json::Array *A = O.getArray(Key);
  if (!A)
    return false;
  for (const json::Value &V : *A) {
    std::optional<StringRef> S = V.getAsString();
    if (!S)
      return false;
    Out.push_back(S->str());
  }
  return true;
}

json::Array links(const std::vector<ClassLink> &V) {
  json::Array A;
  for (const ClassLink &L : V)
    A.push_back(json::Array{L.From, L.To});
  return A;
}

bool readLinks(const json::Object &O, StringRef Key,
               std::vector<ClassLink> &Out) {
  const json::Array *A = O.getArray(Key);
  if (!A)
    return false;
  for (const json::Value &V : *A) {
    const json::Array *Pair = V.getAsArray();
    if (!Pair || Pair->size() != 2)
      return false;
    std::optional<StringRef> From = (*Pair)[0].getAsString();
    std::optional<StringRef> To = (*Pair)[1].getAsString();
    if (!From || !To)
      return false;
    Out.push_back({From->str(), To->str()});
  }
  return true;
}

json::Value toJSON(const TestFileEvidence &F) {
  json::Array Tests;
  for (const TestEvidence &T : F.Tests)
    Tests.push_back(json::Object{{"name", T.Name},
                                 {"components", strings(T.Components)},
                                 {"used", strings(T.Used)},
                                 {"support_calls", strings(T.SupportCalls)},
                                 {"functions", strings(T.Functions)}});
  return json::Object{{"file", F.File},
                      {"tests", std::move(Tests)},
                      {"mocked", strings(F.Mocked)}};
}

std::optional<TestFileEvidence> testFileFromJSON(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  const json::Array *Tests = O ? O->getArray("tests") : nullptr;
  std::optional<StringRef> File = O ? O->getString("file") : std::nullopt;
  if (!Tests || !File)
    return std::nullopt;
  TestFileEvidence F;
  F.File = File->str();
  if (!readStrings(*O, "mocked", F.Mocked))
    return std::nullopt;
  for (const json::Value &TV : *Tests) {
    const json::Object *TO = TV.getAsObject();
    std::optional<StringRef> Name = TO ? TO->getString("name") : std::nullopt;
    TestEvidence T;
    if (!Name || !readStrings(*TO, "components", T.Components) ||
        !readStrings(*TO, "used", T.Used) ||
        !readStrings(*TO, "support_calls", T.SupportCalls) ||
        !readStrings(*TO, "functions", T.Functions))
      return std::nullopt;
    T.Name = Name->str();
    F.Tests.push_back(std::move(T));
  }
  return F;
}

json::Value toJSON(const FileEvidence &F) {
  json::Array Includes;
  for (const OutsideInclude &I : F.Includes)
    Includes.push_back(
        json::Object{{"spelled", I.Spelled}, {"system", I.System}});
  return json::Object{{"file", F.File},
                      {"classes", strings(F.Classes)},
                      {"includes", std::move(Includes)}};
}

std::optional<FileEvidence> fileFromJSON(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  const json::Array *Includes = O ? O->getArray("includes") : nullptr;
  std::optional<StringRef> File = O ? O->getString("file") : std::nullopt;
  FileEvidence F;
  if (!Includes || !File || !readStrings(*O, "classes", F.Classes))
    return std::nullopt;
  F.File = File->str();
  for (const json::Value &IV : *Includes) {
    const json::Object *IO = IV.getAsObject();
    std::optional<StringRef> Spelled =
        IO ? IO->getString("spelled") : std::nullopt;
    std::optional<bool> System = IO ? IO->getBoolean("system") : std::nullopt;
    if (!Spelled || !System)
      return std::nullopt;
    F.Includes.push_back({Spelled->str(), *System});
  }
  return F;
}

} // namespace

void ProjectEvidence::normalize() {
  // A header's facts are seen by every translation unit that includes it;
  // a test source is one translation unit, but may be listed twice.
  std::map<std::string, TestFileEvidence> Tests;
  for (TestFileEvidence &F : TestFiles)
    Tests.try_emplace(F.File, std::move(F));
  TestFiles.clear();
  for (auto &[File, F] : Tests) {
    sortUnique(F.Mocked);
    TestFiles.push_back(std::move(F));
  }
  std::map<std::string, FileEvidence> ByFile;
  for (FileEvidence &F : Files) {
    FileEvidence &Into = ByFile[F.File];
    Into.File = F.File;
    Into.Classes.insert(Into.Classes.end(), F.Classes.begin(), F.Classes.end());
    Into.Includes.insert(Into.Includes.end(), F.Includes.begin(),
                         F.Includes.end());
  }
  Files.clear();
  for (auto &[File, F] : ByFile) {
    sortUnique(F.Classes);
    sortUnique(F.Includes);
    Files.push_back(std::move(F));
  }
  llvm::sort(OutsideImplementations, [](const OutsideImplementation &L,
                                        const OutsideImplementation &R) {
    return std::tie(L.Name, L.Interface) < std::tie(R.Name, R.Interface);
  });
  OutsideImplementations.erase(
      std::unique(
          OutsideImplementations.begin(), OutsideImplementations.end(),
          [](const OutsideImplementation &L, const OutsideImplementation &R) {
            return L.Name == R.Name && L.Interface == R.Interface;
          }),
      OutsideImplementations.end());
  sortUnique(Owns);
  sortUnique(FreeFactories);
  sortUnique(Holds);
  sortUnique(Makes);
  sortUnique(FunctionDrives);
  sortUnique(FunctionCalls);
}

void ProjectEvidence::append(ProjectEvidence Other) {
  auto Append = [](auto &Into, auto &From) {
    Into.insert(Into.end(), std::make_move_iterator(From.begin()),
                std::make_move_iterator(From.end()));
  };
  Append(TestFiles, Other.TestFiles);
  Append(Files, Other.Files);
  Append(OutsideImplementations, Other.OutsideImplementations);
  Append(Owns, Other.Owns);
  Append(FreeFactories, Other.FreeFactories);
  Append(Holds, Other.Holds);
  Append(Makes, Other.Makes);
  Append(FunctionDrives, Other.FunctionDrives);
  Append(FunctionCalls, Other.FunctionCalls);
}

json::Value toJSON(const ProjectEvidence &E) {
  json::Array Tests, Files, Outside;
  for (const TestFileEvidence &F : E.TestFiles)
    Tests.push_back(toJSON(F));
  for (const FileEvidence &F : E.Files)
    Files.push_back(toJSON(F));
  for (const OutsideImplementation &I : E.OutsideImplementations)
    Outside.push_back(json::Object{
        {"name", I.Name}, {"interface", I.Interface}, {"file", I.File}});
  return json::Object{{"test_files", std::move(Tests)},
                      {"files", std::move(Files)},
                      {"outside_implementations", std::move(Outside)},
                      {"owns", links(E.Owns)},
                      {"free_factories", links(E.FreeFactories)},
                      {"holds", links(E.Holds)},
                      {"makes", links(E.Makes)},
                      {"function_drives", links(E.FunctionDrives)},
                      {"function_calls", links(E.FunctionCalls)}};
}

std::optional<ProjectEvidence> projectEvidenceFromJSON(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  ProjectEvidence E;
  const json::Array *Tests = O->getArray("test_files");
  const json::Array *Files = O->getArray("files");
  const json::Array *Outside = O->getArray("outside_implementations");
  if (!Tests || !Files || !Outside || !readLinks(*O, "owns", E.Owns) ||
      !readLinks(*O, "free_factories", E.FreeFactories) ||
      !readLinks(*O, "holds", E.Holds) || !readLinks(*O, "makes", E.Makes) ||
      !readLinks(*O, "function_drives", E.FunctionDrives) ||
      !readLinks(*O, "function_calls", E.FunctionCalls))
    return std::nullopt;
  for (const json::Value &T : *Tests) {
    std::optional<TestFileEvidence> F = testFileFromJSON(T);
    if (!F)
      return std::nullopt;
    E.TestFiles.push_back(std::move(*F));
  }
  for (const json::Value &FV : *Files) {
    std::optional<FileEvidence> F = fileFromJSON(FV);
    if (!F)
      return std::nullopt;
    E.Files.push_back(std::move(*F));
  }
  for (const json::Value &IV : *Outside) {
    const json::Object *IO = IV.getAsObject();
    auto Field = [&](StringRef Key) {
      return IO ? IO->getString(Key) : std::nullopt;
    };
    std::optional<StringRef> Name = Field("name"),
                             Interface = Field("interface"),
                             File = Field("file");
    if (!Name || !Interface || !File)
      return std::nullopt;
    E.OutsideImplementations.push_back(
        {Name->str(), Interface->str(), File->str()});
  }
  return E;
}

} // namespace itdd
