package vn.dangbo.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A correction notice (Press Law 2016, art. 42): what an article got wrong and what is right. */
@Entity
@Table(name = "portal_correction")
class Correction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    private String wrongText;
    private String rightText;
    private Instant correctedAt;
    private String actor;

    protected Correction() {
    }

    Correction(long articleId, String wrongText, String rightText, Instant correctedAt, String actor) {
        this.articleId = articleId;
        this.wrongText = wrongText;
        this.rightText = rightText;
        this.correctedAt = correctedAt;
        this.actor = actor;
    }

    Long getArticleId() { return articleId; }
    String getWrongText() { return wrongText; }
    String getRightText() { return rightText; }
    Instant getCorrectedAt() { return correctedAt; }
    String getActor() { return actor; }
}
