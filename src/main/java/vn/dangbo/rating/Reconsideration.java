package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dangbo.rating.rules.Level;

import java.time.Instant;

/** A decided level changed by the decider, with the reason (e.g. a discipline decided late). */
@Entity
@Table(name = "review_reconsideration")
class Reconsideration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    @Enumerated(EnumType.STRING)
    private Level previousLevel;
    @Enumerated(EnumType.STRING)
    private Level newLevel;
    private String reason;
    private String decidedBy;
    private Instant decidedAt;

    protected Reconsideration() {
    }

    Reconsideration(long reviewId, Level previousLevel, Level newLevel, String reason, String decidedBy, Instant decidedAt) {
        this.reviewId = reviewId;
        this.previousLevel = previousLevel;
        this.newLevel = newLevel;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    RatingManagement.ReconsiderationView toView() {
        return new RatingManagement.ReconsiderationView(previousLevel, newLevel, reason, decidedBy, decidedAt);
    }

    Long getReviewId() {
        return reviewId;
    }
}
