package vn.dangbo.congress.counting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Show of hands (R24) and the opinion ballot (R8), against the rules stated as fractions. */
class ShowOfHandsProperties {

    @Provide
    Arbitrary<ShowOfHands> votes() {
        return Arbitraries.integers().between(1, 100_000).flatMap(base ->
                Arbitraries.integers().between(0, base).flatMap(inFavour ->
                        Arbitraries.integers().between(0, base - inFavour).flatMap(against ->
                                Arbitraries.integers().between(0, base - inFavour - against)
                                        .map(abstain -> new ShowOfHands(base, inFavour, against, abstain)))));
    }

    @Property
    void adoptedExactlyWhenThoseForAreMoreThanHalfOfN(@ForAll("votes") ShowOfHands vote) {
        // more than half of N, as a fraction: for / N > 1 / 2
        boolean moreThanHalf = BigInteger.valueOf(vote.inFavour()).multiply(BigInteger.TWO)
                .compareTo(BigInteger.valueOf(vote.base())) > 0;
        assertThat(vote.adopted()).isEqualTo(moreThanHalf);
    }

    @Property
    void exactlyHalfOfNNeverAdopts(@ForAll @IntRange(min = 1, max = 50_000) int half) {
        assertThat(new ShowOfHands(half * 2, half, half).adopted()).isFalse();
        assertThat(new ShowOfHands(half * 2, half, 0, 0).adopted()).isFalse();
    }

    @Property
    void neededIsTheFewestThatAdopt(@ForAll @IntRange(min = 1, max = 100_000) int base) {
        ShowOfHands enough = new ShowOfHands(base, new ShowOfHands(base, 0, 0).needed(), 0);
        assertThat(enough.adopted()).isTrue();
        assertThat(new ShowOfHands(base, enough.inFavour() - 1, 0).adopted()).isFalse();
    }

    @Property
    void howTheOthersVoteNeverChangesTheOutcome(@ForAll("votes") ShowOfHands vote) {
        // against, abstaining or silent: only those for count (absences count against, R24)
        int others = vote.base() - vote.inFavour();
        assertThat(new ShowOfHands(vote.base(), vote.inFavour(), others, 0).adopted()).isEqualTo(vote.adopted());
        assertThat(new ShowOfHands(vote.base(), vote.inFavour(), 0, others).adopted()).isEqualTo(vote.adopted());
        assertThat(new ShowOfHands(vote.base(), vote.inFavour(), 0, 0).adopted()).isEqualTo(vote.adopted());
    }

    @Property
    void oneMoreHandForNeverUndoesAnAdoption(@ForAll("votes") ShowOfHands vote) {
        Assume.that(vote.silent() > 0);
        ShowOfHands more = new ShowOfHands(vote.base(), vote.inFavour() + 1, vote.against(), vote.abstain());
        assertThat(!vote.adopted() || more.adopted()).isTrue();
    }

    @Property
    void moreHandsThanNAreRefused(@ForAll @IntRange(min = 1, max = 10_000) int base,
                                  @ForAll @IntRange(min = 1, max = 100) int extra) {
        int inFavour = Math.min(base, extra);
        assertThatThrownBy(() -> new ShowOfHands(base, inFavour, base - inFavour + extra, 0)).isInstanceOf(InvalidRound.class);
        assertThatThrownBy(() -> new ShowOfHands(base, base + extra, 0, 0)).isInstanceOf(InvalidRound.class);
        assertThatThrownBy(() -> new ShowOfHands(base, -extra, 0, 0)).isInstanceOf(InvalidRound.class);
        assertThatThrownBy(() -> new ShowOfHands(-base + 1 - extra, 0, 0, 0)).isInstanceOf(InconsistentCount.class);
    }

    @Provide
    Arbitrary<int[]> opinionBallots() {
        return Arbitraries.integers().between(1, 100_000)
                .flatMap(present -> Arbitraries.integers().between(0, present).map(agree -> new int[]{agree, present}));
    }

    @Property
    void theOpinionBallotAdmitsExactlyAboveThirtyPercentOfThosePresent(@ForAll("opinionBallots") int[] ballot) {
        int agree = ballot[0];
        int present = ballot[1];
        // agree / present > 30 / 100
        boolean above = BigInteger.valueOf(agree).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(present).multiply(BigInteger.valueOf(30))) > 0;
        assertThat(CandidateLists.opinionBallotAdmits(agree, present)).isEqualTo(above);
    }

    @Property
    void exactlyThirtyPercentIsNotEnough(@ForAll @IntRange(min = 1, max = 10_000) int tenths) {
        assertThat(CandidateLists.opinionBallotAdmits(3 * tenths, 10 * tenths)).isFalse();
        assertThat(CandidateLists.opinionBallotAdmits(3 * tenths + 1, 10 * tenths)).isTrue();
    }

    @Property
    void anyCountAboveThosePresentIsRefused(@ForAll("opinionBallots") int[] ballot, @ForAll @IntRange(min = 1, max = 10) int extra) {
        assertThatThrownBy(() -> CandidateLists.opinionBallotAdmits(ballot[1] + extra, ballot[1])).isInstanceOf(InvalidRound.class);
        assertThatThrownBy(() -> CandidateLists.opinionBallotAdmits(-extra, ballot[1])).isInstanceOf(InvalidRound.class);
    }

    @Property
    void percentInFavourIsOfN(@ForAll("votes") ShowOfHands vote) {
        assertThat(vote.percentInFavour()).isEqualTo(Percent.of(vote.inFavour(), vote.base()));
    }
}
