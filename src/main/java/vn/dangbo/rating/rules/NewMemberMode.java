package vn.dangbo.rating.rules;

/** What happens to members admitted too recently to be rated (R6). */
public enum NewMemberMode {
    /** Neither reviewed nor rated (the 2023 rule). */
    NOT_REVIEWED,
    /** They write a review from admission on, but get no level (the 2019 guidance). */
    REVIEWED_NOT_RATED
}
