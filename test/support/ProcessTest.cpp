//===--- ProcessTest.cpp - running a program under a watch ----------------===//

#include "support/Process.h"
#include "gtest/gtest.h"
#include <csignal>

namespace itdd {
namespace {

ProcessResult shell(const std::string &Script, unsigned TimeoutSeconds = 0) {
  ProcessRequest Request;
  Request.Argv = {"/bin/sh", "-c", Script};
  Request.TimeoutSeconds = TimeoutSeconds;
  return runProcess(Request);
}

TEST(Process, OutputAndExitCode) {
  ProcessResult R = shell("echo out; echo err >&2; exit 3");
  ASSERT_TRUE(R.Started);
  EXPECT_EQ(R.Output, "out\nerr\n");
  EXPECT_EQ(R.ExitCode, 3);
  EXPECT_EQ(R.Signal, 0);
  EXPECT_FALSE(R.TimedOut);
}

TEST(Process, EnvironmentAndDirectory) {
  ProcessRequest Request;
  Request.Argv = {"/bin/sh", "-c", "echo \"$ITDD_TEST_VALUE\"; pwd"};
  Request.Env = {{"ITDD_TEST_VALUE", "forty-two"}};
  Request.Directory = "/";
  ProcessResult R = runProcess(Request);
  EXPECT_EQ(R.Output, "forty-two\n/\n");
}

TEST(Process, TheSignalThatEndedIt) {
  ProcessResult R = shell("kill -KILL $$");
  ASSERT_TRUE(R.Started);
  EXPECT_EQ(R.Signal, SIGKILL);
  EXPECT_EQ(signalDescription(R.Signal), "SIGKILL (killed)");
}

TEST(Process, AProgramThatCannotStart) {
  ProcessRequest Request;
  Request.Argv = {"/nonexistent/itdd-no-such-program"};
  ProcessResult R = runProcess(Request);
  EXPECT_FALSE(R.Started);
  EXPECT_EQ(R.StartError, "No such file or directory");
}

TEST(Process, QuietPastTheTimeoutIsKilled) {
  ProcessResult R = shell("echo started; exec sleep 30", 1);
  EXPECT_TRUE(R.TimedOut);
  EXPECT_EQ(R.Signal, 0) << "the kill is the timeout, not a crash";
  EXPECT_EQ(R.Output, "started\n");
}

} // namespace
} // namespace itdd
