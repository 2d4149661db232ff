package vn.dangbo.members;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static MemberData probationaryData(LocalDate admitted) {
        return new MemberData("Trần Thị Mai", LocalDate.of(1995, 2, 3), Gender.FEMALE, "Kinh", "Không", "Nam Định",
                "036195000123", null, null, 1L, Education.BACHELOR, PoliticalTheory.ELEMENTARY, "Chuyên viên", admitted, null,
                MembershipKind.PROBATIONARY);
    }

    @Test
    void refusesRecognitionBeforeTwelveMonthsOfProbation() {
        Member member = Member.of(probationaryData(LocalDate.of(2026, 3, 15)), MembershipKind.PROBATIONARY, Standing.ACTIVE);
        assertThatThrownBy(() -> member.recognizeAsOfficial(LocalDate.of(2027, 3, 14)))
                .isInstanceOf(MemberException.class)
                .hasMessageContaining("Chưa đủ 12 tháng dự bị")
                .hasMessageContaining("15/03/2027");
        assertThat(member.getKind()).isEqualTo(MembershipKind.PROBATIONARY);
    }

    @Test
    void officialFromTheEndOfProbationEvenWhenDecidedLater() {
        // party-work.md worked example 3: ceremony 15/3/2025, approved 20/5/2026 → official from 15/3/2026.
        Member member = Member.of(probationaryData(LocalDate.of(2025, 3, 15)), MembershipKind.PROBATIONARY, Standing.ACTIVE);
        assertThat(member.recognizeAsOfficial(LocalDate.of(2026, 5, 20))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(member.getKind()).isEqualTo(MembershipKind.OFFICIAL);
    }

    @Test
    void onlyOfficialActiveMembersAreExempted() {
        Member probationary = Member.of(probationaryData(LocalDate.of(2026, 3, 15)), MembershipKind.PROBATIONARY, Standing.ACTIVE);
        assertThatThrownBy(probationary::exempt).hasMessageContaining("chính thức");
        probationary.recognizeAsOfficial(LocalDate.of(2027, 4, 1));
        probationary.exempt();
        assertThat(probationary.getStanding()).isEqualTo(Standing.EXEMPT);
        assertThat(probationary.getStanding().onRolls()).isTrue();
        probationary.endExemption();
        assertThat(probationary.getStanding()).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void aMemberWhoLeftTheRollsCannotBeRemovedAgain() {
        Member member = Member.of(probationaryData(LocalDate.of(2020, 3, 15)), MembershipKind.PROBATIONARY, Standing.ACTIVE);
        member.transferOut(false);
        assertThat(member.getStanding().onRolls()).isFalse();
        assertThatThrownBy(member::removeFromRolls).hasMessageContaining("không còn trong danh sách");
    }

    @Test
    void dataProblemsNameTheFieldInVietnamese() {
        MemberData bad = new MemberData("<script>alert(1)</script>", LocalDate.of(2015, 1, 1), null, "", "Không", "x",
                "12345", "' OR 1=1 --", null, null, null, null, "", null, null, null);
        var fields = bad.problems(TODAY).stream().map(MemberData.Problem::field).toList();
        assertThat(fields).contains("fullName", "birthDate", "gender", "ethnicity", "citizenId", "partyCardNumber", "cellId",
                "education", "politicalTheory", "job", "admittedOn");
        assertThat(bad.problems(TODAY)).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void aGoodRowHasNoProblems() {
        assertThat(probationaryData(LocalDate.of(2026, 3, 15)).problems(TODAY)).isEmpty();
    }
}
