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

/** A blocked commenter, by email or by address hash. A lifted block stays, with who lifted it and when. */
@Entity
@Table(name = "portal_comment_block")
class CommentBlock {

    enum Kind { EMAIL, ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "blocked_value")
    private String value;
    private @Nullable String reason;
    private String blockedBy;
    private Instant blockedAt;
    private @Nullable String liftedBy;
    private @Nullable Instant liftedAt;

    protected CommentBlock() {
    }

    CommentBlock(Kind kind, String value, @Nullable String reason, String moderator, Instant now) {
        this.kind = kind;
        this.value = value;
        this.reason = reason;
        this.blockedBy = moderator;
        this.blockedAt = now;
    }

    void lift(String moderator, Instant now) {
        if (liftedAt == null) {
            liftedBy = moderator;
            liftedAt = now;
        }
    }

    Long getId() { return id; }
    Kind getKind() { return kind; }
    String getValue() { return value; }
    @Nullable String getReason() { return reason; }
    String getBlockedBy() { return blockedBy; }
    Instant getBlockedAt() { return blockedAt; }
    @Nullable String getLiftedBy() { return liftedBy; }
    @Nullable Instant getLiftedAt() { return liftedAt; }
}
