package vn.dangbo.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar feed (RFC 5545) of meetings: CRLF line ends, text escaped (backslash, semicolon,
 * comma, newline), lines folded at 75 octets without splitting a UTF-8 character, times in UTC.
 */
final class IcsCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final String CRLF = "\r\n";
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event of the feed. */
    record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String location, String description,
                 String url, boolean cancelled) {
    }

    private IcsCalendar() {
    }

    static String feed(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//dangbo//Hop chi bo//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + utc(e.stamp()));
            line(out, "DTSTART:" + utc(e.start()));
            line(out, "DTEND:" + utc(e.end()));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (!e.location().isBlank()) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (!e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            line(out, "URL:" + e.url());
            // RFC 5545 3.8.1.11: calendar apps then strike the event out or drop it
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    // other control characters are not allowed in a content line
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, each
     * continuation starting with one space, never in the middle of a character.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + chars);
            octets += size;
            i += chars;
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(fold(line)).append(CRLF);
    }
}
