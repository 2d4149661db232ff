package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A cell's vote on a prospect's admission or on a probationary member's recognition (R30). */
@Entity
@Table(name = "development_vote")
class DevelopmentVote {

    enum Purpose { ADMISSION, RECOGNITION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long prospectId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private LocalDate heldOn;
    private int inFavour;
    private int officialMembers;
    private boolean passed;
    private String recordedBy;
    private Instant recordedAt;

    protected DevelopmentVote() {
    }

    DevelopmentVote(long prospectId, Purpose purpose, LocalDate heldOn, int inFavour, int officialMembers, boolean passed,
                    String recordedBy, Instant recordedAt) {
        this.prospectId = prospectId;
        this.purpose = purpose;
        this.heldOn = heldOn;
        this.inFavour = inFavour;
        this.officialMembers = officialMembers;
        this.passed = passed;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getProspectId() { return prospectId; }
    Purpose getPurpose() { return purpose; }
    LocalDate getHeldOn() { return heldOn; }
    int getInFavour() { return inFavour; }
    int getOfficialMembers() { return officialMembers; }
    boolean isPassed() { return passed; }
}
