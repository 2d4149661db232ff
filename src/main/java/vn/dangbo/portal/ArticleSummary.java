package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;

/** An article in a list: its title, its lead cut short, where it lives and when it appeared. */
public record ArticleSummary(long id, String title, String lead, String sectionName, String path,
                             Instant publishedAt, @Nullable Photo photo, long views) {

    static final int SHORT_LEAD = 160;

    /** The lead cut at a word before {@code max} characters and ended with "...". */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max);
        int space = head.lastIndexOf(' ');
        if (space > max / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.–-]+$", "") + "...";
    }

    /** For related articles: always cut short and ended with "...", as Báo Lai Châu shows them. */
    public String teaser() {
        int max = Math.min(120, lead.length() * 2 / 3);
        String head = lead.substring(0, Math.max(max, 1));
        int space = head.lastIndexOf(' ');
        if (space > max / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.–-]+$", "") + "...";
    }

    public String shortLead() {
        return cut(lead, SHORT_LEAD);
    }

    public String dateLine() {
        return VietnameseDates.articleLine(publishedAt);
    }
}
