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

/** One move of an article between states: who made it and when (and for when, when scheduling). */
@Entity
@Table(name = "portal_article_transition")
class ArticleTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    @Enumerated(EnumType.STRING)
    private ArticleState fromState;
    @Enumerated(EnumType.STRING)
    private ArticleState toState;
    private String actor;
    private Instant at;
    private @Nullable Instant scheduledFor;

    protected ArticleTransition() {
    }

    ArticleTransition(long articleId, ArticleState from, ArticleState to, String actor, Instant at, @Nullable Instant scheduledFor) {
        this.articleId = articleId;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.at = at;
        this.scheduledFor = scheduledFor;
    }

    TransitionView view() {
        return new TransitionView(fromState, toState, actor, at, scheduledFor);
    }
}
