package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;
import vn.dangbo.meetings.quorum.Presence;

/** A line of a meeting's attendance as pages and documents show it. */
public record AttendanceLine(long memberId, String memberName, boolean official, boolean exempt, boolean attachedElsewhere,
                             boolean suspended, boolean excused, @Nullable Presence presence, @Nullable String reason,
                             boolean excludedFromBase) {
}
