package vn.dangbo.shared.web;

import org.springframework.stereotype.Component;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;
import java.time.LocalDate;

/** Date formats for templates: {@code ${@fmt.date(member.birthDate)}}. */
@Component("fmt")
public class Formats {

    public String date(LocalDate date) {
        return VietnameseDates.date(date);
    }

    public String dateTime(Instant instant) {
        return VietnameseDates.dateTime(instant);
    }

    public String longDateTime(Instant instant) {
        return instant == null ? "" : VietnameseDates.weekdayDateTime(instant);
    }

    /** ISO date for {@code <input type="date">}. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
