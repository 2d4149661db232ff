package vn.dangbo.handbook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The commitment's wording in force from a year on, until a later year's replaces it. */
@Entity
@Table(name = "commitment_template")
class CommitmentTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int effectiveYear;
    private String title;
    private String body;
    private Instant updatedAt;
    private String updatedBy;

    protected CommitmentTemplate() {
    }

    CommitmentTemplate(int effectiveYear) {
        this.effectiveYear = effectiveYear;
    }

    void reword(String newTitle, String newBody, Instant at, String by) {
        title = newTitle;
        body = newBody;
        updatedAt = at;
        updatedBy = by;
    }

    Long getId() { return id; }

    CommitmentTemplateView toView() {
        return new CommitmentTemplateView(id, effectiveYear, title, body, updatedAt, updatedBy);
    }
}
