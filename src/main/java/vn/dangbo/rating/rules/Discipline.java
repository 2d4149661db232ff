package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A disciplinary decision against a member, as the rating needs it.
 *
 * @param violationId   the violation it punishes; one violation counts in one rating only (R4)
 * @param countedInYear the rating year in which this violation already lowered a level, if any
 */
public record Discipline(String violationId, DisciplineForm form, LocalDate decidedOn,
                         boolean selfDetectedAndRemedied, OptionalInt countedInYear) {

    public Discipline {
        Objects.requireNonNull(violationId, "violationId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(countedInYear, "countedInYear");
    }

    public static Discipline of(String violationId, DisciplineForm form, LocalDate decidedOn) {
        return new Discipline(violationId, form, decidedOn, false, OptionalInt.empty());
    }

    /** The same decision, for a violation the member detected and fully remedied. */
    public Discipline remedied() {
        return new Discipline(violationId, form, decidedOn, true, countedInYear);
    }

    public Discipline alreadyCountedIn(int year) {
        return new Discipline(violationId, form, decidedOn, selfDetectedAndRemedied, OptionalInt.of(year));
    }

    /** Decided in the year under review and not already counted in another year's rating. */
    boolean countsIn(int year) {
        return decidedOn.getYear() == year && (countedInYear.isEmpty() || countedInYear.getAsInt() == year);
    }
}
