package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.shared.PublicPaths;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portal's public paths: the home page, search, corrections, uploaded photos, feeds, the sitemap, tag pages, the portal's
 * static files, and the pages of the sections that exist. A path under any other first segment
 * is not claimed, so the rest of the application stays behind the login.
 */
@Component
class PortalPublicPaths implements PublicPaths {

    private static final Pattern SECTION_PATH = Pattern.compile("^/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?/?$");
    private static final Pattern FIXED = Pattern.compile(
            "^/(?:|tim-kiem|dinh-chinh|anh/[0-9]{1,18}/[0-9]{1,5}\\.(?:jpg|png)|sitemap\\.xml|rss/[a-z0-9-]+\\.xml|tag/[a-z0-9-]+|img/portal/[a-z0-9-]+\\.(?:svg|png)"
                    + "|css/portal\\.css|js/portal\\.js)$");

    private static final Pattern COMMENT_POST = Pattern.compile("^/([a-z0-9]+(?:-[a-z0-9]+)*)/[a-z0-9]+(?:-[a-z0-9]+)*/binh-luan$");

    private final Sections sections;
    private volatile @Nullable Set<String> slugs;

    PortalPublicPaths(Sections sections) {
        this.sections = sections;
    }

    @Override
    public boolean isPublic(String path) {
        if (FIXED.matcher(path).matches()) {
            return true;
        }
        Matcher matcher = SECTION_PATH.matcher(path);
        return matcher.matches() && !ReservedSlugs.isReserved(matcher.group(1)) && sectionSlugs().contains(matcher.group(1));
    }

    /** A reader's comment under an article; the portal checks its origin and its rate itself. */
    @Override
    public boolean acceptsPostsFromAnyone(String path) {
        Matcher matcher = COMMENT_POST.matcher(path);
        return matcher.matches() && !ReservedSlugs.isReserved(matcher.group(1)) && sectionSlugs().contains(matcher.group(1));
    }

    private Set<String> sectionSlugs() {
        Set<String> known = slugs;
        if (known == null) {
            known = sections.findAll().stream().map(Section::getSlug).collect(Collectors.toUnmodifiableSet());
            slugs = known;
        }
        return known;
    }

    /** Called when sections change. */
    void forget() {
        slugs = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    slugs = null;
                }
            });
        }
    }
}
