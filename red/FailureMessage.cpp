//===--- FailureMessage.cpp - what a GoogleTest failure says --------------===//

#include "red/FailureMessage.h"
#include "generators/TestSkeletons.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"

namespace itdd::red {

std::string firstLine(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.starts_with("Failed\n"))
    Text = Text.drop_front(7).ltrim();
  return Text.split('\n').first.trim().str();
}

bool isPendingMessage(llvm::StringRef Message) {
  // GTEST_FAIL() << marker prints "Failed" and then the streamed message;
  // GTEST_SKIP() << marker only the message. The marker must open it: a
  // business assertion that mentions the word says something else.
  Message.consume_front("Failed\n");
  return Message.starts_with(std::string(PendingMarker) + ": ");
}

namespace {

/// "  expr\n    Which is: value" blocks of "Expected equality of these
/// values:" into (expression, printed value or "").
struct Operand {
  std::string Expression, Value;
};

llvm::SmallVector<Operand, 2> equalityOperands(llvm::StringRef Body) {
  llvm::SmallVector<Operand, 2> Result;
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Body.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.starts_with("    Which is: ") && !Result.empty())
      Result.back().Value = Line.drop_front(14).str();
    else if (Line.starts_with("  ") && !Line.starts_with("   ") &&
             Result.size() < 2)
      Result.push_back({Line.trim().str(), ""});
    else if (!Line.starts_with("  "))
      break;
  }
  return Result;
}

std::string valueOf(const Operand &O) {
  return O.Value.empty() ? O.Expression : O.Value;
}

} // namespace

std::string outcomeInWords(llvm::StringRef Message, std::string *Observed) {
  llvm::SmallVector<llvm::StringRef, 4> M;
  std::string Ignored;
  std::string &Seen = Observed ? *Observed : Ignored;
  if (Message.consume_front("Expected equality of these values:\n")) {
    llvm::SmallVector<Operand, 2> Ops = equalityOperands(Message);
    if (Ops.size() == 2) {
      // The side written as a literal (no "Which is") is what was expected;
      // with two expressions, GoogleTest's (actual, expected) order.
      bool FirstIsExpected = Ops[0].Value.empty() && !Ops[1].Value.empty();
      const Operand &Actual = FirstIsExpected ? Ops[1] : Ops[0];
      const Operand &Wanted = FirstIsExpected ? Ops[0] : Ops[1];
      Seen = Actual.Expression;
      return "expected " + Actual.Expression + " to be " + valueOf(Wanted) +
             ", was " + valueOf(Actual);
    }
  }
  static const llvm::Regex Boolean(
      "^Value of: (.*)\n +Actual: (.*)\nExpected: (true|false)");
  if (Boolean.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " to be " + M[3].str() + ", was " +
           M[2].str();
  }
  static const llvm::Regex That(
      "^Value of: (.*)\nExpected: (.*)\n +Actual: (.*)");
  if (That.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[2].str() + ", was " +
           firstLine(M[3]);
  }
  static const llvm::Regex Compare(
      "^Expected: \\((.*)\\) (<|<=|>|>=|!=) \\((.*)\\), actual: (.*)");
  if (Compare.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[2].str() + " " + M[3].str() +
           ", was " + firstLine(M[4]);
  }
  static const llvm::Regex Call(
      "^Actual function call count doesn't match "
      "(EXPECT_CALL\\((.*)\\))\\.\\.\\.\n"
      " *Expected: (.*)\n *Actual: ([^-\n]*)");
  if (Call.match(Message, &M)) {
    Seen = M[1].str();
    return "expected " + M[1].str() + " " + M[3].str() + ", was " +
           llvm::StringRef(M[4]).trim().str();
  }
  return firstLine(Message);
}

ReadFailure readFailure(const Failure &F) {
  llvm::StringRef Message = F.Message;
  // "C++ exception with description "what" thrown in the test body." or
  // "Unknown C++ exception thrown in SetUp().", read without a regex: a
  // run may hold thousands of failures.
  llvm::StringRef Text = Message.trim();
  llvm::StringRef Described, Where;
  bool Thrown = false;
  if (Text.consume_front("C++ exception with description \"")) {
    size_t End = Text.rfind("\" thrown in ");
    Thrown = End != llvm::StringRef::npos;
    if (Thrown) {
      Described = Text.take_front(End);
      Where = Text.drop_front(End + 12);
    }
  } else if (Text.consume_front("Unknown C++ exception thrown in ")) {
    Thrown = true;
    Where = Text;
  }
  if (Thrown) {
    Where.consume_back(".");
    std::string What = Described.empty() ? "an unknown exception"
                                         : "\"" + Described.str() + "\"";
    if (Where.starts_with("SetUp") || Where.contains("constructor"))
      return {FailureKind::SetUpException, Where.str() + " threw " + What, {}};
    if (Where.starts_with("TearDown") || Where.contains("destructor"))
      return {FailureKind::TearDownException, Where.str() + " threw " + What,
              {}};
    return {FailureKind::BodyException, Where.str() + " threw " + What, {}};
  }
  if (std::optional<MockFailure> Mock = readMockFailure(Message))
    return {FailureKind::Mock, "", std::move(Mock)};
  if (isPendingMessage(Message))
    return {FailureKind::Pending,
            firstLine(Message.split(": ").second.split(": ").second), {}};
  return {FailureKind::Assertion, "", {}};
}

namespace {

/// The expression a null comparison's message compares ("db_" of
/// "Value of: db_ != nullptr", "(db_)" of "Expected: (db_) != (nullptr)").
llvm::StringRef comparedWithNull(llvm::StringRef Message) {
  static const llvm::Regex Compared(
      "(Value of: |Expected: )([^\n]*) != \\(?(nullptr|NULL|0)\\)?(, actual|\n|$)");
  llvm::SmallVector<llvm::StringRef, 5> M;
  if (!Compared.match(Message, &M))
    return "";
  return M[2];
}

/// The expression calls a function other than a smart pointer's get():
/// its result is what an action answered (`strstr(reply, "id")`), not a
/// part of the system that is there or not.
bool callsAFunction(llvm::StringRef Expr) {
  static const llvm::Regex Call("[A-Za-z_][A-Za-z0-9_]* *\\(");
  static const llvm::Regex Get("(\\.|->)get *\\( *\\)");
  std::string Rest = Get.sub("", Expr);
  while (Get.match(Rest))
    Rest = Get.sub("", Rest);
  return Call.match(Rest);
}

} // namespace

bool readsAsSetupCheck(llvm::StringRef Message) {
  if (!Message.contains("NULL") && !Message.contains("nullptr") &&
      !Message.contains("!= (0)") && !Message.contains("doesn't throw") &&
      !Message.contains("fatal failure"))
    return false;
  static const llvm::Regex NonNull(
      "(!= \\(?(nullptr|NULL|0)\\)?(, actual|\n|$))|(^Value of: [^\n]*(!= "
      "nullptr|!= NULL))|Expected: isn't NULL");
  if (Message.contains("without a fatal failure"))
    return true;
  // No-throw around a member function of an object the test holds
  // (`db.backup(...)`): the action succeeds, an outcome; around a
  // construction or a free function, the assembly.
  static const llvm::Regex NoThrow("Expected: ([^\n]*) doesn't throw an exception");
  llvm::SmallVector<llvm::StringRef, 2> Guarded;
  if (NoThrow.match(Message, &Guarded)) {
    static const llvm::Regex MemberCall(
        "^[A-Za-z_][A-Za-z0-9_]*(\\.|->)[A-Za-z_][A-Za-z0-9_]* *\\(");
    return !MemberCall.match(Guarded[1].trim());
  }
  return NonNull.match(Message) && !callsAFunction(comparedWithNull(Message));
}

} // namespace itdd::red
