package vn.dangbo.rating.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionRulesProperties {

    static final AdmissionPolicy STANDARD = AdmissionPolicy.standard();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    @Property
    void aVotePassesExactlyWhenAtLeastTwoThirdsAreInFavour(@ForAll @IntRange(min = 1, max = 500) int officials,
                                                           @ForAll @IntRange(min = 0, max = 500) int inFavour) {
        int votes = Math.min(inFavour, officials);
        assertThat(AdmissionRules.count(votes, officials)).isEmpty();
        assertThat(AdmissionRules.passes(STANDARD, votes, officials)).isEqualTo(3 * votes >= 2 * officials);
        // One more vote in favour never turns a passed vote into a failed one.
        if (votes < officials && AdmissionRules.passes(STANDARD, votes, officials)) {
            assertThat(AdmissionRules.passes(STANDARD, votes + 1, officials)).isTrue();
        }
    }

    @Property
    void workingDaysAfterLandOnAWorkingDayAndCountExactly(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 60) int n) {
        Set<LocalDate> holidays = Set.of(LocalDate.of(from.getYear(), 9, 2), LocalDate.of(from.getYear(), 4, 30), LocalDate.of(from.getYear(), 5, 1));
        LocalDate due = WorkingDays.after(from, n, holidays);
        long counted = from.plusDays(1).datesUntil(due.plusDays(1)).filter(d -> WorkingDays.isWorkingDay(d, holidays)).count();
        assertThat(counted).isEqualTo(n);
        if (n > 0) {
            assertThat(WorkingDays.isWorkingDay(due, holidays)).isTrue();
            assertThat(due).isAfter(from);
        }
    }

    @Property
    void noOneUnderEighteenAtTheVoteIsEverAccepted(@ForAll("days") LocalDate birth, @ForAll @IntRange(min = 0, max = 80 * 12) int months) {
        LocalDate vote = birth.plusMonths(months);
        boolean adult = !vote.isBefore(birth.plusYears(18));
        Optional<AdmissionRefusal> refusal = AdmissionRules.age(STANDARD, birth, vote);
        if (!adult) {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("R28"));
        } else if (ChronoUnit.YEARS.between(birth, vote) <= STANDARD.maximumAge()) {
            assertThat(refusal).isEmpty();
        }
    }

    @Property
    void anIntroducerWhoIsNotOfficialOrHasNotWorkedAYearWithTheProspectIsRefused(
            @ForAll boolean official, @ForAll @IntRange(min = 0, max = 60) int monthsKnown, @ForAll boolean sameCell,
            @ForAll("days") LocalDate on) {
        AdmissionRules.IntroducerCase c = new AdmissionRules.IntroducerCase(1, "A", official, true, sameCell ? 7 : 8,
                Optional.of(LocalDate.of(1999, 1, 1)), on.minusMonths(monthsKnown), false);
        boolean allowed = official && sameCell && monthsKnown >= 12;
        assertThat(AdmissionRules.introducer(STANDARD, c, 7, on).isEmpty()).isEqualTo(allowed);
        AdmissionRules.introducer(STANDARD, c, 7, on).ifPresent(r -> assertThat(r.message()).endsWith("(R29)"));
    }

    @Property
    void theRecognitionVoteIsDueAfterProbationEndsAndProbationIsTwelveMonths(@ForAll("days") LocalDate ceremony) {
        LocalDate ends = AdmissionRules.probationEnds(STANDARD, ceremony);
        assertThat(ends).isEqualTo(ceremony.plusMonths(12));
        assertThat(AdmissionRules.recognitionDue(STANDARD, ceremony)).isAfter(ends)
                .isBeforeOrEqualTo(ends.plusDays(30 * 7 / 5 + 7));
    }

    @Property
    void fulfilmentGrowsWithAdmissions(@ForAll @IntRange(min = 0, max = 1000) int admitted, @ForAll @IntRange(min = 1, max = 1000) int target) {
        int percent = AdmissionRules.fulfilmentPercent(admitted, target);
        assertThat(percent).isEqualTo(admitted * 100 / target);
        assertThat(AdmissionRules.fulfilmentPercent(admitted + 1, target)).isGreaterThanOrEqualTo(percent);
        assertThat(percent >= 100).isEqualTo(admitted >= target);
    }
}
