package vn.dangbo.portal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.shared.Slugs;

import java.time.Clock;
import java.time.Instant;

/**
 * The few newsroom steps the reading side needs today (the demo content and tests use them):
 * sections, drafts and the moves between states. The newsroom's pages come later.
 */
@Service
@Transactional
public class NewsDesk {

    private final Sections sections;
    private final Articles articles;
    private final PortalPublicPaths publicPaths;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsDesk(Sections sections, Articles articles, PortalPublicPaths publicPaths, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.sections = sections;
        this.articles = articles;
        this.publicPaths = publicPaths;
        this.clock = clock;
    }

    public boolean hasSections() {
        return sections.count() > 0;
    }

    public SectionView createSection(String name, int position) {
        String slug = Slugs.slug(name);
        if (slug.isEmpty() || ReservedSlugs.isReserved(slug)) {
            throw new PortalException("Địa chỉ chuyên mục \"" + slug + "\" không dùng được: trùng với một trang của hệ thống.");
        }
        if (sections.findBySlug(slug).isPresent()) {
            throw new PortalException("Đã có chuyên mục với địa chỉ \"" + slug + "\".");
        }
        SectionView created = sections.save(new Section(name.strip(), slug, position)).view();
        publicPaths.forget();
        events.publishEvent(new PortalContentChanged(null));
        return created;
    }

    /** Saves a draft under a slug made from its title, numbered when the section already has it. */
    public long draft(NewArticle content) {
        Section section = sections.findBySlug(content.sectionSlug())
                .orElseThrow(() -> new PortalException("Không có chuyên mục " + content.sectionSlug() + "."));
        String base = Slugs.slug(content.title());
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        String slug = base;
        for (int n = 2; articles.existsBySectionIdAndSlug(section.getId(), slug); n++) {
            slug = base + "-" + n;
        }
        return articles.save(new Article(section.getId(), slug, content, Instant.now(clock))).getId();
    }

    public void submitForReview(long article) {
        load(article).submitForReview(Instant.now(clock));
    }

    public void schedule(long article, Instant at) {
        load(article).schedule(at, Instant.now(clock));
    }

    public void publish(long article) {
        load(article).publish(Instant.now(clock));
        events.publishEvent(new PortalContentChanged(article));
    }

    /** Publishes with a given publication time (demo content dated in the past). */
    public void publishAt(long article, Instant at) {
        Article a = load(article);
        a.schedule(at, at);
        a.publishIfDue(at);
        events.publishEvent(new PortalContentChanged(article));
    }

    public void withdraw(long article) {
        load(article).withdraw(Instant.now(clock));
        events.publishEvent(new PortalContentChanged(article));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new PortalException("Không có bài viết " + id + "."));
    }
}
