/**
 * Accounts: users, roles, form login with lockout, and the link from a user to their member
 * record and cell, which scopes what they see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "organization")
@org.jspecify.annotations.NullMarked
package vn.dangbo.accounts;
