# A journey the shop has no API for yet. `make demo` (step 8) and the
# test examples.shop.missing_api run it in a scratch copy of the shop:
# itdd red says missing-api, itdd gen stubs writes the API, and the
# journeys then fail at their business assertions.
@reorder
Feature: Reorder
  Customers order again what they ordered before, and look back at what
  they ordered, in one step each.

  Background:
    Given "ann@example.com" has an account

  Scenario: Customer reorders a past order
    Given ann has a confirmed order of 2 "book"
    When she reorders it
    Then a new order of 2 "book" is confirmed

  Scenario: Customer sees her past orders
    Given ann has a confirmed order of 1 "book"
    And ann has a confirmed order of 1 "lamp"
    When she asks for her orders
    Then she sees both, the latest first
