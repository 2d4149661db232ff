package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;
import vn.dangbo.meetings.quorum.Presence;

/**
 * One member's mark in the attendance form. Suspension and a competent body's leave are not in the
 * member registry, so the secretary marks them for the meeting (they take the member out of the
 * R25 base); exemption and a temporary transfer come from the registry.
 */
public record AttendanceInput(long memberId, @Nullable Presence presence, @Nullable String reason, boolean suspended,
                              boolean excused) {
}
