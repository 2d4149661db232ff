package vn.dangbo.congress.counting;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.congress.counting.CongressFixtures.*;
import static vn.dangbo.congress.counting.Mark.*;

/** The worked examples E1–E11 of elections.md §3, one nested class each. */
class WorkedExamplesTests {

    @Nested
    class E1MembersCongress {

        final Electorate electorate = Electorate.of(33)
                .excluding(Exclusion.TRANSFERRED, 1)
                .excluding(Exclusion.EXEMPT_ABSENT, 1);

        final Round round = strikeOut(7, 9, electorate, 30, concat(
                strikeOutBallots(29, 28, 27, 25, 22, 19, 17, 16, 15, 9),
                List.of(Ballot.keeping("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"))));

        @Test
        void theBaseLeavesOutTheTransferredAndTheExemptAbsentAndNeedsSixteen() {
            CountResult result = count(round);
            assertThat(result.base().value()).isEqualTo(31);
            assertThat(result.base().subtracted()).extracting(Base.Item::reason)
                    .containsExactly(Exclusion.TRANSFERRED, Exclusion.EXEMPT_ABSENT);
            assertThat(result.needed()).isEqualTo(16);
        }

        @Test
        void aBallotKeepingEightOfNineForSevenSeatsIsTheOnlyInvalidOne() {
            CountResult result = count(round);
            assertThat(result.issued()).isEqualTo(30);
            assertThat(result.collected()).isEqualTo(30);
            assertThat(result.valid()).isEqualTo(29);
            assertThat(result.invalid()).isEqualTo(1);
            assertThat(result.byValidity()).containsEntry(Validity.MORE_KEPT_THAN_SEATS, 1);
        }

        @Test
        void theFirstSevenAreElectedAndFifteenVotesOfThirtyOneFail() {
            CountResult result = count(round);
            assertThat(result.candidates()).extracting(CandidateTally::votes)
                    .containsExactly(28, 27, 25, 22, 19, 17, 16, 15, 9);
            assertThat(result.elected()).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7");
            assertThat(result.candidate("c8")).get().extracting(CandidateTally::passed).isEqualTo(false);
            assertThat(result.tie()).isEmpty();
            assertThat(result.vacant()).isZero();
            assertThat(result.candidate("c1").orElseThrow().percentOfBase()).isEqualTo("90.32");
        }
    }

    @Nested
    class E2ExactHalf {

        final Electorate electorate = Electorate.of(11).excluding(Exclusion.ABSENT_ACCEPTED, 1);

        @Test
        void fiveVotesOfTenAreNotEnough() {
            CountResult result = count(agreeDisagree(1, electorate, 10,
                    concat(times(5, marks(AGREE)), times(5, marks(DISAGREE)))));
            assertThat(result.base().value()).isEqualTo(10);
            assertThat(result.needed()).isEqualTo(6);
            assertThat(result.elected()).isEmpty();
            assertThat(result.vacant()).isEqualTo(1);
        }

        @Test
        void sixVotesOfTenElect() {
            CountResult result = count(agreeDisagree(1, electorate, 10,
                    concat(times(6, marks(AGREE)), times(4, marks(DISAGREE)))));
            assertThat(result.elected()).containsExactly("c1");
        }
    }

    @Nested
    class E3TieAtTheLastSeat {

        // 150 convened; 2 committee members absent; 3 delegates absent, 1 of them replaced.
        final Electorate electorate = Electorate.of(150)
                .excluding(Exclusion.COMMITTEE_ABSENT, 2)
                .excluding(Exclusion.DELEGATE_ABSENT_NOT_REPLACED, 2);

        // c3 and c10 tie at 90 for ranks 15 and 16; c17 passes with 75; c18 fails.
        final int[] votes = {130, 128, 90, 126, 124, 122, 120, 118, 116, 90, 114, 112, 110, 105, 100, 95, 75, 60};

        @Test
        void theTwoTiedAtRanksFifteenAndSixteenAreNotElectedAndShareOneSeatInARevote() {
            CountResult result = count(strikeOut(15, 18, electorate, 146, strikeOutBallots(140, votes)));
            assertThat(result.base().value()).isEqualTo(146);
            assertThat(result.needed()).isEqualTo(74);
            assertThat(result.candidates().stream().filter(CandidateTally::passed)).hasSize(17);
            assertThat(result.elected()).hasSize(14).doesNotContain("c3", "c10", "c17");
            assertThat(result.tie()).contains(new Tie(List.of("c3", "c10"), 1));
            assertThat(result.vacant()).isZero();
        }

        @Test
        void theRevoteAmongTheTiedElectsTheOneWithEightyFiveVotes() {
            List<Candidate> tied = List.of(new Candidate("c3", "Nguyễn Văn Cường"), new Candidate("c10", "Nguyễn Văn Minh"));
            Round revote = new Round("test", 2, 1, Method.STRIKE_OUT, tied, electorate, 146,
                    concat(times(85, Ballot.keeping("c3")), times(58, Ballot.keeping("c10"))), Round.Kind.TIE_REVOTE);
            CountResult first = count(strikeOut(15, 18, electorate, 146, strikeOutBallots(140, votes)));
            ElectionProgress progress = ElectionProgress.of(15, first);
            progress.checkNextRound(revote, ElectionRules.DEFAULT);

            CountResult result = count(revote);
            assertThat(result.elected()).containsExactly("c3");
            assertThat(progress.then(result).elected()).hasSize(15).contains("c3");
            assertThat(progress.then(result).openSeats()).isZero();
        }

        @Test
        void aRoundAfterATieMustBeTheRevoteAmongTheTied() {
            CountResult first = count(strikeOut(15, 18, electorate, 146, strikeOutBallots(140, votes)));
            Round others = new Round("test", 2, 1, Method.STRIKE_OUT,
                    List.of(new Candidate("c3", "A"), new Candidate("c17", "B")), electorate, 146, List.of(),
                    Round.Kind.TIE_REVOTE);
            assertThatThrownBy(() -> ElectionProgress.of(15, first).checkNextRound(others, ElectionRules.DEFAULT))
                    .isInstanceOf(InvalidRound.class).hasMessageContaining("bằng phiếu");
        }
    }

    @Nested
    class E4FewerElectedThanSeats {

        final Electorate electorate = Electorate.of(60);
        final CountResult first = count(strikeOut(9, 11, electorate, 60,
                strikeOutBallots(58, 55, 54, 50, 48, 45, 40, 33, 30, 28, 20, 10)));

        final List<Candidate> others = List.of(new Candidate("c8", "Nguyễn Văn Khánh"), new Candidate("c9", "Nguyễn Văn Lan"),
                new Candidate("c10", "Nguyễn Văn Minh"), new Candidate("c11", "Nguyễn Văn Nam"));

        Round secondRound(List<Ballot> ballots) {
            return new Round("test", 2, 2, Method.STRIKE_OUT, others, electorate, 60, ballots);
        }

        @Test
        void sevenPassInTheFirstRoundLeavingTwoSeats() {
            assertThat(first.needed()).isEqualTo(31);
            assertThat(first.elected()).hasSize(7);
            assertThat(first.vacant()).isEqualTo(2);
            assertThat(first.tie()).isEmpty();
        }

        @Test
        void aSecondRoundForTwoSeatsOnTheFourOthersElectsOneAndTheCongressStopsWithOneVacant() {
            List<Ballot> ballots = strikeOutBallots(58, 0, 0, 0, 0, 0, 0, 0, 35, 29, 20, 12);
            Round second = secondRound(ballots);
            ElectionProgress progress = ElectionProgress.of(9, first);
            progress.checkNextRound(second, ElectionRules.DEFAULT);

            CountResult result = count(second);
            assertThat(result.candidates()).extracting(CandidateTally::votes).containsExactly(35, 29, 20, 12);
            assertThat(result.elected()).containsExactly("c8");
            assertThat(result.candidate("c9").orElseThrow().passed()).isFalse(); // 29 × 2 = 58 ≤ 60
            assertThat(progress.then(result).elected()).hasSize(8);
            assertThat(progress.then(result).openSeats()).isEqualTo(1);
        }

        @Test
        void aLaterRoundMayNotNameSomeoneAlreadyElectedNorAskForMoreSeatsThanAreOpen() {
            ElectionProgress progress = ElectionProgress.of(9, first);
            List<Candidate> withElected = List.of(new Candidate("c1", "A"), new Candidate("c8", "B"), new Candidate("c9", "C"));
            assertThatThrownBy(() -> progress.checkNextRound(
                    new Round("test", 2, 2, Method.STRIKE_OUT, withElected, electorate, 60, List.of()), ElectionRules.DEFAULT))
                    .hasMessageContaining("đã trúng cử");
            assertThatThrownBy(() -> progress.checkNextRound(
                    new Round("test", 2, 3, Method.STRIKE_OUT, others, electorate, 60, List.of()), ElectionRules.DEFAULT))
                    .hasMessageContaining("số còn thiếu");
            assertThatThrownBy(() -> progress.checkNextRound(
                    new Round("test", 2, 2, Method.STRIKE_OUT, others, Electorate.of(59), 60, List.of()), ElectionRules.DEFAULT))
                    .hasMessageContaining("cùng cơ số");
        }
    }

    @Nested
    class E5NoSurplusSeveralNames {

        @Test
        void aBallotWithBothBoxesOnEveryNameIsInvalidAndBlanksDoNotVoidTheOthers() {
            List<Ballot> ballots = concat(
                    List.of(marks(BOTH, BOTH, BOTH, BOTH, BOTH)),
                    times(7, marks(AGREE, AGREE, AGREE, AGREE, AGREE)),
                    times(3, marks(AGREE, AGREE, AGREE, AGREE, DISAGREE)),
                    times(2, marks(AGREE, AGREE, AGREE, DISAGREE, NONE)),
                    List.of(marks(AGREE, AGREE, DISAGREE, DISAGREE, DISAGREE)),
                    List.of(marks(AGREE, DISAGREE, DISAGREE, DISAGREE, DISAGREE)));
            CountResult result = count(agreeDisagree(5, Electorate.of(15), 15, ballots));

            assertThat(result.needed()).isEqualTo(8);
            assertThat(result.collected()).isEqualTo(15);
            assertThat(result.invalid()).isEqualTo(1);
            assertThat(result.valid()).isEqualTo(14);
            assertThat(result.byValidity()).containsEntry(Validity.SOME_NAMES_UNCLEAR, 2);
            assertThat(result.candidates()).extracting(CandidateTally::votes).containsExactly(14, 13, 12, 10, 7);
            assertThat(result.elected()).containsExactly("c1", "c2", "c3", "c4");
            assertThat(result.vacant()).isEqualTo(1);
        }
    }

    @Nested
    class E6OneNameSecretary {

        final Electorate fifteen = Electorate.of(15);

        @Test
        void eightAgreeOfFifteenElectEvenWithABallotMarkedBoth() {
            List<Ballot> ballots = concat(List.of(marks(BOTH)), times(8, marks(AGREE)), times(5, marks(DISAGREE)));
            CountResult result = count(agreeDisagree(1, fifteen, 15, ballots));
            assertThat(result.valid()).isEqualTo(13);
            assertThat(result.byValidity()).containsEntry(Validity.SINGLE_NAME_UNCLEAR, 1);
            assertThat(result.elected()).containsExactly("c1");
        }

        @Test
        void sevenAgreeOfThirteenValidFailBecauseTheBaseIsNNotTheValidBallots() {
            List<Ballot> ballots = concat(List.of(marks(BOTH)), times(7, marks(AGREE)), times(6, marks(DISAGREE)));
            CountResult result = count(agreeDisagree(1, fifteen, 15, ballots));
            assertThat(result.valid()).isEqualTo(13);
            assertThat(result.elected()).isEmpty();
            assertThat(result.candidate("c1").orElseThrow().percentOfValid()).contains("53.85");
            assertThat(result.candidate("c1").orElseThrow().percentOfBase()).isEqualTo("46.67");
        }
    }

    @Nested
    class E7BallotValidityForSevenSeatsAndNineNames {

        static Validity judge(Ballot ballot) {
            return Validity.of(ballot, 7);
        }

        @Test
        void keepingSevenOrThreeNamesIsValid() {
            assertThat(judge(Ballot.keeping("c1", "c2", "c3", "c4", "c5", "c6", "c7"))).isEqualTo(Validity.KEPT_WITHIN_SEATS);
            assertThat(judge(Ballot.keeping("c2", "c5", "c9"))).isEqualTo(Validity.KEPT_WITHIN_SEATS);
        }

        @Test
        void keepingEightStrikingAllAddingANameOrAnUnstampedCopyIsInvalidByItsRow() {
            assertThat(judge(Ballot.keeping("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8")).row()).isEqualTo(2);
            assertThat(judge(Ballot.keeping()).row()).isEqualTo(3);
            assertThat(judge(Ballot.keeping("c1").withWritten("Trần Văn Tư")).row()).isEqualTo(4);
            assertThat(judge(Ballot.keeping("c1").asUnstamped()).row()).isEqualTo(1);
            assertThat(judge(Ballot.keeping("c1").asUnstamped()).valid()).isFalse();
        }

        @Test
        void aSignedBallotIsDecidedByTheBoardsRecordedRuling() {
            Ballot signed = Ballot.keeping("c1", "c2");
            assertThat(judge(signed.ruled(Ruling.invalid("Có chữ ký")))).isEqualTo(Validity.RULED_INVALID);
            assertThat(judge(signed.ruled(Ruling.valid("Nét gạch không rõ, vẫn đọc được")))).isEqualTo(Validity.RULED_VALID);
            assertThatThrownBy(() -> Ruling.valid(" ")).hasMessageContaining("lý do");
        }

        @Test
        void aRulingCannotSaveABallotTheTableVoids() {
            Ballot copy = Ballot.keeping("c1").asUnstamped().ruled(Ruling.valid("Ban kiểm phiếu chấp nhận"));
            assertThat(judge(copy)).isEqualTo(Validity.NOT_ISSUED);
        }

        @Test
        void aRuledValidBallotCountsItsKeptNamesAndARuledInvalidOneDoesNot() {
            Round round = strikeOut(7, 9, Electorate.of(10), 2, List.of(
                    Ballot.keeping("c1").ruled(Ruling.valid("Nét gạch không hết tên nhưng rõ ý")),
                    Ballot.keeping("c1", "c2").ruled(Ruling.invalid("Có chữ ký"))));
            CountResult result = count(round);
            assertThat(result.votesOf("c1")).isEqualTo(1);
            assertThat(result.votesOf("c2")).isZero();
            assertThat(result.valid()).isEqualTo(1);
        }
    }

    @Nested
    class E8Alternates {

        @Test
        void twoAlternatesAreElectedAndTheOneWithMoreVotesReplacesFirst() {
            Electorate electorate = Electorate.of(146);
            CountResult result = count(strikeOut(2, 4, electorate, 140, strikeOutBallots(140, 20, 118, 45, 90)));
            assertThat(result.valid()).isEqualTo(140);
            assertThat(result.elected()).containsExactly("c2", "c4");
            assertThat(Alternates.substitutionOrder(result))
                    .containsExactly(new Alternates.Substitute("c2", 118, 1, false), new Alternates.Substitute("c4", 90, 2, false));
        }

        @Test
        void alternatesWithEqualVotesShareARankTheBodyMustSettle() {
            CountResult result = count(strikeOut(2, 3, Electorate.of(100), 100, strikeOutBallots(100, 60, 60, 30)));
            assertThat(Alternates.substitutionOrder(result)).extracting(Alternates.Substitute::rank).containsExactly(1, 1);
            assertThat(Alternates.substitutionOrder(result)).allMatch(Alternates.Substitute::sharesRank);
        }
    }

    @Nested
    class E9FloorNominee {

        @Test
        void thirtySixOfOneHundredTwentyIsExactlyThirtyPercentAndNotEnough() {
            assertThat(CandidateLists.opinionBallotAdmits(36, 120)).isFalse();
        }

        @Test
        void thirtySevenOfOneHundredTwentyAddsTheNominee() {
            assertThat(CandidateLists.opinionBallotAdmits(37, 120)).isTrue();
        }
    }

    @Nested
    class E10ShowOfHands {

        @Test
        void sixteenForOfThirtyOneIsAdopted() {
            assertThat(new ShowOfHands(31, 16, 14).adopted()).isTrue();
        }

        @Test
        void fifteenForAndNoneAgainstIsNotAdoptedBecauseTheBaseIsNNotThosePresent() {
            assertThat(new ShowOfHands(31, 15, 0).adopted()).isFalse();
            assertThat(new ShowOfHands(31, 15, 0).needed()).isEqualTo(16);
        }
    }

    @Nested
    class E11SurplusCap {

        final ElectionRules rules = ElectionRules.DEFAULT;

        @Test
        void sevenSeatsAllowTwoExtraAndTheConveningListCarriesOne() {
            assertThat(CandidateLists.maxSurplus(7, rules)).isEqualTo(2);
            assertThat(CandidateLists.conveningSurplus(7, rules).max()).isEqualTo(1);
        }

        @Test
        void fourSeatsAllowOneExtra() {
            assertThat(CandidateLists.maxSurplus(4, rules)).isEqualTo(1);
        }

        @Test
        void fifteenSeatsAllowFourExtraAndTheConveningListMayCarryTwo() {
            assertThat(CandidateLists.maxSurplus(15, rules)).isEqualTo(4);
            assertThat(CandidateLists.conveningSurplus(15, rules).contains(2)).isTrue();
            assertThat(CandidateLists.check(Post.EXECUTIVE_COMMITTEE, 15, 20, rules).problems())
                    .singleElement().asString().contains("vượt quá");
        }
    }

    @Test
    void tieOnlyMattersAmongPassingCandidates() {
        // Both at 4 of base 10 fail: no tie, two seats vacant.
        CountResult result = count(strikeOut(2, 3, Electorate.of(10), 10, strikeOutBallots(10, 8, 4, 4)));
        assertThat(result.elected()).containsExactly("c1");
        assertThat(result.tie()).isEqualTo(Optional.empty());
        assertThat(result.vacant()).isEqualTo(1);
    }
}
