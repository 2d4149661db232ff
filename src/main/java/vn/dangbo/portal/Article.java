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

    /** Moves the article as the workflow allows; {@code at} is the publication time when scheduling. */
    void move(ArticleWorkflow.Action action, Instant now, @Nullable Instant at) {
        ArticleState to = ArticleWorkflow.next(state, action).orElseThrow(() -> new PortalException(
                "Không thể chuyển bài viết từ trạng thái " + state.label() + " sang " + action.target().label() + "."));
        switch (action) {
            case SCHEDULE -> {
                if (at == null) {
                    throw new PortalException("Cần chọn thời điểm đăng bài.");
                }
                publishedAt = at;
            }
            case PUBLISH -> {
                if (state != ArticleState.SCHEDULED || publishedAt == null || publishedAt.isAfter(now)) {
                    publishedAt = now;
                }
            }
            case RETURN_TO_DRAFT -> publishedAt = null;
            default -> {
            }
        }
        state = to;
        updatedAt = now;
    }

    void submitForReview(Instant now) {
        move(ArticleWorkflow.Action.SUBMIT, now, null);
    }

    void schedule(Instant at, Instant now) {
        move(ArticleWorkflow.Action.SCHEDULE, now, at);
    }

    void publish(Instant now) {
        move(ArticleWorkflow.Action.PUBLISH, now, null);
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
        move(ArticleWorkflow.Action.WITHDRAW, now, null);
    }

    /** A newsroom save: new text, section, slug, byline and tags; the photos stay. */
    void revise(long sectionId, String slug, String title, String lead, String body, String author, List<String> tagNames, Instant now) {
        if (!ArticleWorkflow.editable(state)) {
            throw new PortalException("Bài viết đã gỡ được giữ nguyên để phục vụ kiểm tra; không sửa được nữa.");
        }
        this.sectionId = sectionId;
        this.slug = slug;
        this.title = title;
        this.lead = lead;
        this.body = body;
        this.author = author;
        this.tags.clear();
        tagNames.forEach(name -> tags.add(Tag.of(name)));
        this.updatedAt = now;
    }

    void addPhoto(Photo photo, Instant now) {
        if (!ArticleWorkflow.editable(state)) {
            throw new PortalException("Bài viết đã gỡ được giữ nguyên để phục vụ kiểm tra; không sửa được nữa.");
        }
        photos.add(photo);
        updatedAt = now;
    }

    void removePhoto(int index, Instant now) {
        if (!ArticleWorkflow.editable(state)) {
            throw new PortalException("Bài viết đã gỡ được giữ nguyên để phục vụ kiểm tra; không sửa được nữa.");
        }
        if (index < 0 || index >= photos.size()) {
            throw new PortalException("Không có ảnh này trong bài.");
        }
        photos.remove(index);
        updatedAt = now;
    }

    boolean isVisibleAt(Instant now) {
        return state == ArticleState.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
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
