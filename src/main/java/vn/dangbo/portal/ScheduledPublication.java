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

    private final Articles articles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduledPublication(Articles articles, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    @Override
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
                published++;
            }
        }
        if (published > 0) {
            events.publishEvent(new PortalContentChanged(null));
            log.info("Published {} scheduled article(s)", published);
        }
        return published;
    }
}
