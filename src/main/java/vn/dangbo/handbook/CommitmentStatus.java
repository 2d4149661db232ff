package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** A year's commitment as a member sees it: the wording in force and whether they have signed. */
public record CommitmentStatus(int year, CommitmentTemplateView template, @Nullable Instant acknowledgedAt,
                               @Nullable CommitmentTemplateView signed) {

    /** The cell's (or the organization's) acknowledgements for a year. */
    public record Summary(int year, String scopeName, int acknowledged, int expected, List<PendingMember> notAcknowledged) {
    }
}
