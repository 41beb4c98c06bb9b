# The checkout journeys of the shop, as the business describes them.
@checkout
Feature: Checkout
  Customers buy products that are in stock, pay by card, and get their
  order confirmed by e-mail.

  Background:
    Given the shop sells these products:
      | sku  | name   | price | stock |
      | book | A Book | 15.00 | 5     |
      | lamp | A Lamp | 40.00 | 1     |
    And "ann@example.com" has an account

  @happy-path
  Scenario: Customer buys an in-stock item and receives confirmation
    Given ann is signed in
    When she orders 2 of "book"
    Then her order is confirmed
    And she is charged 40.99
    And she receives an e-mail:
      """
      Thank you. Order 1 total 4099 cents.
      """
    But the lamp's stock is unchanged

  @payments
  Scenario: Order is rejected when the payment is declined and stock is released
    Given ann is signed in
    And her card will be declined
    When she orders 1 of "book" and 1 of "lamp"
    Then her order is rejected
    And the stock of "book" is 5
    And no e-mail is sent

  Scenario: Guest cannot place an order without signing in
    When a guest orders 1 of "book"
    Then the shop asks them to sign in
    * no order is stored

  @payments
  Scenario Outline: Customer pays shipping only below the threshold
    Given ann is signed in
    When she orders <quantity> of "<sku>"
    Then she is charged <total>

    Examples:
      | sku  | quantity | total |
      | book | 1        | 22.99 |
      | book | 4        | 72.00 |
      | lamp | 1        | 52.99 |
