package vn.dangbo.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import vn.dangbo.meetings.quorum.Attendee;
import vn.dangbo.meetings.quorum.Presence;

/** One member's line of the attendance record, with what the R25 counts need to know of them that day. */
@Embeddable
class AttendanceEntry {

    private long memberId;
    private String memberName;
    private boolean official;
    private boolean exempt;
    private boolean attachedElsewhere;
    private boolean suspended;
    private boolean excused;
    @Enumerated(EnumType.STRING)
    @Column(name = "presence")
    private Presence presence;
    private @Nullable String reason;

    protected AttendanceEntry() {
    }

    AttendanceEntry(long memberId, String memberName, boolean official, boolean exempt, boolean attachedElsewhere,
                    boolean suspended, boolean excused, Presence presence, @Nullable String reason) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.official = official;
        this.exempt = exempt;
        this.attachedElsewhere = attachedElsewhere;
        this.suspended = suspended;
        this.excused = excused;
        this.presence = presence;
        this.reason = reason;
    }

    long memberId() {
        return memberId;
    }

    Attendee attendee() {
        return new Attendee(official, exempt, attachedElsewhere, suspended, excused, presence);
    }

    AttendanceLine toLine() {
        return new AttendanceLine(memberId, memberName, official, exempt, attachedElsewhere, suspended, excused, presence, reason,
                attendee().excludedFromBase());
    }
}
