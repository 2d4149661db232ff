package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs about one collective in one year.
 *
 * @param disciplined        the collective itself was disciplined in the year
 * @param membersDisciplined its members (for a leadership collective: the collective's own members)
 *                           disciplined in the year
 * @param units              its subordinate units, and how many of them were disciplined in the year
 */
public record OrganizationCase(
        long organizationId,
        OrganizationKind kind,
        LocalDate formedOn,
        Score score,
        Tasks tasks,
        boolean disciplined,
        int membersDisciplined,
        int units,
        int unitsDisciplined,
        Optional<Level> proposed) {

    public OrganizationCase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(formedOn, "formedOn");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(proposed, "proposed");
        if (membersDisciplined < 0 || units < 0 || unitsDisciplined < 0 || unitsDisciplined > units) {
            throw new IllegalArgumentException("Counts must be whole and within the units: "
                    + membersDisciplined + ", " + unitsDisciplined + "/" + units);
        }
    }

    /** A collective nobody in which was disciplined, without subordinate units. */
    public static OrganizationCase of(long id, OrganizationKind kind, LocalDate formedOn, Score score, Tasks tasks,
                                      Level proposed) {
        return new OrganizationCase(id, kind, formedOn, score, tasks, false, 0, 0, 0, Optional.of(proposed));
    }

    public OrganizationCase disciplinedItself() {
        return new OrganizationCase(organizationId, kind, formedOn, score, tasks, true, membersDisciplined, units,
                unitsDisciplined, proposed);
    }

    public OrganizationCase withMembersDisciplined(int count) {
        return new OrganizationCase(organizationId, kind, formedOn, score, tasks, disciplined, count, units,
                unitsDisciplined, proposed);
    }

    public OrganizationCase withUnits(int total, int disciplinedUnits) {
        return new OrganizationCase(organizationId, kind, formedOn, score, tasks, disciplined, membersDisciplined,
                total, disciplinedUnits, proposed);
    }

    public OrganizationCase withScore(Score newScore) {
        return new OrganizationCase(organizationId, kind, formedOn, newScore, tasks, disciplined, membersDisciplined,
                units, unitsDisciplined, proposed);
    }

    public OrganizationCase withTasks(Tasks newTasks) {
        return new OrganizationCase(organizationId, kind, formedOn, score, newTasks, disciplined, membersDisciplined,
                units, unitsDisciplined, proposed);
    }

    public OrganizationCase proposing(Level level) {
        return new OrganizationCase(organizationId, kind, formedOn, score, tasks, disciplined, membersDisciplined,
                units, unitsDisciplined, Optional.of(level));
    }
}
