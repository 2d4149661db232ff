/**
 * The rating rules engine (party-work.md R1–R12, R33): plain Java that imports only {@code java.*},
 * takes cases and a {@link vn.dangbo.rating.rules.RatingPolicy} and returns decisions with reasons.
 * No clock, no randomness, no nulls: the same input in any order gives the same result.
 */
package vn.dangbo.rating.rules;
