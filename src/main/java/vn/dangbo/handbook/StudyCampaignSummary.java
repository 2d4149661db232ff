package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A campaign in a list: the viewer's own status when they must study it, and for the committee
 * (whole organization) or a cell secretary (their cell) the figure studied/expected.
 */
public record StudyCampaignSummary(StudyCampaignView campaign, boolean mustStudy, @Nullable Instant studiedAt,
                                   boolean reflected, @Nullable Figure figure) {

    public record Figure(String scopeName, int studied, int expected) {
        public int percent() {
            return StudyProgress.percent(studied, expected);
        }
    }
}
