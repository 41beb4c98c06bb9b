# language: en
@booking
Feature: Booking an appointment
  Patients book a free slot of the practice's calendar and get a text
  message reminding them of it.

  Background:
    Given the calendar has these free slots:
      | day     | hour |
      | monday  | 9    |
      | tuesday | 14   |

  @happy-path
  Scenario: Patient books a free slot and gets a reminder
    Given "ann" is a patient with phone "+100"
    When she books monday at 9
    Then her appointment is stored
    And she gets a text:
      """
      Your appointment: monday 9:00
      """

  Scenario: Patient cannot book a slot that is taken
    When "bob" books monday at 10
    Then he is told the slot is taken
    But nothing is stored

  Rule: Reminders respect quiet hours

    Background:
      Given quiet hours from 22 to 7

    Scenario Outline: Reminder is sent at a permitted hour
      When "<patient>" books <day> at <hour>
      Then a reminder goes to "<phone>"

      @weekday
      Examples: Weekdays
        | patient | day     | hour | phone |
        | ann     | monday  | 9    | +100  |

      Examples: Afternoons
        | patient | day     | hour | phone |
        | cyd     | tuesday | 14   | +300  |
