//===--- GTestOutput.cpp - reading what a GoogleTest binary wrote ---------===//

#include "red/GTestOutput.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

namespace itdd::red {

Failure parseFailure(llvm::StringRef Text) {
  auto [Head, Message] = Text.split('\n');
  Failure F;
  F.Message = Message.rtrim().str();
  Head.consume_back(": Failure");
  if (Head == "unknown file")
    return F;
  size_t Colon = Head.rfind(':');
  unsigned Line = 0;
  if (Colon != llvm::StringRef::npos &&
      !Head.drop_front(Colon + 1).getAsInteger(10, Line)) {
    F.File = Head.take_front(Colon).str();
    F.Line = Line;
  }
  return F;
}

llvm::Expected<std::vector<TestOutcome>>
parseJsonReport(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> Root = llvm::json::parse(Text);
  if (!Root)
    return Root.takeError();
  auto Bad = [] {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not a GoogleTest JSON report");
  };
  const llvm::json::Object *Top = Root->getAsObject();
  const llvm::json::Array *Suites = Top ? Top->getArray("testsuites") : nullptr;
  if (!Suites)
    return Bad();
  std::vector<TestOutcome> Result;
  for (const llvm::json::Value &SuiteValue : *Suites) {
    const llvm::json::Object *Suite = SuiteValue.getAsObject();
    const llvm::json::Array *Tests = Suite ? Suite->getArray("testsuite") : nullptr;
    if (!Tests)
      return Bad();
    for (const llvm::json::Value &TestValue : *Tests) {
      const llvm::json::Object *Test = TestValue.getAsObject();
      if (!Test)
        return Bad();
      // Disabled tests and tests outside a shard are listed but never run.
      if (Test->getString("status").value_or("") != "RUN")
        continue;
      TestOutcome T;
      T.Suite = Test->getString("classname").value_or("").str();
      T.Name = Test->getString("name").value_or("").str();
      T.File = Test->getString("file").value_or("").str();
      T.Line = static_cast<unsigned>(Test->getInteger("line").value_or(0));
      if (const llvm::json::Array *Failures = Test->getArray("failures"))
        for (const llvm::json::Value &F : *Failures)
          if (const llvm::json::Object *FO = F.getAsObject())
            T.Failures.push_back(parseFailure(FO->getString("failure").value_or("")));
      if (!T.Failures.empty())
        T.End = Ending::Failed;
      else if (Test->getString("result").value_or("") == "SKIPPED")
        T.End = Ending::Skipped;
      else
        T.End = Ending::Passed;
      Result.push_back(std::move(T));
    }
  }
  return Result;
}

namespace {

/// "[ TAG ] rest" -> rest, when Line carries that tag.
bool tagged(llvm::StringRef Line, llvm::StringRef Tag, llvm::StringRef &Rest) {
  if (!Line.starts_with("[") || Line.size() < 13 || Line[11] != ']')
    return false;
  if (Line.slice(1, 11).trim() != Tag)
    return false;
  Rest = Line.drop_front(12).trim();
  return true;
}

/// "Suite.Name (3 ms)" or "Suite.Name/0, where GetParam() = 4 (0 ms)".
llvm::StringRef testNameOf(llvm::StringRef Rest) {
  Rest = Rest.split(", where ").first;
  size_t Paren = Rest.rfind(" (");
  return Paren == llvm::StringRef::npos ? Rest : Rest.take_front(Paren);
}

/// "file:12: Failure", "unknown file: Failure", "file:3: Skipped".
bool failureHeader(llvm::StringRef Line, llvm::StringRef &Place,
                   llvm::StringRef &Kind) {
  if (!Line.ends_with(": Failure") && !Line.ends_with(": Skipped"))
    return false;
  Kind = Line.take_back(7);
  Place = Line.drop_back(9);
  if (Place == "unknown file")
    return true;
  size_t Colon = Place.rfind(':');
  unsigned Number = 0;
  return Colon != llvm::StringRef::npos && Colon > 0 &&
         !Place.drop_front(Colon + 1).getAsInteger(10, Number);
}

class ConsoleReader {
public:
  ConsoleReport read(llvm::StringRef Text) {
    llvm::SmallVector<llvm::StringRef, 256> Lines;
    Text.split(Lines, '\n');
    for (llvm::StringRef Line : Lines)
      line(Line.rtrim("\r"));
    closeBlock();
    if (!Running.empty()) {
      Report.Unfinished = Running;
      Report.UnfinishedFailures = std::move(Failures);
    }
    return std::move(Report);
  }

private:
  enum class Block { None, Failure, Skip, Ignored };

  void closeBlock() {
    std::string Message = llvm::StringRef(BlockText).rtrim().str();
    if (BlockKind == Block::Failure) {
      Failure F = parseFailure(BlockHead + "\n" + Message);
      if (!Running.empty())
        Failures.push_back(std::move(F));
      else if (!Suite.empty())
        Report.SuiteSetupFailures[Suite] = std::move(F.Message);
    } else if (BlockKind == Block::Skip) {
      SkipMessage = std::move(Message);
    }
    BlockKind = Block::None;
    BlockText.clear();
  }

  void finish(llvm::StringRef Rest, Ending End) {
    llvm::StringRef Name = testNameOf(Rest);
    if (Running.empty() || Name != Running)
      return;
    closeBlock();
    TestOutcome T;
    size_t Dot = Name.find('.');
    T.Suite = Name.take_front(Dot).str();
    T.Name = Name.drop_front(Dot + 1).str();
    T.End = End == Ending::Passed && !Failures.empty() ? Ending::Failed : End;
    T.Failures = std::move(Failures);
    T.SkipMessage = std::move(SkipMessage);
    Report.Finished.push_back(std::move(T));
    Failures.clear();
    SkipMessage.clear();
    Running.clear();
  }

  void line(llvm::StringRef Line) {
    llvm::StringRef Rest, Place, Kind;
    if (tagged(Line, "==========", Rest)) {
      Report.IsGTest = true;
      closeBlock();
    } else if (tagged(Line, "----------", Rest)) {
      closeBlock();
      // "[----------] 3 tests from Suite" opens a suite; its end has a
      // "(N ms total)" and the environment lines have no "from".
      auto [Count, From] = Rest.split(" from ");
      if (!From.empty() && !From.ends_with(" total)"))
        Suite = From.split(", where ").first.str();
    } else if (tagged(Line, "RUN", Rest)) {
      closeBlock();
      Running = Rest.str();
      Failures.clear();
      SkipMessage.clear();
    } else if (tagged(Line, "OK", Rest)) {
      finish(Rest, Ending::Passed);
    } else if (tagged(Line, "FAILED", Rest)) {
      finish(Rest, Ending::Failed);
    } else if (tagged(Line, "SKIPPED", Rest)) {
      finish(Rest, Ending::Skipped);
    } else if (failureHeader(Line, Place, Kind)) {
      closeBlock();
      BlockKind = Kind == "Failure" ? Block::Failure : Block::Skip;
      BlockHead = Place.str();
    } else if (Line == "GMOCK WARNING:") {
      closeBlock();
      BlockKind = Block::Ignored;
    } else if (BlockKind != Block::None) {
      BlockText += Line.str() + "\n";
    }
  }

  ConsoleReport Report;
  std::string Suite, Running, SkipMessage, BlockHead, BlockText;
  std::vector<Failure> Failures;
  Block BlockKind = Block::None;
};

} // namespace

ConsoleReport parseConsoleOutput(llvm::StringRef Text) {
  return ConsoleReader().read(Text);
}

llvm::StringRef endedTestName(llvm::StringRef Line) {
  llvm::StringRef Rest;
  for (llvm::StringRef Tag : {"OK", "FAILED", "SKIPPED"})
    if (tagged(Line, Tag, Rest))
      return testNameOf(Rest);
  return {};
}

std::vector<std::string> parseTestList(llvm::StringRef Text) {
  std::vector<std::string> Result;
  std::string Suite;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    llvm::StringRef Code = Line.split('#').first.rtrim();
    if (Code.empty())
      continue;
    if (!Line.starts_with(" ")) {
      Suite = Code.ends_with(".") ? Code.drop_back().str() : std::string();
      continue;
    }
    if (!Suite.empty())
      Result.push_back(Suite + "." + Code.trim().str());
  }
  return Result;
}

} // namespace itdd::red
