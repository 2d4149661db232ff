package vn.dangbo.congress.counting;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.congress.counting.CongressFixtures.*;

/** The open questions of elections.md as parameters: each default, and what changing it does. */
class ElectionRulesTests {

    final ElectionRules defaults = ElectionRules.DEFAULT;

    @Test
    void absenceWithoutAnAcceptedReasonStaysInTheBase() {
        Electorate electorate = Electorate.of(20).excluding(Exclusion.ABSENT_UNEXCUSED, 3).excluding(Exclusion.SUSPENDED, 1);
        Base base = Base.of(electorate, defaults);
        assertThat(base.value()).isEqualTo(19);
        assertThat(base.kept()).containsExactly(new Base.Item(Exclusion.ABSENT_UNEXCUSED, 3));
        assertThatThrownBy(() -> defaults.withSubtracted(EnumSet.of(Exclusion.ABSENT_UNEXCUSED)))
                .hasMessageContaining("R16");
    }

    @Test
    void aConferenceMayKeepThoseAbsentWithAReasonInTheBase() {
        // Q3: Reg. 294 §9.3.2 as quoted in 2025 keeps members absent on business in N.
        ElectionRules conference = defaults.withSubtracted(EnumSet.of(Exclusion.TRANSFERRED, Exclusion.SUSPENDED));
        Electorate electorate = Electorate.of(15).excluding(Exclusion.ABSENT_ACCEPTED, 2);
        assertThat(Base.of(electorate, defaults).value()).isEqualTo(13);
        assertThat(Base.of(electorate, conference).value()).isEqualTo(15);
        assertThat(Base.of(electorate, conference).kept()).containsExactly(new Base.Item(Exclusion.ABSENT_ACCEPTED, 2));
    }

    @Test
    void aTieRevoteStillNeedsMoreThanHalfOfTheBaseByDefault() {
        List<Candidate> tied = candidates(2);
        Round revote = new Round("t", 2, 1, Method.STRIKE_OUT, tied, Electorate.of(146), 146,
                concat(times(70, Ballot.keeping("c1")), times(60, Ballot.keeping("c2"))), Round.Kind.TIE_REVOTE);
        assertThat(Tally.count(defaults, revote).elected()).isEmpty();
        assertThat(Tally.count(defaults.withRevoteNeedsMajority(false), revote).elected()).containsExactly("c1");
    }

    @Test
    void aRepeatTieInTheRevoteIsATieAgain() {
        // Q4: three tied for two seats re-vote; c2 and c3 tie again, both passing, for the last seat.
        List<Ballot> ballots = concat(times(50, Ballot.keeping("c1", "c2")), times(40, Ballot.keeping("c1", "c3")),
                times(10, Ballot.keeping("c2", "c3")), times(10, Ballot.keeping("c3")));
        Round revote = new Round("t", 2, 2, Method.STRIKE_OUT, candidates(3), Electorate.of(110), 110, ballots,
                Round.Kind.TIE_REVOTE);
        CountResult result = Tally.count(defaults, revote);
        assertThat(result.elected()).containsExactly("c1");
        assertThat(result.tie()).contains(new Tie(List.of("c2", "c3"), 1));
    }

    @Test
    void moreBallotsCollectedThanIssuedStopTheCountUnlessTheRulesSayOtherwise() {
        Round round = strikeOut(1, 2, Electorate.of(10), 2, times(3, Ballot.keeping("c1")));
        assertThatThrownBy(() -> Tally.count(defaults, round)).isInstanceOf(InconsistentCount.class)
                .hasMessageContaining("thu vào (3)");
        assertThat(Tally.count(defaults.withBlockCollectedAboveIssued(false), round).collected()).isEqualTo(3);
    }

    @Test
    void surplusRoundingIsFloorWithAMinimumOfOne() {
        assertThat(CandidateLists.maxSurplus(1, defaults)).isEqualTo(1);
        assertThat(CandidateLists.maxSurplus(9, defaults)).isEqualTo(2);
        assertThat(CandidateLists.maxSurplus(9, defaults.withSurplusRounding(ElectionRules.SurplusRounding.HALF_UP))).isEqualTo(3);
        // 3–5 seats allow one extra whatever the rounding [C].
        assertThat(CandidateLists.maxSurplus(4, defaults.withSurplusRounding(ElectionRules.SurplusRounding.CEILING))).isEqualTo(1);
    }

    @Test
    void committeeListsMustBeLongerThanTheSeatsWhileOtherPostsMayEqualThem() {
        assertThat(CandidateLists.check(Post.EXECUTIVE_COMMITTEE, 7, 7, defaults).problems())
                .singleElement().asString().contains("phải nhiều hơn");
        assertThat(CandidateLists.check(Post.INSPECTION_COMMITTEE, 5, 5, defaults).acceptable()).isTrue();
        assertThat(CandidateLists.check(Post.SECRETARY, 1, 1, defaults).acceptable()).isTrue();
        assertThat(CandidateLists.check(Post.STANDING_COMMITTEE, 7, 9, defaults).acceptable()).isTrue();
        assertThat(CandidateLists.check(Post.STANDING_COMMITTEE, 7, 10, defaults).acceptable()).isFalse();
    }

    @Test
    void delegateListsKeepToTheCapUnlessTheRulesLiftIt() {
        assertThat(CandidateLists.check(Post.DELEGATE, 10, 15, defaults).acceptable()).isFalse();
        assertThat(CandidateLists.check(Post.DELEGATE, 10, 15, defaults.withDelegateSurplusCapped(false)).acceptable()).isTrue();
    }

    @Test
    void aMergedListAboveTheCapIsCutByAPollKeepingTheTopScorers() {
        CandidateLists.Merge merge = CandidateLists.merge(Post.EXECUTIVE_COMMITTEE, 7, 8, 3, defaults);
        assertThat(merge.step()).isEqualTo(CandidateLists.MergeStep.CONGRESS_POLLED_TO_CUT);
        assertThat(merge.maxNames()).isEqualTo(9);
        assertThat(CandidateLists.merge(Post.EXECUTIVE_COMMITTEE, 7, 8, 1, defaults).step())
                .isEqualTo(CandidateLists.MergeStep.CONGRESS_VOTES_LIST);

        List<Candidate> eleven = candidates(11);
        java.util.Map<String, Integer> poll = new java.util.HashMap<>();
        for (int i = 1; i <= 11; i++) {
            poll.put("c" + i, 100 - i);
        }
        assertThat(CandidateLists.cut(eleven, poll, 9).kept()).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        poll.put("c10", 91); // c9 and c10 tie at the cut
        CandidateLists.Cut tied = CandidateLists.cut(eleven, poll, 9);
        assertThat(tied.kept()).hasSize(8);
        assertThat(tied.tie()).contains(new Tie(List.of("c9", "c10"), 1));
    }

    @Test
    void aCellOfNineOrMoreElectsACommitteeOfAtMostSeven() {
        assertThat(Post.electedByCell(8)).isEqualTo(Post.CELL_SECRETARY);
        assertThat(Post.electedByCell(9)).isEqualTo(Post.CELL_COMMITTEE);
        assertThat(CandidateLists.check(Post.CELL_COMMITTEE, 8, 9, defaults).problems()).anyMatch(p -> p.contains("tối đa 7"));
    }

    @Test
    void aCellThatFailsToElectItsSecretaryThreeTimesHasOneAppointed() {
        Round round = agreeDisagree(1, Electorate.of(8), 8, concat(times(4, CongressFixtures.marks(Mark.AGREE)),
                times(4, CongressFixtures.marks(Mark.DISAGREE))));
        CountResult failed = Tally.count(defaults, round);
        assertThat(failed.elected()).isEmpty();
        assertThat(ElectionProgress.of(1, failed, failed).higherCommitteeAppoints(Post.CELL_SECRETARY)).isFalse();
        assertThat(ElectionProgress.of(1, failed, failed, failed).higherCommitteeAppoints(Post.CELL_SECRETARY)).isTrue();
        assertThat(ElectionProgress.of(1, failed, failed, failed).higherCommitteeAppoints(Post.SECRETARY)).isFalse();
    }

    @Test
    void ballotNamesAreOrderedByGivenNameThenSurnameThenMiddleName() {
        List<Candidate> list = List.of(new Candidate("1", "Trần Văn Bình"), new Candidate("2", "Đặng Thị An"),
                new Candidate("3", "Nguyễn Thị Ân"), new Candidate("4", "Lê Văn An"), new Candidate("5", "Lê Hữu An"),
                new Candidate("6", "Phạm Văn Anh"));
        // Vietnamese order: An, Anh, Ân; D before Đ before L.
        assertThat(BallotOrder.sort(list, defaults)).extracting(Candidate::id).containsExactly("2", "5", "4", "6", "3", "1");
        assertThat(BallotOrder.sort(list, defaults.withBallotNameOrder(ElectionRules.NameOrder.GIVEN_MIDDLE_SURNAME)))
                .extracting(Candidate::id).containsExactly("5", "2", "4", "6", "3", "1");
    }

    @Test
    void percentagesHaveTwoDecimalsRoundedHalfUp() {
        assertThat(Percent.of(28, 31)).isEqualTo("90.32");
        assertThat(Percent.of(1, 160)).isEqualTo("0.63");
        assertThat(Percent.of(2, 3)).isEqualTo("66.67");
        assertThat(Percent.of(0, 7)).isEqualTo("0.00");
        assertThat(Percent.of(31, 31)).isEqualTo("100.00");
    }
}
