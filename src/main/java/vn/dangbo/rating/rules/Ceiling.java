package vn.dangbo.rating.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The highest level the rules allow one case, with every reason that holds it below EXCELLENT. */
public record Ceiling(Level level, List<Reason> reasons) {

    public Ceiling {
        reasons = List.copyOf(reasons);
    }

    /** The reasons that stand between a proposal and this ceiling, strictest first. */
    List<Reason> against(Level proposed) {
        return reasons.stream()
                .filter(r -> proposed.isAbove(r.cap()))
                .sorted(Comparator.comparing(Reason::cap).reversed())
                .toList();
    }

    static final class Builder {
        private Level level = Level.EXCELLENT;
        private final List<Reason> reasons = new ArrayList<>();

        void limit(Rule rule, Level cap, String message) {
            if (cap != Level.EXCELLENT) {
                reasons.add(new Reason(rule, cap, message));
                level = level.atMost(cap);
            }
        }

        Ceiling build() {
            return new Ceiling(level, reasons);
        }
    }
}
