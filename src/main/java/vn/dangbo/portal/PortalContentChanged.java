package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

/**
 * Something readers see has changed: an article published, edited, withdrawn or corrected, or a
 * comment approved. The page cache drops what it kept; {@code articleId} is null when the change
 * is not about one article (a section renamed).
 */
public record PortalContentChanged(@Nullable Long articleId) {
}
