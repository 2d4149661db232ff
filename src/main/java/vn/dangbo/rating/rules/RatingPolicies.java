package vn.dangbo.rating.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The policies an organization has used, looked up by the year under review. */
public final class RatingPolicies {

    /**
     * QĐ 124-QĐ/TW and HD 25-HD/BTCTW (2023). Defaults not confirmed from the text itself:
     * the 20% quota, its scope and floor rounding (R5 [M], [V]); 3 months of sick leave as
     * 90 days capping at COMPLETED (R7, 2019 guidance [verify]); the bands' lower edge 50 (R3 [M]);
     * the collective's 30% and 20% thresholds (R3, R9); two years for removal (R11 [M]).
     */
    public static final RatingPolicy QD_124_2023 = new RatingPolicy(
            2023,
            "Quy định 124-QĐ/TW (2023), Hướng dẫn 25-HD/BTCTW (2023)",
            ScoreBands.standard(),
            Quota.standard(),
            Quota.standard(), // organizations: open question 1, same as members until confirmed [M]
            RatingPolicy.notCompletedForEveryForm(),
            Level.EXCELLENT, // R4 excepts the self-remedied without a cap of its own; open question
            6,
            NewMemberMode.NOT_REVIEWED,
            6, // organizations: 2019 guidance [S 2019]
            90,
            Level.COMPLETED,
            CollectiveCriteria.standard(),
            2);

    /**
     * QĐ 366-QĐ/TW (30/8/2025) and HD 43-HD/BTCTW (31/10/2025). Same numbers as 2023 until the
     * texts are checked (open questions 1 and 2): quota [M], new members and sick leave [M].
     */
    public static final RatingPolicy QD_366_2025 = QD_124_2023.effectiveFrom(2025,
            "Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025)");

    private final List<RatingPolicy> policies;

    private RatingPolicies(List<RatingPolicy> policies) {
        this.policies = policies;
    }

    public static RatingPolicies baseline() {
        return of(List.of(QD_124_2023, QD_366_2025));
    }

    public static RatingPolicies of(Collection<RatingPolicy> policies) {
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("At least one policy is needed");
        }
        List<RatingPolicy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparingInt(RatingPolicy::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom() == sorted.get(i - 1).effectiveFrom()) {
                throw new IllegalArgumentException("Two policies from " + sorted.get(i).effectiveFrom());
            }
        }
        return new RatingPolicies(List.copyOf(sorted));
    }

    /** These policies with one added, replacing any that starts in the same year. */
    public RatingPolicies with(RatingPolicy policy) {
        List<RatingPolicy> next = new ArrayList<>(policies);
        next.removeIf(p -> p.effectiveFrom() == policy.effectiveFrom());
        next.add(policy);
        return of(next);
    }

    /**
     * The latest policy starting on or before the year. Years before the earliest get the
     * earliest: older texts are not loaded, and their results are history, not re-decided.
     */
    public RatingPolicy inForce(int year) {
        RatingPolicy found = policies.getFirst();
        for (RatingPolicy policy : policies) {
            if (policy.effectiveFrom() <= year) {
                found = policy;
            }
        }
        return found;
    }

    public List<RatingPolicy> all() {
        return policies;
    }
}
