package vn.dangbo.members;

import java.time.LocalDate;

public record MemberAdmitted(long memberId, long cellId, LocalDate on) {
}
