package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** An official member introducing a prospect (R29). */
@Entity
@Table(name = "development_introducer")
class ProspectIntroducer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long prospectId;
    private long memberId;
    private LocalDate knownSince;
    private boolean assignedByCell;
    private String recordedBy;
    private Instant recordedAt;

    protected ProspectIntroducer() {
    }

    ProspectIntroducer(long prospectId, long memberId, LocalDate knownSince, boolean assignedByCell, String recordedBy, Instant recordedAt) {
        this.prospectId = prospectId;
        this.memberId = memberId;
        this.knownSince = knownSince;
        this.assignedByCell = assignedByCell;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getProspectId() { return prospectId; }
    long getMemberId() { return memberId; }
    LocalDate getKnownSince() { return knownSince; }
    boolean isAssignedByCell() { return assignedByCell; }
}
