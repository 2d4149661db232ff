package vn.dangbo.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A floor or self nomination with the count of its opinion ballot and whether it joined the list (R8). */
@Entity
@Table(name = "election_nomination")
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long electionId;

    @Column(nullable = false)
    private Long memberId;

    @Column(nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationSource source;

    @Column(nullable = false)
    private int present;

    @Column(nullable = false)
    private int agree;

    @Column(nullable = false)
    private boolean admitted;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected Nomination() {
    }

    Nomination(long electionId, long memberId, String fullName, NominationSource source, int present, int agree,
               boolean admitted, Instant recordedAt, String recordedBy) {
        this.electionId = electionId;
        this.memberId = memberId;
        this.fullName = fullName;
        this.source = source;
        this.present = present;
        this.agree = agree;
        this.admitted = admitted;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Long getMemberId() {
        return memberId;
    }

    CongressViews.Nomination toView() {
        return new CongressViews.Nomination(memberId, fullName, source, present, agree,
                vn.dangbo.congress.counting.Percent.of(agree, present), admitted);
    }
}
