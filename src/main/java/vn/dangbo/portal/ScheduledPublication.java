package vn.dangbo.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Publishes scheduled articles whose time has come: every minute, and once at start-up for those
 * that fell due while the server was down (WP-Cron misses them when no visitor comes).
 */
@Component
@Profile("!command")
class ScheduledPublication implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);
    /** Who the history names for a publication the schedule made. */
    static final String ACTOR = "lịch đăng tự động";

    private final Articles articles;
    private final ArticleTransitions transitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduledPublication(Articles articles, ArticleTransitions transitions, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.transitions = transitions;
        this.events = events;
        this.clock = clock;
    }

    /** Transactional itself: a call from here to {@link #publishDue()} would bypass the proxy and save nothing. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        publishDue();
    }

    /** Publishes what is due; returns how many articles it published. */
    @Scheduled(fixedDelayString = "${dangbo.portal.publish-every:PT1M}", initialDelayString = "${dangbo.portal.publish-every:PT1M}")
    @Transactional
    public int publishDue() {
        Instant now = Instant.now(clock);
        List<Article> due = articles.dueForPublication(now);
        int published = 0;
        for (Article article : due) {
            if (article.publishIfDue(now)) {
                transitions.save(new ArticleTransition(article.getId(), ArticleState.SCHEDULED, ArticleState.PUBLISHED, ACTOR, now,
                        article.getPublishedAt()));
                events.publishEvent(new PortalContentChanged(article.getId()));
                published++;
            }
        }
        if (published > 0) {
            log.info("Published {} scheduled article(s)", published);
        }
        return published;
    }
}
