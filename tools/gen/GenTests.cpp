//===--- GenTests.cpp - itdd gen tests ------------------------------------===//
//
// `itdd gen tests`: one GoogleTest skeleton per Gherkin scenario, using a
// factory header written by `itdd gen factory`; with --check, the
// scenarios and the tests that drifted apart.
//
//===----------------------------------------------------------------------===//

#include "tools/gen/GenCommand.h"
#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "generators/FactoryInfo.h"
#include "generators/FeatureFiles.h"
#include "generators/TestSkeletons.h"
#include "llvm/Support/MemoryBuffer.h"
#include <set>

using namespace llvm;

namespace itdd {
namespace gen {

namespace {

cl::list<std::string> Features(
    "feature",
    cl::desc("tests: a Gherkin .feature file, or a directory of them "
             "(repeatable)"),
    cl::value_desc("file"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<std::string> FactoryHeader(
    "factory",
    cl::desc("tests: the header written by 'itdd gen factory' that the "
             "tests assemble the system with"),
    cl::value_desc("header"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<bool> Check(
    "check",
    cl::desc("tests: write nothing; report scenarios without a test and "
             "tests that match no scenario in -o and the named test files; "
             "exit 1 when they drifted apart"),
    cl::sub(GenSubcommand), cl::cat(GenCategory));

/// The features named by --feature, directories expanded (sorted).
std::optional<std::vector<FeatureSource>> readFeatures() {
  if (Features.empty()) {
    usage("tests: name the Gherkin files with --feature F.feature (or a "
          "directory of them)");
    return std::nullopt;
  }
  Expected<std::vector<FeatureSource>> Read =
      readFeatureFiles(Features, "itdd gen");
  if (!Read) {
    errs() << toString(Read.takeError()) << "\n";
    return std::nullopt;
  }
  return std::move(*Read);
}

int checkTests(ArrayRef<FeatureSource> Sources,
               ArrayRef<std::string> TestFiles) {
  Expected<std::vector<ExpectedTest>> Expected = expectedTests(Sources);
  if (!Expected) {
    errs() << "itdd gen tests: " << toString(Expected.takeError()) << "\n";
    return 2;
  }
  struct Located {
    FoundTest Test;
    std::string File;
  };
  std::vector<Located> Found;
  for (const std::string &File : TestFiles) {
    auto Buffer = MemoryBuffer::getFile(File);
    if (!Buffer) {
      errs() << "itdd gen tests --check: cannot read '" << File
             << "': " << Buffer.getError().message() << "\n";
      return 2;
    }
    // The health check belongs to a feature, not to a scenario.
    for (FoundTest &T : findTests((*Buffer)->getBuffer()))
      if (T.Name != HealthCheckName)
        Found.push_back({std::move(T), File});
  }
  auto Strip = [](StringRef Name) {
    Name.consume_front("DISABLED_");
    return Name;
  };
  unsigned Drift = 0;
  std::set<size_t> Matched;
  for (const ExpectedTest &E : *Expected) {
    bool Has = false;
    for (size_t I = 0; I < Found.size(); ++I) {
      const FoundTest &T = Found[I].Test;
      bool Match = E.Parameterized ? Strip(T.Suite) == E.Suite
                                   : Strip(T.Name) == E.Name;
      if (Match) {
        Has = true;
        Matched.insert(I);
      }
    }
    if (!Has) {
      ++Drift;
      outs() << E.Where << ": scenario '" << E.Scenario << "' has no test "
             << "(expected " << (E.Parameterized ? "TEST_P(" : "TEST_F(")
             << E.Suite << ", " << E.Name << "))\n";
    }
  }
  for (size_t I = 0; I < Found.size(); ++I)
    if (!Matched.count(I)) {
      ++Drift;
      outs() << Found[I].File << ":" << Found[I].Test.Line << ": test "
             << Found[I].Test.Suite << "." << Found[I].Test.Name
             << " matches no scenario\n";
    }
  if (!Quiet)
    errs() << "itdd gen tests --check: " << Expected->size() << " scenarios, "
           << Found.size() << " tests, " << Drift
           << (Drift == 1 ? " difference\n" : " differences\n");
  return Drift ? 1 : 0;
}

} // namespace

bool testsCheckOnly() { return Check; }

int runTests(ArrayRef<std::string> TestFiles) {
  std::optional<std::vector<FeatureSource>> Sources = readFeatures();
  if (!Sources)
    return 2;
  if (Check) {
    std::vector<std::string> Files(TestFiles.begin(), TestFiles.end());
    if (Output != "-")
      Files.insert(Files.begin(), Output);
    if (Files.empty())
      return usage("tests --check: name the test file with -o (and any "
                   "other test files after the options)");
    return checkTests(*Sources, Files);
  }
  if (!TestFiles.empty())
    return usage("tests: unexpected argument '" + TestFiles.front() +
                 "'; test files are only read with --check");
  if (FactoryHeader.empty())
    return usage("tests: name the factory header with --factory (written by "
                 "'itdd gen factory')");
  auto Buffer = MemoryBuffer::getFile(FactoryHeader);
  if (!Buffer)
    return usage("cannot read '" + FactoryHeader +
                 "': " + Buffer.getError().message());
  std::optional<FactoryInfo> Info =
      parseFactoryInfo((*Buffer)->getBuffer());
  if (!Info)
    return usage(FactoryHeader + " was not written by 'itdd gen factory' (it "
                                 "has no itdd-factory line); generate it "
                                 "first");
  if (!Name.empty() && Name != Info->Name)
    return usage("--name " + Name + " does not match " + FactoryHeader +
                 ", which assembles " + Info->Name + "System");
  std::string Include = Output == "-" ? FactoryHeader.getValue()
                                      : includePath(Output, FactoryHeader);
  Expected<std::string> Body = generateTestSkeletons(*Sources, *Info, Include);
  if (!Body) {
    errs() << "itdd gen tests: " << toString(Body.takeError()) << "\n";
    return 2;
  }
  return write(*Body);
}

} // namespace gen
} // namespace itdd
