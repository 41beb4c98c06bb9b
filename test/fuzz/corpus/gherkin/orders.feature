Feature: Orders
  Customers pay for their basket and are told the order is confirmed.

  Scenario: Customer pays and the order is confirmed
    Given "ann" has a basket
    When she checks out
    Then her order is confirmed

  Scenario: Customer gets a confirmation email
    When "ann" checks out
    Then she gets an e-mail

  Scenario: Customer cancels an order
    When she cancels her order
    Then the order is cancelled

  Scenario: Customer gets a refund
    When she returns the parcel
    Then her money is refunded
