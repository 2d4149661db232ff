package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A conclusion by a competent body, other than discipline, that forces a member to
 * {@link Level#NOT_COMPLETED} in the year it is concluded (R4, R15).
 */
public record Finding(String violationId, Kind kind, LocalDate concludedOn, OptionalInt countedInYear) {

    public enum Kind {
        /** Suy thoái, "tự diễn biến", "tự chuyển hóa" (the 27 manifestations). */
        DEGRADATION,
        /** Vi phạm những điều đảng viên không được làm, or the duty to set an example. */
        PROHIBITED_CONDUCT
    }

    public Finding {
        Objects.requireNonNull(violationId, "violationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concludedOn, "concludedOn");
        Objects.requireNonNull(countedInYear, "countedInYear");
    }

    public static Finding of(String violationId, Kind kind, LocalDate concludedOn) {
        return new Finding(violationId, kind, concludedOn, OptionalInt.empty());
    }

    public Finding alreadyCountedIn(int year) {
        return new Finding(violationId, kind, concludedOn, OptionalInt.of(year));
    }

    boolean countsIn(int year) {
        return concludedOn.getYear() == year && (countedInYear.isEmpty() || countedInYear.getAsInt() == year);
    }
}
