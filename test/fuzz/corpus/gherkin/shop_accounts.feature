@accounts
Feature: Accounts
  Customers register once and sign in to order.

  Rule: Only registered customers can sign in

    Scenario: Registered customer signs in
      Given "ann@example.com" has an account with password "correct horse"
      When she signs in with password "correct horse"
      Then she is signed in

    Scenario: Wrong password is refused
      Given "ann@example.com" has an account with password "correct horse"
      When she signs in with password "wrong"
      Then she is told the e-mail or password is wrong
      And she is not signed in

  Rule: A customer sees only their own orders

    Scenario: Another customer's order is not found
      Given ann has placed an order
      And bob is signed in
      When bob opens ann's order
      Then he is told it does not exist
