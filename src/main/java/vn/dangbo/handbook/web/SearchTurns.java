package vn.dangbo.handbook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Searches of the document library take turns: at most as many run at once as there are cores,
 * and the others wait in the order they came. A search is all CPU: more at once than there are
 * cores only share them, and a burst of searches would take them from the rest of the application.
 * A search that waits longer than {@code dangbo.documents.search-wait} is answered "busy, try
 * again" (503) rather than left hanging. It runs after the security filters, so only signed-in
 * readers queue.
 */
@Component
class SearchTurns extends OncePerRequestFilter {

    private final Semaphore turns;
    private final long patienceMillis;

    SearchTurns(@Value("${dangbo.documents.concurrent-searches:0}") int concurrentSearches,
                @Value("${dangbo.documents.search-wait:10s}") Duration searchWait) {
        this.turns = new Semaphore(concurrentSearches > 0 ? concurrentSearches : Runtime.getRuntime().availableProcessors(), true);
        this.patienceMillis = Math.max(0, searchWait.toMillis());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/documents".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean myTurn;
        try {
            myTurn = turns.tryAcquire(patienceMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            myTurn = false;
        }
        if (!myTurn) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Takes a turn and keeps it, as a long search would; for tests of the waiting. */
    void holdTurn() throws InterruptedException {
        turns.acquire();
    }

    void releaseTurn() {
        turns.release();
    }
}
