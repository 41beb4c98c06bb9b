//===--- ItddMain.cpp - the itdd command line -----------------------------===//
//
// Dispatches `itdd map`, `itdd gen`, `itdd red` and `itdd sarif`, and
// prints help and version. Each command's options live in its own
// subcommand.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "CommonOptions.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;


namespace {

void printVersion(raw_ostream &OS) {
  OS << "itdd " << ITDD_VERSION << " (built against LLVM " << LLVM_VERSION_STRING
     << ")\n";
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(itdd::ItddCategory);
  cl::SetVersionPrinter(printVersion);
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "itdd: keep C++ integration tests honest.\n\n"
          "  itdd map -p BUILD [FILES...]   dependency map of the application\n"
          "  itdd map diff OLD.json NEW.json what a change did to the "
          "architecture\n"
          "  itdd gen factory --entry CLASS  SUT assembly header for a scenario\n"
          "  itdd gen mocks                 GoogleMock classes of the boundaries\n"
          "  itdd gen tests --feature F     red tests from Gherkin scenarios\n"
          "  itdd red -- TEST_BINARY        good red, bad red, pending or not red\n"
          "  itdd sarif [INPUT...]          clang-tidy output as SARIF 2.1.0\n"
          "  itdd baseline -p BUILD         record today's findings; report "
          "only new ones\n\n"
          "Run 'itdd <command> --help' for a command's options.\n",
          &ErrorStream)) {
    errs() << Errors;
    errs() << "Run 'itdd --help' for usage.\n";
    return 2;
  }
  if (itdd::MapSubcommand)
    return itdd::runMap();
  if (itdd::GenSubcommand)
    return itdd::runGen(ArrayRef<const char *>(argv, argc));
  if (itdd::RedSubcommand)
    return itdd::runRed();
  if (itdd::SarifSubcommand)
    return itdd::runSarif();
  if (itdd::BaselineSubcommand)
    return itdd::runBaseline();
  errs() << "itdd: no command given; run 'itdd --help' for usage\n";
  return 2;
}
