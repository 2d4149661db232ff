package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

/**
 * What the newsroom's editor form sends: the section, the title, the slug (empty: made from the
 * title), the lead without the source tag, the body as plain-text paragraphs separated by blank
 * lines, the byline and the tags separated by commas. Nothing is checked here; the newsroom does.
 */
public record ArticleForm(@Nullable Long sectionId, @Nullable String title, @Nullable String slug, @Nullable String lead,
                          @Nullable String body, @Nullable String author, @Nullable String tags) {

    public static ArticleForm empty() {
        return new ArticleForm(null, "", "", "", "", "", "");
    }
}
