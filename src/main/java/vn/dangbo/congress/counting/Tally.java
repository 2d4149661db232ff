package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a round: ballot validity by the table (elections.md §2), votes, the base N, who passes
 * (votes × 2 > N, R15), who is elected within the seats (R19), a tie across the last seat (R20)
 * and the seats left vacant (R21). The application and the {@code recount} command call this.
 */
public final class Tally {

    private Tally() {
    }

    public static CountResult count(ElectionRules rules, Round round) {
        Base base = Base.of(round.electorate(), rules);
        if (base.value() <= 0) {
            throw new InconsistentCount("Cơ số tính kết quả (N) phải lớn hơn 0, nhưng là " + base.value() + ".");
        }
        int collected = round.ballots().size();
        if (rules.blockCollectedAboveIssued() && collected > round.issued()) {
            throw new InconsistentCount("Số phiếu thu vào (" + collected + ") nhiều hơn số phiếu phát ra ("
                    + round.issued() + ").");
        }

        List<Candidate> list = round.candidates();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            position.put(list.get(i).id(), i);
        }
        long[] votes = new long[list.size()];
        Map<Validity, Integer> byValidity = new EnumMap<>(Validity.class);
        int valid = 0;
        for (Ballot ballot : round.ballots()) {
            Validity validity = Validity.of(ballot, round.seats());
            byValidity.merge(validity, 1, Integer::sum);
            if (!validity.valid()) {
                continue;
            }
            valid++;
            switch (ballot.choice()) {
                case Ballot.Kept kept -> {
                    for (String id : kept.ids()) {
                        votes[position.get(id)]++;
                    }
                }
                case Ballot.Marked marked -> marked.marks().forEach((id, mark) -> {
                    if (mark == Mark.AGREE) {
                        votes[position.get(id)]++;
                    }
                });
            }
        }

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            order.add(i);
        }
        // Highest first; equal votes keep list order. Never age (that is the State rule, R20).
        order.sort(Comparator.<Integer>comparingLong(i -> -votes[i]).thenComparingInt(i -> i));

        boolean majorityNeeded = round.kind() == Round.Kind.REGULAR || rules.revoteNeedsMajority();
        List<Integer> passing = order.stream().filter(i -> !majorityNeeded || base.passes(votes[i])).toList();

        List<Integer> elected;
        Optional<Tie> tie = Optional.empty();
        int seats = round.seats();
        if (passing.size() <= seats || votes[passing.get(seats - 1)] != votes[passing.get(seats)]) {
            elected = passing.subList(0, Math.min(seats, passing.size()));
        } else {
            long last = votes[passing.get(seats - 1)];
            elected = passing.stream().filter(i -> votes[i] > last).toList();
            List<String> tied = passing.stream().filter(i -> votes[i] == last).sorted()
                    .map(i -> list.get(i).id()).toList();
            tie = Optional.of(new Tie(tied, seats - elected.size()));
        }
        int tieSeats = tie.map(Tie::seats).orElse(0);
        int vacant = Math.max(0, seats - elected.size() - tieSeats);

        boolean[] isElected = new boolean[list.size()];
        elected.forEach(i -> isElected[i] = true);
        int validBallots = valid;
        List<CandidateTally> tallies = order.stream().map(i -> new CandidateTally(
                list.get(i), i, (int) votes[i], base.passes(votes[i]), isElected[i],
                Percent.of(votes[i], base.value()),
                validBallots == 0 ? Optional.<String>empty() : Optional.of(Percent.of(votes[i], validBallots))))
                .toList();
        return new CountResult(round.electionId(), round.number(), seats, base, base.needed(), round.issued(),
                collected, valid, collected - valid, byValidity, tallies,
                elected.stream().map(i -> list.get(i).id()).toList(), tie, vacant);
    }
}
