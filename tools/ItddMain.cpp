//===--- ItddMain.cpp - the itdd command line -----------------------------===//
//
// Dispatches `itdd map`, `itdd gen`, `itdd red`, `itdd sarif`, `itdd
// baseline`, `itdd explain` and `itdd init`, and prints help and
// version. Each command's options live in its own subcommand.
//
//===----------------------------------------------------------------------===//

#include "support/Process.h"
#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <unistd.h>

using namespace llvm;

namespace {

struct sigaction PreviousInt, PreviousTerm;

/// Ends the programs itdd runs (test binaries, clang-tidy), says why the
/// run stops, then hands over to LLVM's handler, which removes the
/// temporary files of unfinished outputs and shards and re-raises the
/// signal: the process ends by it (exit status 128 + its number to a
/// shell). Output files are renamed into place whole, so each is either
/// complete or untouched.
void onInterrupt(int Signal, siginfo_t *Info, void *Context) {
  static const char Int[] =
      "itdd: interrupted (SIGINT); no output was half-written: each output "
      "file is complete or untouched, and shards written so far are "
      "valid\n";
  static const char Term[] =
      "itdd: terminated (SIGTERM); no output was half-written: each output "
      "file is complete or untouched, and shards written so far are "
      "valid\n";
  itdd::killRunningProcesses();
  bool IsInt = Signal == SIGINT;
  ssize_t Written = write(STDERR_FILENO, IsInt ? Int : Term,
                          (IsInt ? sizeof(Int) : sizeof(Term)) - 1);
  (void)Written;
  const struct sigaction &Previous = IsInt ? PreviousInt : PreviousTerm;
  if (Previous.sa_flags & SA_SIGINFO)
    Previous.sa_sigaction(Signal, Info, Context);
  else if (Previous.sa_handler != SIG_DFL && Previous.sa_handler != SIG_IGN)
    Previous.sa_handler(Signal);
  // Whatever LLVM's handler restored, the run ends here.
  signal(Signal, SIG_DFL);
  raise(Signal);
  _exit(128 + Signal);
}

/// Whether the signal is ignored (a shell starts background jobs with
/// SIGINT ignored, nohup SIGHUP): read before InitLLVM hides it.
bool isIgnored(int Signal) {
  struct sigaction Current = {};
  return sigaction(Signal, nullptr, &Current) == 0 &&
         !(Current.sa_flags & SA_SIGINFO) && Current.sa_handler == SIG_IGN;
}

/// In front of LLVM's handlers (InitLLVM installed them). An ignored
/// signal stays ignored, as for any program.
void installInterruptMessage(bool IntIgnored, bool TermIgnored) {
  struct sigaction Action = {};
  Action.sa_sigaction = onInterrupt;
  Action.sa_flags = SA_SIGINFO;
  sigemptyset(&Action.sa_mask);
  if (IntIgnored)
    signal(SIGINT, SIG_IGN);
  else
    sigaction(SIGINT, &Action, &PreviousInt);
  if (TermIgnored)
    signal(SIGTERM, SIG_IGN);
  else
    sigaction(SIGTERM, &Action, &PreviousTerm);
}

/// LLVM's help lists option categories alphabetically, its "Generic
/// Options" (--help, --version) first. A command's help lists the command's
/// own options first: the shared options of Command (the first argument)
/// join its category, and the generic ones follow it.
void putCommandOptionsFirst(StringRef Command) {
  static cl::OptionCategory Generic("options of every command");
  const std::pair<cl::SubCommand *, cl::OptionCategory *> Commands[] = {
      {&itdd::MapSubcommand, &itdd::MapCategory},
      {&itdd::GenSubcommand, &itdd::GenCategory},
      {&itdd::RedSubcommand, &itdd::RedCategory},
      {&itdd::SarifSubcommand, &itdd::SarifCategory},
      {&itdd::BaselineSubcommand, &itdd::BaselineCategory},
      {&itdd::ExplainSubcommand, &itdd::ExplainCategory},
      {&itdd::InitSubcommand, &itdd::InitCategory}};
  cl::SubCommand *Named = &cl::SubCommand::getTopLevel();
  cl::OptionCategory *Own = nullptr;
  for (auto [Sub, Category] : Commands)
    if (Sub->getName() == Command) {
      Named = Sub;
      Own = Category;
    }
  for (auto &Entry : cl::getRegisteredOptions(*Named))
    for (cl::OptionCategory *&Category : Entry.second->Categories) {
      if (Category->getName() == "Generic Options")
        Category = &Generic;
      else if (Category == &itdd::SharedCategory && Own)
        Category = Own;
    }
  cl::HideUnrelatedOptions(Generic);
}

void printVersion(raw_ostream &OS) {
  OS << "itdd " << ITDD_VERSION << " (built against LLVM "
     << LLVM_VERSION_STRING << ")\n";
}

} // namespace

int main(int argc, char **argv) {
  bool IntIgnored = isIgnored(SIGINT), TermIgnored = isIgnored(SIGTERM);
  InitLLVM X(argc, argv);
  installInterruptMessage(IntIgnored, TermIgnored);
  putCommandOptionsFirst(argc > 1 ? argv[1] : "");
  cl::SetVersionPrinter(printVersion);
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "itdd: keep C++ integration tests honest.\n\n"
          "  itdd map -p BUILD [FILES...]   dependency map of the application\n"
          "  itdd map diff OLD.json NEW.json what a change did to the "
          "architecture\n"
          "  itdd map merge SHARD_DIR...    one map from the shards of "
          "several runs\n"
          "  itdd gen factory --entry CLASS  SUT assembly header for a "
          "scenario\n"
          "  itdd gen mocks                 GoogleMock classes of the "
          "boundaries\n"
          "  itdd gen builders              builders of the data types tests "
          "fill\n"
          "  itdd gen tests --feature F     red tests from Gherkin scenarios\n"
          "  itdd gen stubs -p BUILD        the API red tests need that does "
          "not exist yet\n"
          "  itdd red -- TEST_BINARY        good red, bad red, pending or not "
          "red\n"
          "  itdd sarif [INPUT...]          clang-tidy output as SARIF 2.1.0\n"
          "  itdd baseline -p BUILD         record today's findings; report "
          "only new ones\n"
          "  itdd explain -p BUILD CLASS|TEST why a class has its role, what "
          "the checks saw in a test\n"
          "  itdd init -p BUILD             propose the .clang-tidy block from "
          "the project's structure\n\n"
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
  if (itdd::ExplainSubcommand)
    return itdd::runExplain();
  if (itdd::InitSubcommand)
    return itdd::runInit();
  errs() << "itdd: no command given; run 'itdd --help' for usage\n";
  return 2;
}
