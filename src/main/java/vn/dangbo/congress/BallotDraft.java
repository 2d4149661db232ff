package vn.dangbo.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One counting-board member's reading of one ballot sheet. Never changed: a correction is a newer
 * reading by the same member, and the newest counts.
 */
@Entity
@Immutable
@Table(name = "ballot_draft")
class BallotDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long roundId;

    @Column(nullable = false)
    private int sheet;

    @Column(nullable = false)
    private Long entrantMemberId;

    @Embedded
    private StoredBallot ballot;

    @Column(nullable = false)
    private boolean doubtful;

    @Column(nullable = false)
    private Instant enteredAt;

    protected BallotDraft() {
    }

    BallotDraft(long roundId, int sheet, long entrantMemberId, StoredBallot ballot, boolean doubtful, Instant enteredAt) {
        this.roundId = roundId;
        this.sheet = sheet;
        this.entrantMemberId = entrantMemberId;
        this.ballot = ballot;
        this.doubtful = doubtful;
        this.enteredAt = enteredAt;
    }

    Long getId() {
        return id;
    }

    int getSheet() {
        return sheet;
    }

    Long getEntrantMemberId() {
        return entrantMemberId;
    }

    StoredBallot getBallot() {
        return ballot;
    }

    boolean isDoubtful() {
        return doubtful;
    }

    /** Two readings agree when every mark and the doubtful flag are the same. */
    boolean agreesWith(BallotDraft other) {
        return ballot.equals(other.ballot) && doubtful == other.doubtful;
    }
}
