package vn.dangbo.portal;

import java.time.Instant;

/** A saved revision of an article's text. */
public record RevisionView(int number, String actor, Instant savedAt, String title, String lead, String body) {
}
