package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** A meeting as its page, its documents and the handbook panel show it. */
public record MeetingView(long id, long cellId, String cellName, MeetingKind kind, int numberYear, int serial, String topic,
                          Instant startsAt, String place, String agenda, List<LinkedDocument> documents,
                          @Nullable Instant invitationsSentAt, @Nullable String invitationsSentBy,
                          @Nullable Instant attendanceRecordedAt, List<AttendanceLine> attendance,
                          @Nullable Long chairMemberId, @Nullable String chairName, @Nullable Long minuteTakerMemberId,
                          @Nullable String minuteTakerName, String discussion, String conclusions, String resolution,
                          @Nullable Integer votesFor, @Nullable Integer votesAgainst, @Nullable Instant minutesRecordedAt,
                          @Nullable Instant cancelledAt, @Nullable String cancelledBy, @Nullable String cancelReason,
                          Instant updatedAt, String updatedBy) {

    /** "Họp chi bộ thường kỳ tháng 12/2026", with the topic of a thematic meeting. */
    public String title() {
        ZonedDateTime local = startsAt.atZone(VietnameseDates.ZONE);
        String base = "Họp chi bộ " + kind.vietnamese() + " tháng " + local.getMonthValue() + "/" + local.getYear();
        return topic.isBlank() ? base : base + ": " + topic;
    }

    /** "05" of "05-BB/CB". */
    public String serialText() {
        return serial < 10 ? "0" + serial : String.valueOf(serial);
    }

    public String minutesNumber() {
        return serialText() + "-BB/CB";
    }

    public String resolutionNumber() {
        return serialText() + "-NQ/CB";
    }

    public boolean invited() {
        return invitationsSentAt != null;
    }

    public boolean attendanceRecorded() {
        return attendanceRecordedAt != null;
    }

    public boolean minutesRecorded() {
        return minutesRecordedAt != null;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean hasResolution() {
        return !resolution.isBlank();
    }
}
