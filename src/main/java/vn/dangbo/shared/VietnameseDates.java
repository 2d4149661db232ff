package vn.dangbo.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as Vietnamese readers write them, always in Asia/Ho_Chi_Minh. */
public final class VietnameseDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy - HH:mm");
    private static final String[] WEEKDAYS = {"Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"};

    private VietnameseDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Thứ năm, 28/05/2020 - 22:16". */
    public static String weekdayDateTime(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return weekday(local.getDayOfWeek()) + ", " + DATE_TIME.format(local);
    }

    /** The header line of the public pages: "Thứ hai, 06/07/2020, 08:48 [GMT+7]". */
    public static String headerLine(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return weekday(local.getDayOfWeek()) + ", " + DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm").format(local) + " [GMT+7]";
    }

    /** An article's date line: "Thứ năm, 28/05/2020 - 22:16'" (the apostrophe belongs to the form). */
    public static String articleLine(Instant instant) {
        return weekdayDateTime(instant) + "'";
    }

    /** ISO 8601 with the Vietnamese offset, for structured data: "2020-05-28T22:16:00+07:00". */
    public static String isoOffset(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE).toOffsetDateTime());
    }

    /** "28/05/2020 22:16" for tables. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(instant.atZone(ZONE));
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }
}
