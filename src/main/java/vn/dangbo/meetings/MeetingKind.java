package vn.dangbo.meetings;

/** Regular (thường kỳ, monthly) or thematic (chuyên đề, at least once a quarter; R21). */
public enum MeetingKind {
    REGULAR, THEMATIC;

    /** "thường kỳ" / "chuyên đề", as in "họp chi bộ thường kỳ". */
    public String vietnamese() {
        return this == REGULAR ? "thường kỳ" : "chuyên đề";
    }
}
