package vn.dangbo.members;

import java.time.LocalDate;

public record MemberSummary(long id, String fullName, LocalDate birthDate, Gender gender, String ethnicity, long cellId,
                            String cellName, MembershipKind kind, Standing standing, Education education,
                            PoliticalTheory politicalTheory, String job) {
}
