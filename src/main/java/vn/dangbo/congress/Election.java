package vn.dangbo.congress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One election of a congress: what is elected, the seats and the candidate list in ballot order. */
@Entity
@Table(name = "election")
class Election {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long congressId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ElectionKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int seats;

    private @Nullable Integer bodyMembers;

    @Column(nullable = false)
    private Instant createdAt;

    private @Nullable String approvalNumber;

    private @Nullable LocalDate approvedOn;

    private @Nullable String approvingBody;

    private @Nullable Instant approvalRecordedAt;

    private @Nullable String approvalRecordedBy;

    @ElementCollection
    @CollectionTable(name = "election_candidate", joinColumns = @JoinColumn(name = "election_id"))
    @OrderColumn(name = "position")
    private List<Listed> candidates = new ArrayList<>();

    @Embeddable
    record Listed(@Column(nullable = false) String code, @Column(nullable = false) Long memberId,
                  @Column(nullable = false) String fullName) {
    }

    protected Election() {
    }

    Election(long congressId, ElectionKind kind, String title, int seats, @Nullable Integer bodyMembers,
             List<Listed> candidates, Instant createdAt) {
        this.congressId = congressId;
        this.kind = kind;
        this.title = title;
        this.seats = seats;
        this.bodyMembers = bodyMembers;
        this.candidates = new ArrayList<>(candidates);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getCongressId() {
        return congressId;
    }

    ElectionKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    int getSeats() {
        return seats;
    }

    @Nullable Integer getBodyMembers() {
        return bodyMembers;
    }

    List<Listed> getCandidates() {
        return List.copyOf(candidates);
    }

    /** The list in ballot order again, after the opinion ballot admitted a nominee (R8); only before any round. */
    void relist(List<Listed> ordered) {
        candidates.clear();
        candidates.addAll(ordered);
    }

    /** The higher committee's approval of the results (R26): recorded once, never changed. */
    void approve(Approval approval, Instant recordedAt, String recordedBy) {
        if (approvalNumber != null) {
            throw new CongressException("Kết quả cuộc bầu này đã được ghi chuẩn y (quyết định số " + approvalNumber
                    + "); không ghi lại được.");
        }
        this.approvalNumber = approval.decisionNumber();
        this.approvedOn = approval.decidedOn();
        this.approvingBody = approval.body();
        this.approvalRecordedAt = recordedAt;
        this.approvalRecordedBy = recordedBy;
    }

    java.util.Optional<Approval> approval() {
        return approvalNumber == null || approvedOn == null || approvingBody == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Approval(approvalNumber, approvedOn, approvingBody));
    }
}
