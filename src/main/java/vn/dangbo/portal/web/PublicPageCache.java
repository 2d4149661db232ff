package vn.dangbo.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.dangbo.portal.PageCacheSettings;
import vn.dangbo.portal.PortalContentChanged;
import vn.dangbo.portal.ArticleViews;
import vn.dangbo.portal.ReservedSlugs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.CRC32C;
import java.util.regex.Pattern;

/**
 * Keeps the public pages (home, sections, articles, tags, RSS, the sitemap) as rendered for
 * anonymous readers and serves them again without touching the database. Only GET answers 200
 * for a reader who is not logged in are kept, and only when the answer set no cookie and made no
 * session: so a page never carries anything personal, such as a session's CSRF token (the comment
 * form carries none: see PortalController.postComment). A logged-in user's request always passes by.
 * Pages are keyed by path, query and language; they live for a minute at most (a scheduled article
 * shows within it) and are dropped at once when {@link PortalContentChanged} is published.
 * It runs after Spring Security, so security headers are written on every answer, cached or not.
 */
@Component
class PublicPageCache extends OncePerRequestFilter implements Ordered {

    /** Set by a controller on a page that must not be kept (one that shows what a reader typed). */
    static final String DO_NOT_KEEP = PublicPageCache.class.getName() + ".doNotKeep";
    /** Set by the article page: a page served from the cache still counts a view. */
    static final String ARTICLE_VIEWED = PublicPageCache.class.getName() + ".article";

    private static final String SLUG = PortalController.SLUG;
    private static final Pattern PATH = Pattern.compile(
            "^/(?:|sitemap\\.xml|rss/" + SLUG + "\\.xml|tag/" + SLUG + "|(" + SLUG + ")(?:/" + SLUG + ")?)$");
    private static final Pattern QUERY = Pattern.compile("[a-z-]{1,20}=[A-Za-z0-9-]{1,20}(?:&[a-z-]{1,20}=[A-Za-z0-9-]{1,20}){0,2}");
    private static final int MAX_PAGE_BYTES = 512 * 1024;

    /** A kept page, with the headers Spring Security wrote on it (served again by {@link EarlyPageCacheHits}). */
    private static final class Page {
        final byte[] body;
        final String contentType;
        final @Nullable Long article;
        final String etag;
        final @Nullable String language;
        volatile List<String[]> securityHeaders = List.of();

        Page(byte[] body, String contentType, @Nullable String language, @Nullable Long article) {
            CRC32C crc = new CRC32C();
            crc.update(body);
            this.body = body;
            this.contentType = contentType;
            this.language = language;
            this.article = article;
            this.etag = "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        }
    }

    /** What the security chain writes on a public page and a hit served ahead of it must repeat. */
    private static final Set<String> SECURITY_HEADERS = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy", "x-xss-protection", "strict-transport-security",
            "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy", "permissions-policy");

    private final PageCacheSettings settings;
    private final ArticleViews views;
    private final Cache<String, Page> pages;
    private final Counter servedFirst;
    private final Object purging = new Object();
    private long generation;

    PublicPageCache(PageCacheSettings settings, ArticleViews views, MeterRegistry meters) {
        this.settings = settings;
        this.views = views;
        // hits served first do not reach the HTTP server metrics, which are taken by a later filter
        this.servedFirst = Counter.builder("dangbo.portal.page.cache.served.first")
                .description("Public pages served from the page cache ahead of the filter chain")
                .register(meters);
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String key, Page page) -> key.length() * 2 + page.body.length + 500)
                .expireAfterWrite(settings.timeToLive())
                .build();
    }

    @Override
    public int getOrder() {
        // after Spring Security's chain (-100), which says who is asking and writes the headers
        return -50;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PortalContentChanged change) {
        purge();
    }

    /** Drops every kept page; a page being rendered while this runs is not kept either. */
    void purge() {
        synchronized (purging) {
            generation++;
            pages.invalidateAll();
        }
    }

    long size() {
        return pages.estimatedSize();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || !"GET".equals(request.getMethod()) || !cacheablePath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Page kept = pages.getIfPresent(key);
        if (kept != null) {
            serve(kept, request, response);
            return;
        }
        long startedIn;
        synchronized (purging) {
            startedIn = generation;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (keepable(request, capture)) {
            Object article = request.getAttribute(ARTICLE_VIEWED);
            Page page = new Page(capture.getContentAsByteArray(), capture.getContentType(),
                    capture.getHeader("Content-Language"), article instanceof Long id ? id : null);
            synchronized (purging) {
                if (generation == startedIn) {
                    pages.put(key, page);
                }
            }
            publicHeaders(capture, page);
            capture.setHeader("X-Page-Cache", "MISS");
            capture.copyBodyToResponse();
            // written by Spring Security as the body went out
            List<String[]> written = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (SECURITY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    response.getHeaders(name).forEach(value -> written.add(new String[]{name, value}));
                }
            }
            page.securityHeaders = List.copyOf(written);
            return;
        }
        capture.copyBodyToResponse();
    }

    /**
     * Serves a kept page ahead of every other filter when the request can only be a reader's: a
     * GET that names no session (so Spring Security would find no one logged in and change nothing).
     * Only pages whose path and query passed {@link #cacheablePath} when they were kept are in the
     * cache, so a hit needs no other check; a miss goes on through the chain. Says whether it served.
     */
    boolean serveAheadOfSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.enabled() || !"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
                || request.getSession(false) != null || !anonymous()) {
            return false;
        }
        Page kept = pages.getIfPresent(key(request));
        if (kept == null || kept.securityHeaders.isEmpty()) {
            return false;
        }
        servedFirst.increment();
        for (String[] header : kept.securityHeaders) {
            response.addHeader(header[0], header[1]);
        }
        serve(kept, request, response);
        return true;
    }

    private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page.article != null) {
            views.count(page.article);
        }
        publicHeaders(response, page);
        response.setHeader("X-Page-Cache", "HIT");
        String known = request.getHeader("If-None-Match");
        if (known != null && known.contains(page.etag.substring(2))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType);
        if (page.language != null) {
            response.setHeader("Content-Language", page.language);
        }
        response.setContentLength(page.body.length);
        response.getOutputStream().write(page.body);
    }

    /**
     * Browsers and proxies may keep a public page but ask again before they use it (unless a
     * max-age is configured), so a purge reaches them too; the ETag makes asking cheap.
     */
    private void publicHeaders(HttpServletResponse response, Page page) {
        long maxAge = settings.browserMaxAge().toSeconds();
        response.setHeader("Cache-Control", maxAge > 0 ? "public, max-age=" + maxAge : "public, no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("ETag", page.etag);
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        if (response.getStatus() != HttpServletResponse.SC_OK || request.getAttribute(DO_NOT_KEEP) != null) {
            return false;
        }
        if (response.getContentType() == null || response.getContentSize() > MAX_PAGE_BYTES || response.getContentSize() == 0) {
            return false;
        }
        if (!response.getHeaders("Set-Cookie").isEmpty() || response.getHeader("Cache-Control") != null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || !session.isNew();
    }

    private static boolean anonymous() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
    }

    private static boolean cacheablePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches() || (matcher.group(1) != null && ReservedSlugs.isReserved(matcher.group(1)))) {
            return false;
        }
        String query = request.getQueryString();
        return query == null || QUERY.matcher(query).matches();
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String language = "vi";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("dangbo-lang".equals(cookie.getName())) {
                    language = cookie.getValue();
                }
            }
        }
        return language + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
