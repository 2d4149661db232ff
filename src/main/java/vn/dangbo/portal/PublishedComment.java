package vn.dangbo.portal;

import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;

/** An approved comment as readers see it: the name and the text, never the email. */
public record PublishedComment(long id, String name, String content, Instant postedAt) {

    /** "Thứ năm, 28/05/2020 - 22:16'", as the article's own date line. */
    public String dateLine() {
        return VietnameseDates.articleLine(postedAt);
    }

    public String iso() {
        return VietnameseDates.isoOffset(postedAt);
    }
}
