package vn.dangbo.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The text of an article as one save left it; never changed afterwards. */
@Entity
@Table(name = "portal_article_revision")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    private int number;
    private String actor;
    private Instant savedAt;
    private String title;
    private String lead;
    private String body;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String actor, Instant savedAt) {
        this.articleId = article.getId();
        this.number = number;
        this.actor = actor;
        this.savedAt = savedAt;
        this.title = article.getTitle();
        this.lead = article.getLead();
        this.body = article.getBody();
    }

    RevisionView view() {
        return new RevisionView(number, actor, savedAt, title, lead, body);
    }
}
