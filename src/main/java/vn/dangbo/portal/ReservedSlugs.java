package vn.dangbo.portal;

import java.util.Set;

/** First path segments the application uses for itself: no section may take them. */
public final class ReservedSlugs {

    public static final Set<String> ALL = Set.of(
            "members", "organization", "statistics", "ratings", "congresses", "so-tay", "self-assessment",
            "commitments", "documents", "login", "logout", "newsroom", "rss", "tim-kiem", "sitemap", "tag",
            "css", "js", "img", "webjars", "actuator", "error", "api", "admin", "meetings", "targets", "science",
            "notifications", "notices", "handbook", "portal", "favicon-svg", "study", "development", "dinh-chinh", "discipline", "anh");

    private ReservedSlugs() {
    }

    public static boolean isReserved(String slug) {
        return ALL.contains(slug);
    }
}
