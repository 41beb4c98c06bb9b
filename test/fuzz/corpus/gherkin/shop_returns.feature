# Journeys the shop does not support yet: the red scenarios `make demo`
# runs `itdd red` on.
@returns
Feature: Returns
  Customers cancel orders they regret; the shop puts the items back in
  stock and tells them by e-mail.

  Background:
    Given "ann@example.com" has an account

  Scenario: Customer cancels a confirmed order
    Given ann has a confirmed order of 1 "book"
    When she cancels the order
    Then the order is cancelled

  Scenario: Customer is e-mailed when an order is cancelled
    Given ann has a confirmed order of 1 "lamp"
    When she cancels the order
    Then she receives an e-mail saying it was cancelled

  Scenario: Cancelled items go back into stock
    Given ann has a confirmed order of 1 "lamp"
    When she cancels the order
    Then the lamp is in stock again

  Scenario: Customer cannot cancel an order that has shipped
    Given ann's order has shipped
    When she cancels the order
    Then the shop refuses

  Scenario: Customer gets store credit instead of a refund
    Given ann has a confirmed order of 1 "book"
    When she asks for store credit
    Then her account holds the order's total as credit
