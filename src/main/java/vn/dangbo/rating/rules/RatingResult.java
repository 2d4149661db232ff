package vn.dangbo.rating.rules;

import java.util.List;
import java.util.Optional;

/** Decisions ordered by id, and the quota as applied in each scope, ordered by scope key. */
public record RatingResult(int year, String basis, List<Decision> decisions, List<QuotaUse> quotas) {

    public RatingResult {
        decisions = List.copyOf(decisions);
        quotas = List.copyOf(quotas);
    }

    public Optional<Decision> decisionFor(long id) {
        return decisions.stream().filter(d -> d.id() == id).findFirst();
    }

    public Optional<Level> levelOf(long id) {
        return decisionFor(id).flatMap(Decision::level);
    }

    public long count(Level level) {
        return decisions.stream().filter(d -> d.level().equals(Optional.of(level))).count();
    }

    public List<Decision.Rated> rated() {
        return decisions.stream().filter(Decision.Rated.class::isInstance).map(Decision.Rated.class::cast).toList();
    }

    public List<Decision.NotRated> notRated() {
        return decisions.stream().filter(Decision.NotRated.class::isInstance).map(Decision.NotRated.class::cast).toList();
    }

    public List<Decision.Rated> refused() {
        return rated().stream().filter(Decision.Rated::refused).toList();
    }
}
