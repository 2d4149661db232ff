package vn.dangbo.congress.counting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TallyProperties {

    static CountResult count(Round round) {
        return Tally.count(ElectionRules.DEFAULT, round);
    }

    @Provide
    Arbitrary<Round> rounds() {
        return RoundArbitraries.rounds();
    }

    @Provide
    Arbitrary<Round> strikeOutRounds() {
        return RoundArbitraries.rounds(Method.STRIKE_OUT).filter(r -> !r.ballots().isEmpty());
    }

    @Provide
    Arbitrary<Round> agreeDisagreeRounds() {
        return RoundArbitraries.rounds(Method.AGREE_DISAGREE).filter(r -> !r.ballots().isEmpty());
    }

    @Property
    void permutingTheBallotsChangesNothing(@ForAll("rounds") Round round, @ForAll long seed) {
        List<Ballot> shuffled = new ArrayList<>(round.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(count(round.withBallots(shuffled))).isEqualTo(count(round));
    }

    @Property
    void keepingOneMoreNameOnABallotNeverLowersThatCandidatesVotes(@ForAll("strikeOutRounds") Round round,
                                                                  @ForAll @IntRange(max = 1000) int pick, @ForAll @IntRange(max = 1000) int name) {
        int index = pick % round.ballots().size();
        Ballot ballot = round.ballots().get(index);
        List<String> kept = ((Ballot.Kept) ballot.choice()).ids();
        List<String> struck = round.candidates().stream().map(Candidate::id).filter(id -> !kept.contains(id)).toList();
        Assume.that(!struck.isEmpty());
        String added = struck.get(name % struck.size());

        List<String> more = new ArrayList<>(kept);
        more.add(added);
        List<Ballot> ballots = new ArrayList<>(round.ballots());
        ballots.set(index, new Ballot(new Ballot.Kept(more), ballot.written(), ballot.unstamped(), ballot.ruling()));
        int before = count(round).votesOf(added);
        int after = count(round.withBallots(ballots)).votesOf(added);

        assertThat(after).isGreaterThanOrEqualTo(before);
        if (Validity.of(ballot, round.seats()).valid() && more.size() <= round.seats()) {
            assertThat(after).isEqualTo(before + 1);
        }
    }

    @Property
    void markingAgreeInsteadOfAnotherMarkNeverLowersThatCandidatesVotes(@ForAll("agreeDisagreeRounds") Round round,
                                                                       @ForAll @IntRange(max = 1000) int pick, @ForAll @IntRange(max = 1000) int name) {
        int index = pick % round.ballots().size();
        Ballot ballot = round.ballots().get(index);
        String id = round.candidates().get(name % round.candidates().size()).id();
        Map<String, Mark> marks = new LinkedHashMap<>(((Ballot.Marked) ballot.choice()).marks());
        marks.put(id, Mark.AGREE);
        List<Ballot> ballots = new ArrayList<>(round.ballots());
        ballots.set(index, new Ballot(new Ballot.Marked(marks), ballot.written(), ballot.unstamped(), ballot.ruling()));

        assertThat(count(round.withBallots(ballots)).votesOf(id)).isGreaterThanOrEqualTo(count(round).votesOf(id));
    }

    @Provide
    Arbitrary<Round> exactlyHalf() {
        // c1 is kept on exactly k of 2k ballots, with a base of 2k; the others get what they get.
        return Combinators.combine(Arbitraries.integers().between(1, 25), Arbitraries.integers().between(1, 4),
                        Arbitraries.longs())
                .as((k, seats, seed) -> {
                    Random random = new Random(seed);
                    List<Candidate> list = CongressFixtures.candidates(seats + 2);
                    List<Ballot> ballots = new ArrayList<>();
                    for (int b = 0; b < 2 * k; b++) {
                        List<String> others = new ArrayList<>(list.stream().map(Candidate::id).filter(id -> !id.equals("c1")).toList());
                        Collections.shuffle(others, random);
                        List<String> kept = new ArrayList<>();
                        if (b < k) {
                            kept.add("c1");
                        }
                        kept.addAll(others.subList(0, random.nextInt(seats - kept.size() + 1)));
                        if (kept.isEmpty()) {
                            kept.add(others.getFirst());
                        }
                        ballots.add(Ballot.keeping(kept));
                    }
                    return new Round("half", 1, seats, Method.STRIKE_OUT, list, Electorate.of(2 * k), 2 * k, ballots);
                });
    }

    @Property
    void exactlyHalfOfTheBaseNeverElects(@ForAll("exactlyHalf") Round round) {
        CountResult result = count(round);
        assertThat(result.votesOf("c1") * 2).isEqualTo(result.base().value());
        assertThat(result.elected()).doesNotContain("c1");
        assertThat(result.candidate("c1").orElseThrow().passed()).isFalse();
        assertThat(result.tie().map(Tie::candidates).orElse(List.of())).doesNotContain("c1");
    }

    @Property
    void everyoneElectedHasMoreThanHalfOfTheBase(@ForAll("rounds") Round round) {
        CountResult result = count(round);
        for (String id : result.elected()) {
            assertThat((long) result.votesOf(id) * 2).isGreaterThan(result.base().value());
            assertThat(result.votesOf(id)).isGreaterThanOrEqualTo(result.needed());
        }
        result.tie().ifPresent(tie -> tie.candidates()
                .forEach(id -> assertThat(result.votesOf(id)).isGreaterThanOrEqualTo(result.needed())));
    }

    @Property
    void electedNeverExceedTheSeatsAndEverySeatIsElectedTiedOrVacant(@ForAll("rounds") Round round) {
        CountResult result = count(round);
        int tieSeats = result.tie().map(Tie::seats).orElse(0);
        Statistics.label("outcome").collect(result.tie().isPresent() ? "tie" : result.vacant() > 0 ? "vacant" : "filled");
        Statistics.label("some invalid").collect(result.invalid() > 0);
        assertThat(result.elected()).hasSizeLessThanOrEqualTo(round.seats()).doesNotHaveDuplicates();
        assertThat(result.elected().size() + tieSeats + result.vacant()).isEqualTo(round.seats());
        result.tie().ifPresent(tie -> {
            assertThat(tie.candidates()).hasSizeGreaterThan(tie.seats());
            assertThat(tie.candidates().stream().map(result::votesOf).distinct()).hasSize(1);
            tie.candidates().forEach(id -> assertThat(result.elected()).doesNotContain(id));
        });
    }

    @Property
    void collectedBallotsAreValidOrInvalidAndVotesComeOnlyFromValidOnes(@ForAll("rounds") Round round) {
        CountResult result = count(round);
        assertThat(result.valid() + result.invalid()).isEqualTo(result.collected()).isEqualTo(round.ballots().size());
        int perBallot = round.method() == Method.STRIKE_OUT ? round.seats() : round.candidates().size();
        int total = result.candidates().stream().mapToInt(CandidateTally::votes).sum();
        assertThat(total).isLessThanOrEqualTo(result.valid() * perBallot);
        result.candidates().forEach(c -> assertThat(c.votes()).isLessThanOrEqualTo(result.valid()));
    }

    @Property
    void candidatesAreOrderedByVotesThenListOrder(@ForAll("rounds") Round round) {
        List<CandidateTally> tallies = count(round).candidates();
        for (int i = 1; i < tallies.size(); i++) {
            CandidateTally before = tallies.get(i - 1);
            CandidateTally after = tallies.get(i);
            assertThat(before.votes() > after.votes()
                    || (before.votes() == after.votes() && before.listPosition() < after.listPosition())).isTrue();
        }
    }
}
