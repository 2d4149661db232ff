package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;

/**
 * A correction notice as readers see it: the work it corrects (title, section, publication date),
 * the wrong facts and the corrected ones. {@code path} is null when the article is withdrawn.
 */
public record CorrectionView(String articleTitle, String sectionName, @Nullable String path, @Nullable Instant articlePublishedAt,
                             String wrong, String right, Instant correctedAt) {

    public String correctedOn() {
        return VietnameseDates.dateTime(correctedAt);
    }

    public @Nullable String articleDate() {
        return articlePublishedAt == null ? null : VietnameseDates.articleLine(articlePublishedAt);
    }
}
