package vn.dangbo.members;

import java.time.LocalDate;

public record MemberRecognized(long memberId, LocalDate officialOn) {
}
