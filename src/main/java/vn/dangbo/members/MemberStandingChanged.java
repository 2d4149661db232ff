package vn.dangbo.members;

import java.time.LocalDate;

/** A member left the rolls, came back, was exempted or died. */
public record MemberStandingChanged(long memberId, Standing standing, LocalDate on) {
}
