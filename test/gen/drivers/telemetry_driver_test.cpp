// Drives the telemetry fixture through three factories of one entry point
// (one per constructor it offers), a factory whose component is taken as
// T&&, and the default mocks header, all written by itdd: what each
// constructor parameter needs (a unique_ptr handed over, a shared_ptr, the
// library's own shared_ptr, a vector of unique_ptrs, an rvalue) must compile
// and reach the mocked sender. Compiled and run by gen_test.py.
#include "audit_system.h"
#include "trace_many_system.h"
#include "trace_state_system.h"
#include "trace_system.h"

#include "tele/record.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

namespace {

using ::testing::_;
using ::testing::ByMove;
using ::testing::Return;

TEST(TelemetryFactory, SpanReachesTheCollectorThroughTheWidestConstructor) {
  auto System = tele_testing::makeTraceSystem();
  EXPECT_CALL(System->span_sender, send(_)).WillOnce(Return(true));
  System->trace_controller.span("checkout");
  EXPECT_EQ(System->console_logger->lines(), 1);
  // The constructor's own default, not an invented value.
  EXPECT_EQ(System->trace_controller.name(), "default");
}

TEST(TelemetryFactory, SpanReachesTheCollectorThroughAListOfProcessors) {
  auto System = tele_testing::makeTraceManySystem();
  EXPECT_CALL(System->span_sender, send(_)).WillOnce(Return(true));
  System->trace_controller.span("checkout");
  EXPECT_EQ(System->console_logger->lines(), 1);
}

TEST(TelemetryFactory, SpanReachesTheCollectorThroughTheSharedState) {
  auto System = tele_testing::makeTraceStateSystem();
  EXPECT_CALL(System->span_sender, send(_)).WillOnce(Return(true));
  System->trace_controller.span("checkout");
  EXPECT_EQ(System->trace_controller.name(), "state");
}

TEST(TelemetryFactory, AComponentTakenAsAnRvalueIsMovedIntoItsConsumer) {
  auto System = tele_testing::makeAuditSystem();
  System->audit_controller.record("login");
  EXPECT_EQ(System->audit_controller.recorded(), 1);
  EXPECT_EQ(System->console_logger.lines(), 1);
}

TEST(TelemetryMocks, EveryMockedFunctionCanBeCalled) {
  tele_testing::MockSpanSender Sender;
  EXPECT_CALL(Sender, makeRecord())
      .WillOnce(Return(ByMove(std::make_unique<tele::Record>())));
  EXPECT_CALL(Sender, forEachLabel(_));
  EXPECT_NE(Sender.makeRecord(), nullptr);
  Sender.forEachLabel([](tele::nostd::string_view) { return true; });
}

TEST(TelemetryMocks, BoundariesOfTheSameNameGetMocksOfTheirOwn) {
  tele_testing::MockGrpcTransport Grpc;
  tele_testing::MockHttpTransport Http;
  EXPECT_CALL(Grpc, post("span")).WillOnce(Return(true));
  EXPECT_CALL(Http, post("/v1/traces", "span")).WillOnce(Return(202));
  EXPECT_TRUE(static_cast<tele::grpc::Transport &>(Grpc).post("span"));
  EXPECT_EQ(static_cast<tele::http::Transport &>(Http).post("/v1/traces", "span"), 202);
}

} // namespace
