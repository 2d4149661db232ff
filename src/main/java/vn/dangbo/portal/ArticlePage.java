package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseDates;

import java.time.Instant;
import java.util.List;

/** An article as a reader sees it, with its correction notices and the related articles of its section. */
public record ArticlePage(long id, SectionView section, String title, String slug, String lead, List<Block> blocks,
                          String author, Instant publishedAt, Instant updatedAt, List<Tag> tags,
                          List<ArticleSummary> related, List<CorrectionView> corrections) {

    /** The outlet's source tag that opens every lead, as "(BLC) -" does on Báo Lai Châu. */
    public static final String SOURCE_TAG = "(BLC) -";

    /** A paragraph of the body, or a photo with its caption. */
    public record Block(@Nullable String text, @Nullable Photo photo) {
    }

    public String path() {
        return "/" + section.slug() + "/" + slug;
    }

    public String dateLine() {
        return VietnameseDates.articleLine(publishedAt);
    }

    public String published() {
        return VietnameseDates.isoOffset(publishedAt);
    }

    public String modified() {
        return VietnameseDates.isoOffset(updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt);
    }

    public @Nullable Photo firstPhoto() {
        return blocks.stream().map(Block::photo).filter(p -> p != null).findFirst().orElse(null);
    }
}
