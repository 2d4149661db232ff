package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.dangbo.rating.rules.Discipline;
import vn.dangbo.rating.rules.DisciplineForm;

import java.time.Instant;
import java.time.LocalDate;

/** A disciplinary decision against a member (R32), as recorded by the committee. */
@Entity
@Table(name = "discipline_record")
class DisciplineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private DisciplineForm form;
    private String reason;
    private String decisionNumber;
    private LocalDate decidedOn;
    private String decidingBody;
    private LocalDate effectiveFrom;
    private @Nullable LocalDate effectiveUntil;
    private boolean selfRemedied;
    private String recordedBy;
    private Instant recordedAt;

    protected DisciplineRecord() {
    }

    DisciplineRecord(RatingManagement.DisciplineEntry entry, String recordedBy, Instant recordedAt) {
        this.memberId = entry.memberId();
        this.form = entry.form();
        this.reason = entry.reason();
        this.decisionNumber = entry.decisionNumber();
        this.decidedOn = entry.decidedOn();
        this.decidingBody = entry.decidingBody();
        this.effectiveFrom = entry.effectiveFrom();
        this.effectiveUntil = entry.effectiveUntil();
        this.selfRemedied = entry.selfRemedied();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    long getMemberId() {
        return memberId;
    }

    /** As the engine counts it: one record, one violation (R4). */
    Discipline toRules() {
        Discipline discipline = Discipline.of("discipline-" + id, form, decidedOn);
        return selfRemedied ? discipline.remedied() : discipline;
    }

    RatingManagement.DisciplineView toView(String memberName) {
        return new RatingManagement.DisciplineView(id, memberId, memberName, form.name(), form.label(), reason,
                decisionNumber, decidedOn, decidingBody, effectiveFrom, effectiveUntil, selfRemedied, recordedBy, recordedAt);
    }
}
