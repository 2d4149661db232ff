package vn.dangbo.rating.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Applies the EXCELLENT quota to rated cases after their ceilings, scope by scope (R5). */
final class QuotaAllocation {

    /** One rated case on its way to a decision. */
    static final class Entry {
        final long id;
        final String scopeKey;
        final int total;
        final Level proposed;
        Level decided;
        final List<Reason> refusals;

        Entry(long id, String scopeKey, int total, Level proposed, Ceiling ceiling) {
            this.id = id;
            this.scopeKey = scopeKey;
            this.total = total;
            this.proposed = proposed;
            this.decided = proposed.atMost(ceiling.level());
            this.refusals = new ArrayList<>(ceiling.against(proposed));
        }

        Decision.Rated toDecision() {
            return new Decision.Rated(id, proposed, decided, refusals);
        }
    }

    // Highest score first; equal scores by id so that the order of entry never decides.
    private static final Comparator<Entry> RANK =
            Comparator.comparingInt((Entry e) -> e.total).reversed().thenComparingLong(e -> e.id);

    private QuotaAllocation() {
    }

    /**
     * Those beyond the quota keep GOOD: they met every condition for EXCELLENT, and so for GOOD,
     * which also keeps the GOOD-or-better count, hence the quota, unchanged by the cut.
     */
    static List<QuotaUse> apply(Quota quota, List<Entry> entries, Function<QuotaUse, String> message) {
        Map<String, List<Entry>> byScope = new TreeMap<>();
        for (Entry entry : entries) {
            byScope.computeIfAbsent(entry.scopeKey, k -> new ArrayList<>()).add(entry);
        }
        List<QuotaUse> uses = new ArrayList<>();
        byScope.forEach((key, inScope) -> {
            int goodOrBetter = (int) inScope.stream().filter(e -> e.decided.isAtLeast(Level.GOOD)).count();
            int allowed = quota.allowed(goodOrBetter);
            List<Entry> excellent = inScope.stream().filter(e -> e.decided == Level.EXCELLENT).sorted(RANK).toList();
            QuotaUse use = new QuotaUse(quota.scope(), key, quota.percent(), goodOrBetter, allowed, excellent.size(),
                    Math.min(allowed, excellent.size()));
            String text = message.apply(use);
            for (Entry cut : excellent.subList(Math.min(allowed, excellent.size()), excellent.size())) {
                cut.decided = Level.GOOD;
                cut.refusals.add(new Reason(Rule.QUOTA, Level.GOOD, text));
            }
            uses.add(use);
        });
        return uses;
    }

    static String scopeKey(Quota.Scope scope, long cellId, String dutyGroup) {
        return switch (scope) {
            case ORGANIZATION -> "";
            case CELL -> Long.toString(cellId);
            case DUTY_GROUP -> dutyGroup;
        };
    }

    static String scopeSuffix(QuotaUse use) {
        return switch (use.scope()) {
            case ORGANIZATION -> "";
            case CELL -> " trong chi bộ";
            case DUTY_GROUP -> " trong nhóm " + use.scopeKey();
        };
    }
}
