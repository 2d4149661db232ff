/**
 * The vote-counting engine for congress elections (elections.md R5–R25): records in, a record
 * out, no clock, no randomness, no framework. It imports only {@code java.*}, so the application
 * and the {@code recount} command count with the same code.
 */
package vn.dangbo.congress.counting;
