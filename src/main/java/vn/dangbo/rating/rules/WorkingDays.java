package vn.dangbo.rating.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday, less the holidays given. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code from} (from itself not counted). */
    public static LocalDate after(LocalDate from, int n, Set<LocalDate> holidays) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }
}
