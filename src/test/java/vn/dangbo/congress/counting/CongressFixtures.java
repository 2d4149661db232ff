package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Small named lists and ballots for the worked examples of elections.md. */
final class CongressFixtures {

    private CongressFixtures() {
    }

    static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Khánh", "Lan", "Minh",
            "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Uyên", "Vinh", "Yến"};

    /** c1, c2, … with Vietnamese names, in list order. */
    static List<Candidate> candidates(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Candidate("c" + i, "Nguyễn Văn " + GIVEN[(i - 1) % GIVEN.length] + (i > GIVEN.length ? " " + i : "")))
                .toList();
    }

    /**
     * Strike-out ballots giving candidate c(j+1) exactly {@code votes[j]} votes, spread evenly so that
     * every ballot keeps the same number of names, give or take one.
     */
    static List<Ballot> strikeOutBallots(int ballots, int... votes) {
        List<List<String>> kept = new ArrayList<>();
        for (int b = 0; b < ballots; b++) {
            kept.add(new ArrayList<>());
        }
        int next = 0;
        for (int j = 0; j < votes.length; j++) {
            if (votes[j] > ballots) {
                throw new IllegalArgumentException("more votes than ballots");
            }
            for (int v = 0; v < votes[j]; v++) {
                kept.get(next).add("c" + (j + 1));
                next = (next + 1) % ballots;
            }
        }
        return kept.stream().map(Ballot::keeping).toList();
    }

    /** One agree/disagree ballot with the given mark for c1, c2, … */
    static Ballot marks(Mark... marks) {
        Map<String, Mark> map = new LinkedHashMap<>();
        for (int i = 0; i < marks.length; i++) {
            map.put("c" + (i + 1), marks[i]);
        }
        return Ballot.marking(map);
    }

    static List<Ballot> times(int count, Ballot ballot) {
        return java.util.Collections.nCopies(count, ballot);
    }

    @SafeVarargs
    static List<Ballot> concat(List<Ballot>... parts) {
        List<Ballot> all = new ArrayList<>();
        for (List<Ballot> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static Round strikeOut(int seats, int names, Electorate electorate, int issued, List<Ballot> ballots) {
        return new Round("test", 1, seats, Method.STRIKE_OUT, candidates(names), electorate, issued, ballots);
    }

    static Round agreeDisagree(int seats, Electorate electorate, int issued, List<Ballot> ballots) {
        return new Round("test", 1, seats, Method.AGREE_DISAGREE, candidates(seats), electorate, issued, ballots);
    }

    static CountResult count(Round round) {
        return Tally.count(ElectionRules.DEFAULT, round);
    }
}
