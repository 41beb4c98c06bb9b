//===--- CompilationDatabase.cpp - a build's compile_commands.json --------===//

#include "analysis/map/CompilationDatabase.h"
#include "core/DependencyMap.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace itdd {

Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(StringRef BuildPath) {
  constexpr const char *Produce =
      "configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or run "
      "it under bear) to write one";
  auto Fail = [&](const Twine &Message) {
    return createStringError(inconvertibleErrorCode(), "%s",
                             Message.str().c_str());
  };
  if (sys::fs::is_regular_file(BuildPath))
    return Fail("-p takes the build directory, not a file: -p " +
                (sys::path::parent_path(BuildPath).empty()
                     ? StringRef(".")
                     : sys::path::parent_path(BuildPath)));
  SmallString<256> DbFile(BuildPath);
  sys::path::append(DbFile, "compile_commands.json");
  if (sys::fs::exists(DbFile)) {
    auto Buffer = MemoryBuffer::getFile(DbFile);
    if (!Buffer)
      return Fail("cannot read '" + DbFile + "': " +
                  Buffer.getError().message());
    StringRef Text = (*Buffer)->getBuffer();
    if (Text.trim().empty())
      return Fail(DbFile + ": the file is empty; " + Produce);
    Expected<json::Value> V = parseJsonText(Text, DbFile);
    if (!V)
      return Fail(toString(V.takeError()) + "; " + Produce);
    const json::Array *Entries = V->getAsArray();
    if (!Entries)
      return Fail(DbFile + ": expected a JSON array of compile commands "
                           "([{\"directory\": ..., \"file\": ..., "
                           "\"command\": ...}, ...]); " +
                  Produce);
    if (Entries->empty())
      return Fail(DbFile + ": it lists no translation units; " + Produce);
    for (size_t I = 0; I < Entries->size(); ++I) {
      const json::Object *O = (*Entries)[I].getAsObject();
      const char *Missing =
          !O                           ? nullptr
          : !O->getString("directory") ? "\"directory\""
          : !O->getString("file")      ? "\"file\""
          : !O->getString("command") && !O->getArray("arguments")
              ? "\"command\" or \"arguments\""
              : nullptr;
      if (O && !Missing)
        continue;
      std::string Which = "entry " + std::to_string(I + 1);
      if (std::optional<StringRef> File = O ? O->getString("file") : std::nullopt)
        Which += " ('" + File->str() + "')";
      Which += O ? " has no " + std::string(Missing) : " is not an object";
      return Fail(DbFile + ": " + Which +
                  "; every entry needs \"directory\", \"file\" and "
                  "\"command\" or \"arguments\": " +
                  Produce);
    }
  }
  if (!sys::fs::is_directory(BuildPath))
    return Fail("the build directory '" + BuildPath +
                "' does not exist; name the directory that holds "
                "compile_commands.json with -p");
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      clang::tooling::CompilationDatabase::loadFromDirectory(BuildPath,
                                                             LoadError);
  if (!DB)
    return Fail("no compile_commands.json in '" + BuildPath + "'; " +
                Produce);
  return DB;
}

void ErrorCollector::HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                                      const clang::Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  if (Level < clang::DiagnosticsEngine::Error || Messages.size() >= 3)
    return;
  SmallString<128> Text;
  Info.FormatDiagnostic(Text);
  std::string Where;
  if (Info.hasSourceManager() && Info.getLocation().isValid()) {
    clang::PresumedLoc P =
        Info.getSourceManager().getPresumedLoc(Info.getLocation());
    if (P.isValid())
      Where = std::string(P.getFilename()) + ":" +
              std::to_string(P.getLine()) + ": ";
  }
  Messages.push_back(Where + std::string(Text));
}

std::unique_ptr<clang::tooling::ClangTool>
toolFor(const clang::tooling::CompilationDatabase &DB, StringRef File,
        clang::DiagnosticConsumer &Diagnostics) {
  auto Tool = std::make_unique<clang::tooling::ClangTool>(
      DB, std::vector<std::string>{File.str()},
      std::make_shared<clang::PCHContainerOperations>(),
      vfs::createPhysicalFileSystem());
  Tool->appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      {"-Wno-everything", "-fno-caret-diagnostics",
       "-resource-dir=" ITDD_CLANG_RESOURCE_DIR},
      clang::tooling::ArgumentInsertPosition::END));
  Tool->setDiagnosticConsumer(&Diagnostics);
  Tool->setPrintErrorMessage(false);
  return Tool;
}

} // namespace itdd
