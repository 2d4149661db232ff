package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A recorded move of an article, for the newsroom's history. */
public record TransitionView(ArticleState from, ArticleState to, String actor, Instant at, @Nullable Instant scheduledFor) {
}
