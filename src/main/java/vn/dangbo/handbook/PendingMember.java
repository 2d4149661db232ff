package vn.dangbo.handbook;

/** A member who has not yet done what the summary counts. */
public record PendingMember(long memberId, String fullName, String cellName) {
}
