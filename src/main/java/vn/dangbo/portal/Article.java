package vn.dangbo.portal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A news article. Its body is plain-text paragraphs separated by blank lines; nothing is stored as HTML. */
@Entity
@Table(name = "portal_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sectionId;
    private String title;
    private String slug;
    private String lead;
    private String body;
    private String author;
    @Enumerated(EnumType.STRING)
    private ArticleState state;
    private @Nullable Instant publishedAt;
    private Instant updatedAt;
    private long viewCount;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_article_photo", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Article() {
    }

    Article(long sectionId, String slug, NewArticle content, Instant now) {
        this.sectionId = sectionId;
        this.slug = slug;
        this.title = content.title().strip();
        this.lead = content.lead().strip();
        this.body = content.body().strip();
        this.author = content.author().strip();
        this.photos = new ArrayList<>(content.photos());
        content.tags().forEach(name -> tags.add(Tag.of(name)));
        this.state = ArticleState.DRAFT;
        this.updatedAt = now;
    }

    void submitForReview(Instant now) {
        require(state == ArticleState.DRAFT, ArticleState.REVIEW);
        state = ArticleState.REVIEW;
        updatedAt = now;
    }

    void schedule(Instant at, Instant now) {
        require(state == ArticleState.DRAFT || state == ArticleState.REVIEW, ArticleState.SCHEDULED);
        state = ArticleState.SCHEDULED;
        publishedAt = at;
        updatedAt = now;
    }

    void publish(Instant now) {
        require(state == ArticleState.DRAFT || state == ArticleState.REVIEW || state == ArticleState.SCHEDULED, ArticleState.PUBLISHED);
        if (state != ArticleState.SCHEDULED || publishedAt == null) {
            publishedAt = now;
        }
        state = ArticleState.PUBLISHED;
        updatedAt = now;
    }

    /** Publishes a scheduled article whose time has come; says whether it did. */
    boolean publishIfDue(Instant now) {
        if (state == ArticleState.SCHEDULED && publishedAt != null && !publishedAt.isAfter(now)) {
            state = ArticleState.PUBLISHED;
            return true;
        }
        return false;
    }

    void withdraw(Instant now) {
        require(state == ArticleState.PUBLISHED || state == ArticleState.SCHEDULED, ArticleState.WITHDRAWN);
        state = ArticleState.WITHDRAWN;
        updatedAt = now;
    }

    boolean isVisibleAt(Instant now) {
        return state == ArticleState.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    private void require(boolean allowed, ArticleState to) {
        if (!allowed) {
            throw new PortalException("Không thể chuyển bài viết từ " + state + " sang " + to + ".");
        }
    }

    List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    Long getId() { return id; }
    Long getSectionId() { return sectionId; }
    String getTitle() { return title; }
    String getSlug() { return slug; }
    String getLead() { return lead; }
    String getBody() { return body; }
    String getAuthor() { return author; }
    ArticleState getState() { return state; }
    @Nullable Instant getPublishedAt() { return publishedAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getViewCount() { return viewCount; }
    List<Photo> getPhotos() { return photos; }
    Set<Tag> getTags() { return tags; }
}
