package vn.dangbo.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The page cache's fast path: a reader with no session gets a kept page before any other filter
 * runs (Spring Security would find no one logged in and change nothing; the request's encoding,
 * locale and metrics filters would cost more than the hit itself), with the security headers the
 * chain wrote when the page was kept. Anyone else goes on to {@link PublicPageCache}.
 */
@Component
class EarlyPageCacheHits extends OncePerRequestFilter implements Ordered {

    private final PublicPageCache cache;

    EarlyPageCacheHits(PublicPageCache cache) {
        this.cache = cache;
    }

    @Override
    public int getOrder() {
        // first of all: ahead of the HTTP metrics (HIGHEST_PRECEDENCE + 1) and Spring Security (-100)
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cache.serveAheadOfSecurity(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
