package vn.dangbo.rating.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionRulesTests {

    static final AdmissionPolicy STANDARD = AdmissionPolicy.standard();

    static AdmissionRules.IntroducerCase introducer(long id, boolean official, long cell, LocalDate knownSince) {
        return new AdmissionRules.IntroducerCase(id, "Đảng viên " + id, official, true, cell,
                official ? Optional.of(LocalDate.of(2010, 1, 1)) : Optional.empty(), knownSince, false);
    }

    @Test
    void eighteenIsCountedInMonthsOnTheDayOfTheVote() {
        LocalDate birth = LocalDate.of(2007, 12, 20);
        assertThat(AdmissionRules.age(STANDARD, birth, LocalDate.of(2025, 12, 19)))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("đủ 18 tuổi", "20/12/2025", "(R28)"));
        assertThat(AdmissionRules.age(STANDARD, birth, LocalDate.of(2025, 12, 20))).isEmpty();
    }

    @Test
    void theUpperAgeLimitIsConfigurable() {
        LocalDate birth = LocalDate.of(1960, 1, 1);
        assertThat(AdmissionRules.age(STANDARD, birth, LocalDate.of(2025, 6, 1))).hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("R28"));
        AdmissionPolicy noLimit = new AdmissionPolicy(18, 0, 60, 2, 12, true, 0, 2, 3, 3, 30, 12, 30, 30, Set.of());
        assertThat(AdmissionRules.age(noLimit, birth, LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void theCourseCertificateComesBeforeTheVoteAndExpires() {
        LocalDate vote = LocalDate.of(2025, 6, 1);
        assertThat(AdmissionRules.course(STANDARD, Optional.empty(), vote)).hasValueSatisfying(r -> assertThat(r.message()).contains("Chưa có giấy chứng nhận"));
        assertThat(AdmissionRules.course(STANDARD, Optional.of(vote.plusDays(1)), vote)).isPresent();
        assertThat(AdmissionRules.course(STANDARD, Optional.of(vote.minusMonths(60)), vote)).hasValueSatisfying(r -> assertThat(r.message()).contains("60 tháng"));
        assertThat(AdmissionRules.course(STANDARD, Optional.of(vote.minusMonths(59)), vote)).isEmpty();
    }

    @Test
    void anIntroducerIsAnOfficialMemberOfTheCellWhoHasWorkedWithTheProspectForAYear() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        assertThat(AdmissionRules.introducer(STANDARD, introducer(1, true, 7, on.minusMonths(12)), 7, on)).isEmpty();
        assertThat(AdmissionRules.introducer(STANDARD, introducer(1, false, 7, on.minusYears(3)), 7, on))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("đảng viên chính thức", "(R29)"));
        assertThat(AdmissionRules.introducer(STANDARD, introducer(1, true, 8, on.minusYears(3)), 7, on))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("cùng chi bộ"));
        assertThat(AdmissionRules.introducer(STANDARD, introducer(1, true, 7, on.minusMonths(11)), 7, on))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("ít nhất 12 tháng", "mới được 11 tháng"));
        AdmissionRules.IntroducerCase replacement = new AdmissionRules.IntroducerCase(2, "Người thay", true, true, 7,
                Optional.of(LocalDate.of(2010, 1, 1)), on.minusMonths(1), true);
        assertThat(AdmissionRules.introducer(STANDARD, replacement, 7, on)).isEmpty();
        AdmissionPolicy anyCell = new AdmissionPolicy(18, 60, 60, 2, 12, false, 0, 2, 3, 3, 30, 12, 30, 30, Set.of());
        assertThat(AdmissionRules.introducer(anyCell, introducer(1, true, 8, on.minusYears(3)), 7, on)).isEmpty();
    }

    @Test
    void twoDifferentIntroducersAreNeeded() {
        LocalDate since = LocalDate.of(2020, 1, 1);
        assertThat(AdmissionRules.introducers(STANDARD, List.of(introducer(1, true, 7, since), introducer(1, true, 7, since))))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("Cần 2", "mới có 1"));
        assertThat(AdmissionRules.introducers(STANDARD, List.of(introducer(1, true, 7, since), introducer(2, true, 7, since)))).isEmpty();
    }

    @Test
    void aVoteNeedsTwoThirdsAndThreeFailuresGoUp() {
        assertThat(AdmissionRules.passes(STANDARD, 6, 9)).isTrue();
        assertThat(AdmissionRules.passes(STANDARD, 5, 9)).isFalse();
        assertThat(AdmissionRules.passes(STANDARD, 7, 10)).isTrue();
        assertThat(AdmissionRules.passes(STANDARD, 6, 10)).isFalse();
        assertThat(AdmissionRules.count(11, 10)).isPresent();
        assertThat(AdmissionRules.count(-1, 10)).isPresent();
        assertThat(AdmissionRules.count(0, 0)).isPresent();
        assertThat(AdmissionRules.mayVoteAgain(STANDARD, 2)).isEmpty();
        assertThat(AdmissionRules.mayVoteAgain(STANDARD, 3)).hasValueSatisfying(r -> assertThat(r.message()).contains("cấp ủy cấp trên", "(R30)"));
    }

    @Test
    void workedExampleThreeProbationAndRecognitionDeadline() {
        // party-work.md example 3: ceremony 15/3/2025, probation ends 15/3/2026, vote due about 24/4/2026.
        LocalDate ceremony = LocalDate.of(2025, 3, 15);
        assertThat(AdmissionRules.probationEnds(STANDARD, ceremony)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(AdmissionRules.recognitionDue(STANDARD, ceremony)).isEqualTo(LocalDate.of(2026, 4, 24));
        AdmissionPolicy withHolidays = new AdmissionPolicy(18, 60, 60, 2, 12, true, 0, 2, 3, 3, 30, 12, 30, 30,
                Set.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 20)));
        assertThat(AdmissionRules.recognitionDue(withHolidays, ceremony)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void deadlinesWarnWithinThirtyDaysAndTellWhenOverdue() {
        LocalDate ceremony = LocalDate.of(2025, 3, 15);
        assertThat(AdmissionRules.deadlines(STANDARD, Optional.of(LocalDate.of(2025, 2, 1)), Optional.of(ceremony), false,
                LocalDate.of(2026, 2, 20)))
                .extracting(AdmissionRules.Deadline::kind, AdmissionRules.Deadline::urgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AdmissionRules.DeadlineKind.PROBATION_END, AdmissionRules.Urgency.SOON),
                        org.assertj.core.groups.Tuple.tuple(AdmissionRules.DeadlineKind.RECOGNITION_VOTE, AdmissionRules.Urgency.LATER));
        assertThat(AdmissionRules.deadlines(STANDARD, Optional.of(LocalDate.of(2025, 2, 1)), Optional.of(ceremony), false,
                LocalDate.of(2026, 5, 1)))
                .singleElement().satisfies(d -> assertThat(d.urgency()).isEqualTo(AdmissionRules.Urgency.OVERDUE));
        assertThat(AdmissionRules.deadlines(STANDARD, Optional.of(LocalDate.of(2025, 2, 1)), Optional.of(ceremony), true,
                LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(AdmissionRules.deadlines(STANDARD, Optional.of(LocalDate.of(2025, 2, 3)), Optional.empty(), false,
                LocalDate.of(2025, 3, 20)))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(AdmissionRules.DeadlineKind.CEREMONY);
                    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 3, 17));
                    assertThat(d.urgency()).isEqualTo(AdmissionRules.Urgency.OVERDUE);
                });
    }

    @Test
    void twoAdmittedAgainstATargetOfOneIsTwoHundredPercent() {
        assertThat(AdmissionRules.fulfilmentPercent(2, 1)).isEqualTo(200);
        assertThat(AdmissionRules.fulfilmentPercent(2, 3)).isEqualTo(66);
        assertThat(AdmissionRules.fulfilmentPercent(0, 4)).isZero();
    }
}
