package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the meeting form sends: the cell (the committee chooses; a cell secretary's is their own),
 * the kind, the topic (required for a thematic meeting), the local start time in Asia/Ho_Chi_Minh,
 * the place, the agenda and the ids of linked documents.
 */
public record MeetingInput(@Nullable Long cellId, @Nullable MeetingKind kind, @Nullable String topic,
                           @Nullable LocalDateTime startsAt, @Nullable String place, @Nullable String agenda,
                           List<Long> documentIds) {

    public MeetingInput {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** The input once every rule has passed. */
    record Checked(MeetingKind kind, String topic, Instant startsAt, String place, String agenda, List<Long> documentIds) {
    }
}
