// Drives the booking fixture through the factories `itdd gen factory`
// wrote: one with a shared mocks header (`itdd gen mocks`), one with its
// mocks inline. Compiled and run by gen_test.py.
#include "booking_system.h"
#include "booking_system_inline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

namespace {

using ::testing::_;
using ::testing::HasSubstr;
using ::testing::Return;

booking::testing::BookingSystemConfig configWith(std::ostream &Log) {
  booking::testing::BookingSystemConfig Config;
  Config.patient_registry_policy = booking::RetentionPolicy(30);
  Config.appointment_service_log = &Log;
  Config.audit_transport_endpoint = "/dev/null";
  return Config;
}

TEST(GeneratedFactory, PatientBooksAFreeSlotThroughTheController) {
  std::ostringstream Log;
  auto System = booking::testing::makeBookingSystem(configWith(Log));
  EXPECT_CALL(System->calendar_api, reserve(_, "ann")).WillOnce(Return(true));
  EXPECT_CALL(System->sms_notifier, send("+100", "Your appointment: monday 9:00"))
      .WillOnce(Return(true));
  EXPECT_CALL(System->audit_transport, ship("booked ann"));

  booking::Response R =
      System->booking_controller.post({"ann", "+100", {"monday", 9}});

  EXPECT_EQ(R.Status, 201);
  EXPECT_EQ(System->appointment_store.count(), 1u);
  EXPECT_EQ(System->memory_storage->records().size(), 1u);
  EXPECT_EQ(Log.str(), "booked ann\n");
}

TEST(GeneratedFactory, EachSystemIsFresh) {
  std::ostringstream Log;
  auto First = booking::testing::makeBookingSystem(configWith(Log));
  ON_CALL(First->calendar_api, reserve(_, _)).WillByDefault(Return(true));
  First->booking_controller.post({"ann", "+100", {"monday", 9}});
  auto Second = booking::testing::makeBookingSystem(configWith(Log));
  EXPECT_EQ(First->appointment_store.count(), 1u);
  EXPECT_EQ(Second->appointment_store.count(), 0u);
}

TEST(GeneratedFactory, RequiredConfigurationIsNamedWhenMissing) {
  try {
    booking::testing::makeBookingSystem();
    FAIL() << "assembled without a retention policy";
  } catch (const std::invalid_argument &E) {
    EXPECT_THAT(E.what(), HasSubstr("patient_registry_policy"));
  }
}

TEST(GeneratedMocks, TrickySignaturesAreMockable) {
  ::testing::NiceMock<booking::testing::MockSmsNotifier> Sms;
  EXPECT_CALL(Sms, deliveryCounts())
      .WillOnce(Return(std::map<std::string, int>{{"+100", 2}}));
  EXPECT_CALL(Sms, send("+1", std::vector<std::string>{"a"}, 5))
      .WillOnce(Return(true));
  EXPECT_CALL(Sms, configure(std::make_pair(22, 7)));
  const booking::SmsNotifier &AsConst = Sms;
  EXPECT_CALL(Sms, status()).WillRepeatedly(Return("ok"));
  booking::SmsNotifier &Base = Sms;
  EXPECT_EQ(Base.deliveryCounts().at("+100"), 2);
  EXPECT_TRUE(Base.send("+1", {"a"}, 5));
  Base.configure({22, 7});
  const std::pair<int, int> Quiet{0, 0};
  static_assert(noexcept(Sms.configure(Quiet)), "the mock keeps noexcept");
  EXPECT_EQ(AsConst.status(), "ok");
  EXPECT_EQ(Base.name(), "sms");
  Base.tag(42);
  ::testing::NiceMock<booking::testing::MockCalendarApi> Calendar;
  EXPECT_CALL(Calendar, freeSlots("monday"))
      .WillOnce(Return(std::vector<booking::Slot>{{"monday", 9}}));
  const booking::CalendarReader &Reader = Calendar;
  EXPECT_EQ(Reader.freeSlots("monday").size(), 1u);
}

TEST(GeneratedFactory, InlineMocksAssembleTheSameSystem) {
  std::ostringstream Log;
  booking::inline_testing::BookingSystemConfig Config;
  Config.patient_registry_policy = booking::RetentionPolicy(30);
  Config.appointment_service_log = &Log;
  auto System = booking::inline_testing::makeBookingSystem(Config);
  EXPECT_CALL(System->calendar_api, reserve(_, _)).WillOnce(Return(false));
  EXPECT_EQ(System->booking_controller.post({"bob", "", {"monday", 10}}).Status,
            409);
}

} // namespace
