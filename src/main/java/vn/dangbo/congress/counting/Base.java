package vn.dangbo.congress.counting;

import java.util.List;

/**
 * The base N of a vote with every exclusion itemised, as the minutes show it (R14, R16–R18).
 *
 * @param subtracted the exclusions taken out of N, by reason
 * @param kept       the exclusions recorded but left in N (e.g. absent without an accepted reason)
 */
public record Base(int convened, List<Item> subtracted, List<Item> kept, int value) {

    public record Item(Exclusion reason, int count) {
    }

    public Base {
        subtracted = List.copyOf(subtracted);
        kept = List.copyOf(kept);
    }

    public static Base of(Electorate electorate, ElectionRules rules) {
        long value = electorate.convened();
        List<Item> subtracted = new java.util.ArrayList<>();
        List<Item> kept = new java.util.ArrayList<>();
        for (var entry : electorate.excluded().entrySet()) {
            Item item = new Item(entry.getKey(), entry.getValue());
            if (rules.subtracted().contains(entry.getKey())) {
                value -= entry.getValue();
                subtracted.add(item);
            } else {
                kept.add(item);
            }
        }
        if (value < Integer.MIN_VALUE) {
            value = Integer.MIN_VALUE;
        }
        return new Base(electorate.convened(), subtracted, kept, (int) value);
    }

    /** The fewest votes that pass: votes × 2 > N (R15). */
    public int needed() {
        return value < 0 ? 0 : value / 2 + 1;
    }

    /** Absolute majority of N, in integers: exactly half fails (R15, R22–R24). */
    public boolean passes(long votes) {
        return votes * 2 > value;
    }
}
