package vn.dangbo.congress.counting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Random rounds that the engine must count: every kind of ballot, base above zero, issued ≥ collected. */
public final class RoundArbitraries {

    private RoundArbitraries() {
    }

    public static Arbitrary<Round> rounds() {
        return Arbitraries.of(Method.values()).flatMap(RoundArbitraries::rounds);
    }

    public static Arbitrary<Round> rounds(Method method) {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.longs(),
                        excluded(),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, 3))
                .as((seats, extra, collected, seed, excluded, extraConvened, extraIssued) -> {
                    int names = method == Method.STRIKE_OUT ? seats + extra : seats;
                    List<Candidate> list = CongressFixtures.candidates(names);
                    List<Ballot> ballots = ballots(new Random(seed), method, list, seats, collected);
                    int subtracted = excluded.entrySet().stream()
                            .filter(e -> e.getKey() != Exclusion.ABSENT_UNEXCUSED)
                            .mapToInt(Map.Entry::getValue).sum();
                    // The base sits around the ballots collected, never at zero.
                    int base = Math.max(1, collected - 4 + extraConvened);
                    return new Round("prop-" + method, 1, seats, method, list, new Electorate(base + subtracted, excluded),
                            collected + extraIssued, ballots);
                });
    }

    private static final double[] POPULARITY = {0.97, 0.9, 0.9, 0.8, 0.7, 0.6, 0.5, 0.2};

    /** Voters who favour some names over others, so that rounds elect, tie and leave seats open. */
    static List<Ballot> ballots(Random random, Method method, List<Candidate> list, int seats, int count) {
        double[] popularity = list.stream().mapToDouble(c -> POPULARITY[random.nextInt(POPULARITY.length)]).toArray();
        List<Ballot> ballots = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            Ballot.Choice choice;
            if (method == Method.STRIKE_OUT) {
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (random.nextDouble() < popularity[i]) {
                        kept.add(list.get(i).id());
                    }
                }
                Collections.shuffle(kept, random);
                if (kept.size() > seats && random.nextInt(10) > 0) {
                    kept = new ArrayList<>(kept.subList(0, seats));
                }
                if (kept.isEmpty() && random.nextInt(10) > 0) {
                    kept.add(list.get(random.nextInt(list.size())).id());
                }
                choice = new Ballot.Kept(kept);
            } else {
                Map<String, Mark> marks = new LinkedHashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    int odd = random.nextInt(20);
                    marks.put(list.get(i).id(), odd == 0 ? Mark.BOTH : odd == 1 ? Mark.NONE
                            : random.nextDouble() < popularity[i] ? Mark.AGREE : Mark.DISAGREE);
                }
                choice = new Ballot.Marked(marks);
            }
            List<String> written = random.nextInt(25) == 0 ? List.of(WRITTEN[random.nextInt(WRITTEN.length)]) : List.of();
            boolean unstamped = random.nextInt(25) == 0;
            int r = random.nextInt(12);
            Optional<Ruling> ruling = r == 0 ? Optional.of(Ruling.valid(REASONS[random.nextInt(REASONS.length)]))
                    : r == 1 ? Optional.of(Ruling.invalid(REASONS[random.nextInt(REASONS.length)])) : Optional.empty();
            ballots.add(new Ballot(choice, written, unstamped, ruling));
        }
        return ballots;
    }

    private static final String[] WRITTEN = {"Trần Văn Tư", "Ngô \"Tám\""};

    // Quotes, backslashes, controls, astral characters and U+2028 exercise the canonical form.
    private static final String[] REASONS = {"Có chữ ký", "Nét gạch \"mờ\"", "gạch\\chéo", "dòng\nmới\ttab",
            "\u0001 ký tự điều khiển", "€ 😀 \u2028", "Đánh dấu lạ ở góc phải"};

    static Arbitrary<Map<Exclusion, Integer>> excluded() {
        return Arbitraries.maps(Arbitraries.of(Exclusion.values()), Arbitraries.integers().between(0, 3))
                .ofMaxSize(3).map(m -> m.isEmpty() ? Map.of() : new EnumMap<>(m));
    }
}
