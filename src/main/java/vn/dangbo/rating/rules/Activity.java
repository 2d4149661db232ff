package vn.dangbo.rating.rules;

/** A member's standing in party activity during the review. */
public enum Activity {
    ACTIVE,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Đình chỉ sinh hoạt đảng. */
    SUSPENDED
}
