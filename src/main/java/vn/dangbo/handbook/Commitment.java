package vn.dangbo.handbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A member's acknowledgement of the year's commitment, with the wording they signed. */
@Entity
@Table(name = "commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private Long cellId;
    @Column(name = "commitment_year")
    private int year;
    private Long templateId;
    private Instant acknowledgedAt;

    protected Commitment() {
    }

    Commitment(long memberId, long cellId, int year, long templateId, Instant acknowledgedAt) {
        this.memberId = memberId;
        this.cellId = cellId;
        this.year = year;
        this.templateId = templateId;
        this.acknowledgedAt = acknowledgedAt;
    }

    Long getMemberId() { return memberId; }
    Long getTemplateId() { return templateId; }
    Instant getAcknowledgedAt() { return acknowledgedAt; }
}
