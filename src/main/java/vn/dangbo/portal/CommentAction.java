package vn.dangbo.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One moderation step on a comment: from which state to which, by whom, when and why. Never changed. */
@Entity
@Table(name = "portal_comment_action")
class CommentAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long commentId;
    @Enumerated(EnumType.STRING)
    private CommentState fromState;
    @Enumerated(EnumType.STRING)
    private CommentState toState;
    private String moderator;
    private @Nullable String reason;
    private Instant actedAt;

    protected CommentAction() {
    }

    CommentAction(long commentId, CommentState from, CommentState to, String moderator, @Nullable String reason, Instant at) {
        this.commentId = commentId;
        this.fromState = from;
        this.toState = to;
        this.moderator = moderator;
        this.reason = reason;
        this.actedAt = at;
    }

    Long getCommentId() { return commentId; }
    CommentState getFromState() { return fromState; }
    CommentState getToState() { return toState; }
    String getModerator() { return moderator; }
    @Nullable String getReason() { return reason; }
    Instant getActedAt() { return actedAt; }
}
