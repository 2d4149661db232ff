package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.Collections;
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
 * Plain loops rather than streams and lambdas: {@code recount} runs this once in a cold JVM, where
 * setting up each lambda costs milliseconds.
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
            byValidity.put(validity, byValidity.getOrDefault(validity, 0) + 1);
            if (!validity.valid()) {
                continue;
            }
            valid++;
            Ballot.Choice choice = ballot.choice();
            if (choice instanceof Ballot.Kept kept) {
                for (String id : kept.ids()) {
                    votes[position.get(id)]++;
                }
            } else if (choice instanceof Ballot.Marked marked) {
                for (Map.Entry<String, Mark> mark : marked.marks().entrySet()) {
                    if (mark.getValue() == Mark.AGREE) {
                        votes[position.get(mark.getKey())]++;
                    }
                }
            } else {
                throw Ballot.unknown(choice);
            }
        }

        List<Integer> order = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            order.add(i);
        }
        // Highest first; equal votes keep list order. Never age (that is the State rule, R20).
        order.sort(new Comparator<>() {
            @Override
            public int compare(Integer a, Integer b) {
                int byVotes = Long.compare(votes[b], votes[a]);
                return byVotes != 0 ? byVotes : Integer.compare(a, b);
            }
        });

        boolean majorityNeeded = round.kind() == Round.Kind.REGULAR || rules.revoteNeedsMajority();
        List<Integer> passing = new ArrayList<>();
        for (int i : order) {
            if (!majorityNeeded || base.passes(votes[i])) {
                passing.add(i);
            }
        }

        List<Integer> elected = new ArrayList<>();
        Optional<Tie> tie = Optional.empty();
        int seats = round.seats();
        if (passing.size() <= seats || votes[passing.get(seats - 1)] != votes[passing.get(seats)]) {
            elected.addAll(passing.subList(0, Math.min(seats, passing.size())));
        } else {
            long last = votes[passing.get(seats - 1)];
            List<Integer> tiedPositions = new ArrayList<>();
            for (int i : passing) {
                if (votes[i] > last) {
                    elected.add(i);
                } else if (votes[i] == last) {
                    tiedPositions.add(i);
                }
            }
            Collections.sort(tiedPositions);
            tie = Optional.of(new Tie(ids(list, tiedPositions), seats - elected.size()));
        }
        int tieSeats = tie.isPresent() ? tie.get().seats() : 0;
        int vacant = Math.max(0, seats - elected.size() - tieSeats);

        boolean[] isElected = new boolean[list.size()];
        for (int i : elected) {
            isElected[i] = true;
        }
        List<CandidateTally> tallies = new ArrayList<>(list.size());
        for (int i : order) {
            tallies.add(new CandidateTally(list.get(i), i, (int) votes[i], base.passes(votes[i]), isElected[i],
                    Percent.of(votes[i], base.value()),
                    valid == 0 ? Optional.<String>empty() : Optional.of(Percent.of(votes[i], valid))));
        }
        return new CountResult(round.electionId(), round.number(), seats, base, base.needed(), round.issued(),
                collected, valid, collected - valid, byValidity, tallies,
                ids(list, elected), tie, vacant);
    }

    private static List<String> ids(List<Candidate> list, List<Integer> positions) {
        List<String> ids = new ArrayList<>(positions.size());
        for (int i : positions) {
            ids.add(list.get(i).id());
        }
        return ids;
    }
}
