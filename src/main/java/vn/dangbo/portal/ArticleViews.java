package vn.dangbo.portal;

import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Article views counted in memory and written to the database in one go every few seconds: a
 * page served from the cache must still count, and one UPDATE per view would cost more than
 * serving the page. Readers' requests call it outside any transaction: a page served from the
 * cache costs a few microseconds, and opening a transaction for it cost a quarter of its CPU time.
 */
@Component
public class ArticleViews {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Articles articles;
    private final TransactionTemplate transaction;

    ArticleViews(Articles articles, TransactionTemplate transaction) {
        this.articles = articles;
        this.transaction = transaction;
    }

    /** Counts a reader's view (written to the database within seconds, not at once). */
    public void count(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    @Scheduled(fixedDelayString = "${dangbo.portal.views-written-every:PT15S}")
    @PreDestroy
    void write() {
        for (Long id : pending.keySet()) {
            LongAdder adder = pending.remove(id);
            long views = adder == null ? 0 : adder.sum();
            if (views > 0) {
                transaction.executeWithoutResult(status -> articles.addViews(id, views));
            }
        }
    }
}
