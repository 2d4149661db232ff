package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A line of the meeting list. */
public record MeetingSummary(long id, long cellId, String cellName, MeetingKind kind, String title, Instant startsAt,
                             String place, boolean invited, boolean attendanceRecorded, boolean minutesRecorded,
                             @Nullable Boolean quorate, boolean cancelled) {
}
