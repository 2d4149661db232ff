package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

/** What a reader finds at an article's address: the article, a withdrawn notice (410) or nothing (404). */
public record ArticleLookup(Outcome outcome, @Nullable ArticlePage article) {

    public enum Outcome { FOUND, WITHDRAWN, NOT_FOUND }

    static ArticleLookup found(ArticlePage article) {
        return new ArticleLookup(Outcome.FOUND, article);
    }

    static final ArticleLookup WITHDRAWN = new ArticleLookup(Outcome.WITHDRAWN, null);
    static final ArticleLookup NOT_FOUND = new ArticleLookup(Outcome.NOT_FOUND, null);
}
