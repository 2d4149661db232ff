package vn.dangbo.members;

/** What a timeline entry records. */
public enum MemberEventKind {
    ADMITTED, RECOGNIZED, TRANSFERRED_OUT, TRANSFERRED_OUT_TEMPORARILY, TRANSFERRED_IN, ATTACHED_TEMPORARILY,
    RETURNED, EXEMPTED, EXEMPTION_ENDED, REMOVED, DIED, CELL_MERGED, IMPORTED,
    /** A disciplinary decision (the rating module keeps the record itself). */
    DISCIPLINED,
    EXPELLED
}
