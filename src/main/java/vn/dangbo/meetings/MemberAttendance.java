package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;
import vn.dangbo.meetings.quorum.Presence;

import java.time.Instant;
import java.util.List;

/** A member's own attendance record, latest meeting first. */
public record MemberAttendance(List<Entry> entries) {

    public record Entry(long meetingId, String title, Instant startsAt, Presence presence, @Nullable String reason) {
    }

    public MemberAttendance {
        entries = List.copyOf(entries);
    }

    public long present() {
        return entries.stream().filter(e -> e.presence().present()).count();
    }

    public long absentWithReason() {
        return entries.stream().filter(e -> e.presence() == Presence.ABSENT_WITH_REASON).count();
    }

    public long absentWithoutReason() {
        return entries.stream().filter(e -> e.presence() == Presence.ABSENT_WITHOUT_REASON).count();
    }
}
