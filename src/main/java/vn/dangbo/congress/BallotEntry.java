package vn.dangbo.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Ruling;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * An accepted ballot: both readings agreed (and a doubtful one was ruled on), appended to the
 * round's hash chain as entry {@code seq}. Immutable; the application has no update or delete.
 * The sheet number only ties it to the readings; the ballot log leaves it out.
 */
@Entity
@Immutable
@IdClass(BallotEntry.Key.class)
@Table(name = "ballot_entry")
class BallotEntry {

    record Key(Long roundId, Integer seq) implements Serializable {
    }

    @Id
    private Long roundId;

    @Id
    private Integer seq;

    @Column(nullable = false)
    private int sheet;

    @Embedded
    private StoredBallot ballot;

    private @Nullable String ruling;

    private @Nullable String reason;

    @Column(nullable = false)
    private String hash;

    @Column(nullable = false)
    private Instant acceptedAt;

    protected BallotEntry() {
    }

    BallotEntry(long roundId, int seq, int sheet, StoredBallot ballot, Optional<Ruling> ruling, String hash, Instant acceptedAt) {
        this.roundId = roundId;
        this.seq = seq;
        this.sheet = sheet;
        this.ballot = ballot;
        this.ruling = ruling.map(r -> r.verdict().name()).orElse(null);
        this.reason = ruling.map(Ruling::reason).orElse(null);
        this.hash = hash;
        this.acceptedAt = acceptedAt;
    }

    int getSeq() {
        return seq;
    }

    int getSheet() {
        return sheet;
    }

    String getHash() {
        return hash;
    }

    Optional<Ruling> ruling() {
        return ruling == null ? Optional.empty() : Optional.of(new Ruling(Ruling.Verdict.valueOf(ruling), reason));
    }

    Ballot toBallot() {
        return ballot.entered(false).toBallot(ruling());
    }
}
