//===--- ItddMain.cpp - the itdd command line -----------------------------===//
//
// Dispatches `itdd map`, `itdd gen` and `itdd red`, and prints help and
// version. Each command's options live in its own subcommand.
//
//===----------------------------------------------------------------------===//

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace {

cl::OptionCategory ItddCategory("itdd options");

cl::SubCommand MapCommand(
    "map", "Write the dependency map of the application: components, roles, "
           "constructor-injected dependencies, entry points, external "
           "boundaries");
cl::SubCommand GenCommand(
    "gen", "Generate SUT assembly factories, GoogleMock mocks and red test "
           "skeletons from Gherkin scenarios");
cl::SubCommand RedCommand(
    "red", "Run tests and classify each failure as good red, bad red, "
           "pending or not red");

cl::opt<std::string> BuildPath("p", cl::desc("Build directory holding "
                                             "compile_commands.json"),
                               cl::value_desc("dir"), cl::sub(MapCommand),
                               cl::sub(GenCommand), cl::cat(ItddCategory));
cl::list<std::string> Inputs(cl::Positional, cl::desc("[<file> ...]"),
                             cl::sub(MapCommand), cl::sub(GenCommand),
                             cl::sub(RedCommand), cl::cat(ItddCategory));

void printVersion(raw_ostream &OS) {
  OS << "itdd " << ITDD_VERSION << " (built against LLVM " << LLVM_VERSION_STRING
     << ")\n";
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(ItddCategory);
  cl::SetVersionPrinter(printVersion);
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "itdd: keep C++ integration tests honest.\n\n"
          "  itdd map -p BUILD [FILES...]   dependency map of the application\n"
          "  itdd gen ...                   factories, mocks, red tests\n"
          "  itdd red -- TEST_BINARY        classify red runs\n\n"
          "Run 'itdd <command> --help' for a command's options.\n",
          &ErrorStream)) {
    errs() << Errors;
    errs() << "Run 'itdd --help' for usage.\n";
    return 2;
  }
  if (!MapCommand && !GenCommand && !RedCommand) {
    errs() << "itdd: no command given; run 'itdd --help' for usage\n";
    return 2;
  }
  errs() << "itdd: this command is not available yet in this build\n";
  return 2;
}
