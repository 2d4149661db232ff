package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An article in the newsroom's list. */
public record NewsroomRow(long id, String title, String sectionName, ArticleState state, String author,
                          Instant updatedAt, @Nullable Instant publishedAt) {
}
