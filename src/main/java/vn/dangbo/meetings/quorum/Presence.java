package vn.dangbo.meetings.quorum;

/** Whether a member on the rolls came to the meeting; an absence with a reason names it. */
public enum Presence {
    PRESENT, ABSENT_WITH_REASON, ABSENT_WITHOUT_REASON;

    public boolean present() {
        return this == PRESENT;
    }
}
