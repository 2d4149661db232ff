package vn.dangbo.congress.counting;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The choices elections.md leaves open, each with its documented default ({@link #DEFAULT}).
 * The ballot log format {@code dangbo-ballot-log/1} is counted with the defaults.
 *
 * @param subtracted               exclusions taken out of N (Q3); default R16 and R17's list,
 *                                 never {@link Exclusion#ABSENT_UNEXCUSED}
 * @param surplusRounding          how 30 % and 10–15 % of the seats become whole names (Q6): FLOOR
 * @param minimumSurplus           the smallest cap of a surplus list (R7, Q6): 1
 * @param delegateSurplusCapped    whether delegate lists keep to the 30 % cap as well (Q8): true
 * @param revoteNeedsMajority      whether a tie re-vote still needs votes × 2 > N (Q4): true
 * @param blockCollectedAboveIssued whether more ballots collected than issued stops the count (R14, Q9): true
 * @param ballotNameOrder          how names are ordered on the ballot (R9, Q10): given, surname, middle
 */
public record ElectionRules(
        Set<Exclusion> subtracted,
        SurplusRounding surplusRounding,
        int minimumSurplus,
        boolean delegateSurplusCapped,
        boolean revoteNeedsMajority,
        boolean blockCollectedAboveIssued,
        NameOrder ballotNameOrder) {

    public enum SurplusRounding { FLOOR, HALF_UP, CEILING }

    public enum NameOrder { GIVEN_SURNAME_MIDDLE, GIVEN_MIDDLE_SURNAME }

    public static final ElectionRules DEFAULT = new ElectionRules(
            EnumSet.complementOf(EnumSet.of(Exclusion.ABSENT_UNEXCUSED)),
            SurplusRounding.FLOOR, 1, true, true, true, NameOrder.GIVEN_SURNAME_MIDDLE);

    public ElectionRules {
        subtracted = Set.copyOf(subtracted);
        Objects.requireNonNull(surplusRounding, "surplusRounding");
        Objects.requireNonNull(ballotNameOrder, "ballotNameOrder");
        if (subtracted.contains(Exclusion.ABSENT_UNEXCUSED)) {
            // R16 is explicit: absence without an accepted reason never lowers the base.
            throw new IllegalArgumentException("ABSENT_UNEXCUSED is never subtracted from the base (R16)");
        }
        if (minimumSurplus < 0) {
            throw new IllegalArgumentException("minimumSurplus must not be negative");
        }
    }

    public ElectionRules withSubtracted(Set<Exclusion> reasons) {
        return new ElectionRules(reasons, surplusRounding, minimumSurplus, delegateSurplusCapped,
                revoteNeedsMajority, blockCollectedAboveIssued, ballotNameOrder);
    }

    public ElectionRules withSurplusRounding(SurplusRounding rounding) {
        return new ElectionRules(subtracted, rounding, minimumSurplus, delegateSurplusCapped,
                revoteNeedsMajority, blockCollectedAboveIssued, ballotNameOrder);
    }

    public ElectionRules withDelegateSurplusCapped(boolean capped) {
        return new ElectionRules(subtracted, surplusRounding, minimumSurplus, capped,
                revoteNeedsMajority, blockCollectedAboveIssued, ballotNameOrder);
    }

    public ElectionRules withRevoteNeedsMajority(boolean needsMajority) {
        return new ElectionRules(subtracted, surplusRounding, minimumSurplus, delegateSurplusCapped,
                needsMajority, blockCollectedAboveIssued, ballotNameOrder);
    }

    public ElectionRules withBlockCollectedAboveIssued(boolean block) {
        return new ElectionRules(subtracted, surplusRounding, minimumSurplus, delegateSurplusCapped,
                revoteNeedsMajority, block, ballotNameOrder);
    }

    public ElectionRules withBallotNameOrder(NameOrder order) {
        return new ElectionRules(subtracted, surplusRounding, minimumSurplus, delegateSurplusCapped,
                revoteNeedsMajority, blockCollectedAboveIssued, order);
    }

    /** {@code percent} % of {@code seats}, as a whole number of names by {@link #surplusRounding()}. */
    int percentOfSeats(int seats, int percent) {
        long scaled = (long) seats * percent;
        return (int) switch (surplusRounding) {
            case FLOOR -> scaled / 100;
            case HALF_UP -> (scaled + 50) / 100;
            case CEILING -> (scaled + 99) / 100;
        };
    }
}
