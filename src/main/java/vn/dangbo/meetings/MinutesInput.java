package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;

/**
 * The minutes (biên bản) and the meeting's resolution (nghị quyết): who chaired and who took the
 * minutes (members on the rolls), the discussion, the conclusions, the resolution and its vote.
 */
public record MinutesInput(@Nullable Long chairMemberId, @Nullable Long minuteTakerMemberId, @Nullable String discussion,
                           @Nullable String conclusions, @Nullable String resolution, @Nullable Integer votesFor,
                           @Nullable Integer votesAgainst) {

    record Checked(long chairMemberId, String chairName, long minuteTakerMemberId, String minuteTakerName, String discussion,
                   String conclusions, String resolution, @Nullable Integer votesFor, @Nullable Integer votesAgainst) {
    }
}
