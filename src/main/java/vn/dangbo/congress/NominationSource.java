package vn.dangbo.congress;

/** Who put a name forward outside the convening committee's list (R8). */
public enum NominationSource {
    /** Giới thiệu tại đại hội: proposed from the floor. */
    FLOOR,
    /** Tự ứng cử. */
    SELF
}
