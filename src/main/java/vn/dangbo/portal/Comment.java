package vn.dangbo.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A reader's comment under an article, as typed (plain text), with its moderation state. */
@Entity
@Table(name = "portal_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    @Column(name = "author_name")
    private String name;
    private String email;
    private String content;
    private String addressHash;
    @Enumerated(EnumType.STRING)
    private CommentState state;
    private Instant createdAt;
    private @Nullable String moderatedBy;
    private @Nullable Instant moderatedAt;

    protected Comment() {
    }

    Comment(long articleId, String name, String email, String content, String addressHash, CommentState state, Instant now) {
        this.articleId = articleId;
        this.name = name;
        this.email = email;
        this.content = content;
        this.addressHash = addressHash;
        this.state = state;
        this.createdAt = now;
    }

    /** Moves to the given state, or refuses when the states do not allow it; returns the step to record. */
    CommentAction moveTo(CommentState to, String moderator, @Nullable String reason, Instant now) {
        if (!state.mayBecome(to)) {
            throw new CommentRefused("comments.moderation.illegal", id, state.name(), to.name());
        }
        CommentAction step = new CommentAction(id, state, to, moderator, reason, now);
        state = to;
        moderatedBy = moderator;
        moderatedAt = now;
        return step;
    }

    Long getId() { return id; }
    Long getArticleId() { return articleId; }
    String getName() { return name; }
    String getEmail() { return email; }
    String getContent() { return content; }
    String getAddressHash() { return addressHash; }
    CommentState getState() { return state; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable String getModeratedBy() { return moderatedBy; }
    @Nullable Instant getModeratedAt() { return moderatedAt; }
}
