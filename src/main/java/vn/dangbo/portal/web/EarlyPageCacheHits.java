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
 * The page cache's fast path: a reader with no session gets a kept page before Spring Security's
 * chain runs (it would find no one logged in and change nothing), with the security headers the
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
        // just ahead of Spring Security's chain (-100), after the request context and encoding filters
        return -101;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cache.serveAheadOfSecurity(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
