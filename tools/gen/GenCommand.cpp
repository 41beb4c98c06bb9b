//===--- GenCommand.cpp - itdd gen ----------------------------------------===//
//
// `itdd gen factory|mocks|builders|tests`: reads the dependency map (mapping
// the compilation database, or a map file written by `itdd map`), runs a
// generator and writes its output as a generated file; `tests`, which reads
// Gherkin features instead, is in GenTests.cpp.
//
//===----------------------------------------------------------------------===//

#include "tools/gen/GenCommand.h"
#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "analysis/map/MapBuilder.h"
#include "analysis/map/Shards.h"
#include "generators/Builders.h"
#include "generators/Factory.h"
#include "generators/MapLookup.h"
#include "generators/Mocks.h"
#include "generators/Names.h"
#include "support/GeneratedFile.h"
#include "support/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace itdd {

using namespace gen;

namespace {

cl::list<std::string> Positionals(
    cl::Positional,
    cl::desc("factory|mocks|builders|tests|stubs [<source file> ...] (sources to "
             "map; "
             "default: every file of the database)"),
    cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<std::string> MapFile("map",
                             cl::desc("Read the dependency map from this "
                                      "file (written by 'itdd map') instead "
                                      "of mapping the sources"),
                             cl::value_desc("file"), cl::sub(GenSubcommand),
                             cl::cat(GenCategory));
cl::opt<bool> Force("force",
                    cl::desc("Overwrite an output file that a person edited "
                             "or that itdd did not write"),
                    cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<std::string> Entry("entry",
                           cl::desc("factory: the entry-point class the "
                                    "scenario drives (fully qualified)"),
                           cl::value_desc("class"), cl::sub(GenSubcommand),
                           cl::cat(GenCategory));
cl::opt<std::string> Namespace(
    "namespace",
    cl::desc("factory, mocks, builders: namespace of the generated code "
             "(default: the entry point's or first class's namespace + "
             "::testing)"),
    cl::value_desc("ns"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::list<std::string> Bind(
    "bind",
    cl::desc("factory: build this implementation for this interface when "
             "the map has several (repeatable)"),
    cl::value_desc("Interface=Implementation"), cl::sub(GenSubcommand),
    cl::cat(GenCategory));
cl::list<std::string> Ctor(
    "ctor",
    cl::desc("factory: which public constructor builds a class that has "
             "several: N (1-based, in declaration order) or its parameter "
             "types, comma separated; Class=N for another class than the "
             "entry point (repeatable; default: the widest)"),
    cl::value_desc("[Class=]N|types"), cl::sub(GenSubcommand),
    cl::cat(GenCategory));
cl::opt<std::string> MocksHeader(
    "mocks",
    cl::desc("factory: #include this generated mocks header instead of "
             "writing the mock classes into the factory"),
    cl::value_desc("header"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<bool> NoDefaultAnswers(
    "no-default-answers",
    cl::desc("factory, mocks: leave mocked calls to GoogleMock's "
             "value-initialised answers instead of a healthy third party's "
             "(built data, true)"),
    cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::opt<std::string> BuildersHeader(
    "builders",
    cl::desc("factory, mocks: #include this header written by 'itdd gen "
             "builders' (a path from here) instead of writing the builders "
             "the mocks answer with"),
    cl::value_desc("header"), cl::sub(GenSubcommand), cl::cat(GenCategory));
cl::list<std::string> Classes(
    "class",
    cl::desc("mocks: mock this class; builders: build this data class "
             "(repeatable; default: every external boundary interface of "
             "the map, every data type that crosses one)"),
    cl::value_desc("class"), cl::sub(GenSubcommand), cl::cat(GenCategory));
std::string Command; // What the generated header says to run.
/// Some translation units did not parse: the output is written from the
/// others, and the exit code says so.
bool PartialMap = false;

/// The dependency map from --map, or from mapping the sources.
std::optional<DependencyMap> loadMap(ArrayRef<std::string> Sources,
                                     int &Rc) {
  if (!MapFile.empty()) {
    Expected<DependencyMap> Map = readMapFile(MapFile);
    if (!Map) {
      errs() << "itdd gen: " << toString(Map.takeError()) << "\n";
      Rc = 2;
      return std::nullopt;
    }
    return std::move(*Map);
  }
  if (BuildPath.empty()) {
    Rc = usage("name the build directory with -p (the one holding "
               "compile_commands.json), or a map file with --map");
    return std::nullopt;
  }
  MapJob Job = mapJobFromOptions(
      "itdd gen", std::vector<std::string>(Sources.begin(), Sources.end()));
  MapReporter Reporter(Job.Tool, Job.Quiet);
  Expected<MapRun> Mapped = buildMap(Job, Reporter);
  if (!Mapped) {
    Rc = Reporter.cannotStart(Mapped.takeError());
    return std::nullopt;
  }
  MapRun Run = std::move(*Mapped);
  if (Run.Failed == Run.Units && Run.Units > 0) {
    errs() << "itdd gen: none of the " << Run.Units
           << " translation units could be mapped; nothing generated\n";
    Rc = 1;
    return std::nullopt;
  }
  if (Run.Failed) {
    errs() << "itdd gen: " << Run.Failed << " of " << Run.Units
           << " translation units did not parse; the map lacks what only "
              "they declare (exit code 1 once the output is written)\n";
    PartialMap = true;
  }
  return std::move(Run.Map);
}

/// The answers of the mocks: --no-default-answers, and where --builders
/// puts the builders. Fails with a message when the header is not one.
std::optional<MockAnswers> mockAnswers(StringRef Ns, std::string &Include) {
  MockAnswers Answers;
  Answers.Enabled = !NoDefaultAnswers;
  if (BuildersHeader.empty() || !Answers.Enabled)
    return Answers;
  auto Buffer = MemoryBuffer::getFile(BuildersHeader);
  if (!Buffer) {
    usage("cannot read '" + BuildersHeader +
          "': " + Buffer.getError().message());
    return std::nullopt;
  }
  std::optional<std::string> BuildersNs =
      parseBuildersNamespace((*Buffer)->getBuffer());
  if (!BuildersNs) {
    usage(BuildersHeader + " was not written by 'itdd gen builders' (it has "
                           "no itdd-builders line); generate it first");
    return std::nullopt;
  }
  if (*BuildersNs != Ns)
    Answers.BuilderQualifier = "::" + *BuildersNs + "::";
  Include = Output == "-" ? BuildersHeader.getValue()
                          : includePath(Output, BuildersHeader);
  return Answers;
}

int runFactory(ArrayRef<std::string> Sources) {
  if (Entry.empty())
    return usage("factory: name the entry point with --entry (a class users "
                 "act through, e.g. --entry shop::OrderController)");
  FactoryRequest Request;
  Request.Entry = Entry;
  Request.Name = Name.empty()
                     ? unqualifiedName(Entry).str()
                     : Name.getValue();
  bool Identifier = !Request.Name.empty() &&
                    !isDigit(Request.Name.front()) &&
                    llvm::all_of(Request.Name, [](char C) {
                      return isAlnum(C) || C == '_';
                    });
  if (!Identifier)
    return usage("--name must be a C++ identifier, e.g. --name Checkout");
  Request.MocksHeader = MocksHeader;
  for (const std::string &B : Bind) {
    auto [Interface, Impl] = StringRef(B).split('=');
    if (Interface.empty() || Impl.empty())
      return usage("--bind takes Interface=Implementation, e.g. --bind "
                   "shop::Clock=shop::SystemClock");
    Request.Bind[Interface.str()] = Impl.str();
  }
  for (const std::string &C : Ctor) {
    // "Class=choice"; a bare choice is the entry point's. Types may
    // contain '=' only after a '<' or '(' (default template arguments are
    // not written), so the first '=' before either separates the class.
    StringRef Text = C;
    size_t Eq = Text.find('=');
    size_t Open = Text.find_first_of("<(,");
    if (Eq != StringRef::npos && (Open == StringRef::npos || Eq < Open))
      Request.Ctor[Text.take_front(Eq).str()] = Text.drop_front(Eq + 1).str();
    else
      Request.Ctor[""] = Text.str();
  }
  int Rc = 0;
  std::optional<DependencyMap> Map = loadMap(Sources, Rc);
  if (!Map)
    return Rc;
  Request.Namespace =
      Namespace.empty() ? defaultNamespace(*Map, Entry) : Namespace.getValue();
  std::optional<MockAnswers> Answers =
      mockAnswers(Request.Namespace, Request.BuildersHeader);
  if (!Answers)
    return 2;
  Request.Answers = *Answers;
  Expected<std::string> Body = generateFactory(*Map, Request);
  if (!Body) {
    errs() << "itdd gen factory: " << toString(Body.takeError()) << "\n";
    return 2;
  }
  return write(*Body);
}

int runMocks(ArrayRef<std::string> Sources) {
  int Rc = 0;
  std::optional<DependencyMap> Map = loadMap(Sources, Rc);
  if (!Map)
    return Rc;
  std::string Ns = Namespace;
  if (Ns.empty()) {
    std::string First = Classes.empty() ? "" : Classes.front();
    if (First.empty()) {
      std::vector<std::string> Default = defaultMockSet(*Map);
      First = Default.empty() ? "" : Default.front();
    }
    Ns = defaultNamespace(*Map, First);
  }
  std::string Include;
  std::optional<MockAnswers> Answers = mockAnswers(Ns, Include);
  if (!Answers)
    return 2;
  Expected<std::string> Body =
      generateMocks(*Map, Classes, Ns, *Answers, Include);
  if (!Body) {
    errs() << "itdd gen mocks: " << toString(Body.takeError()) << "\n";
    return 2;
  }
  return write(*Body);
}

int runBuilders(ArrayRef<std::string> Sources) {
  int Rc = 0;
  std::optional<DependencyMap> Map = loadMap(Sources, Rc);
  if (!Map)
    return Rc;
  BuildersRequest Request;
  Request.Classes = Classes;
  Request.Namespace = Namespace;
  if (Request.Namespace.empty()) {
    std::vector<std::string> Types =
        Request.Classes.empty() ? boundaryDataTypes(*Map) : Request.Classes;
    Request.Namespace =
        defaultNamespace(*Map, Types.empty() ? "" : Types.front());
  }
  Expected<std::string> Body = generateBuilders(*Map, Request);
  if (!Body) {
    errs() << "itdd gen builders: " << toString(Body.takeError()) << "\n";
    return 2;
  }
  return write(*Body);
}

} // namespace

namespace gen {

cl::opt<std::string> Name("name",
                          cl::desc("factory, tests: the system's name; "
                                   "'Checkout' gives CheckoutSystem, "
                                   "CheckoutSystemConfig, makeCheckoutSystem"),
                          cl::value_desc("Name"), cl::sub(GenSubcommand),
                          cl::cat(GenCategory));

int usage(const Twine &Message) {
  errs() << "itdd gen: " << Message << "\n";
  return 2;
}

int write(StringRef Body) {
  Expected<WriteOutcome> Outcome =
      writeGeneratedFile(Output, Body, Command, Force);
  if (!Outcome) {
    errs() << "itdd gen: " << toString(Outcome.takeError()) << "\n";
    return 1;
  }
  if (!Quiet && Output != "-")
    errs() << "itdd gen: " << Output
           << (*Outcome == WriteOutcome::Unchanged ? " is up to date\n"
                                                   : " written\n");
  return PartialMap ? 1 : 0;
}

std::string includePath(StringRef From, StringRef To) {
  return pathFrom(sys::path::parent_path(absolutePath(From)),
                  absolutePath(To));
}

} // namespace gen

int runGen(ArrayRef<const char *> Argv) {
  Command = regenerateCommand(Argv);
  if (Positionals.empty())
    return usage("name what to generate: factory, mocks, builders, tests or "
                 "stubs "
                 "(see 'itdd gen --help')");
  StringRef Kind = Positionals.front();
  ArrayRef<std::string> Rest = ArrayRef<std::string>(Positionals).drop_front();
  // Before mapping, which can take long: an output that cannot be written,
  // or that a person edited, is refused first. --check writes nothing.
  if (Kind == "stubs")
    return gen::runStubs(Rest);
  if (!(Kind == "tests" && gen::testsCheckOnly()))
    if (Error E = checkGeneratedOutput(Output, Force)) {
      errs() << "itdd gen: " << toString(std::move(E)) << "\n";
      return 1;
    }
  if (Kind == "factory")
    return runFactory(Rest);
  if (Kind == "mocks")
    return runMocks(Rest);
  if (Kind == "builders")
    return runBuilders(Rest);
  if (Kind == "tests")
    return gen::runTests(Rest);
  return usage("unknown generator '" + Kind +
               "'; use factory, mocks, builders, tests or stubs");
}

} // namespace itdd
