package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.dangbo.rating.rules.Activity;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.Score;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One member's review in one round: Open → Self-assessed → Proposed → Decided (party-work.md,
 * state machines). Who did each step and when is kept beside it.
 */
@Entity
@Table(name = "member_review")
class MemberReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long memberId;
    private Long cellId;
    private LocalDate admittedOn;
    @Enumerated(EnumType.STRING)
    private Activity activity;
    private @Nullable Integer generalPoints;
    private @Nullable Integer taskPoints;
    private boolean allTasksOnTime = true;
    private int sickLeaveDays;
    private @Nullable String selfReview;
    private @Nullable String selfReviewedBy;
    private @Nullable Instant selfReviewedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Level proposedLevel;
    private @Nullable String proposalNote;
    private @Nullable String proposedBy;
    private @Nullable Instant proposedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Level decidedLevel;
    private @Nullable String decisionNote;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    @Version
    private long version;

    protected MemberReview() {
    }

    MemberReview(long roundId, long memberId, long cellId, LocalDate admittedOn, Activity activity) {
        this.roundId = roundId;
        this.memberId = memberId;
        this.cellId = cellId;
        this.admittedOn = admittedOn;
        this.activity = activity;
    }

    void writeSelfReview(String text, String by, Instant at) {
        requireUndecided();
        this.selfReview = text;
        this.selfReviewedBy = by;
        this.selfReviewedAt = at;
    }

    void propose(Score score, boolean onTime, int sickLeave, Level level, @Nullable String note, String by, Instant at) {
        requireUndecided();
        this.generalPoints = score.general();
        this.taskPoints = score.tasks();
        this.allTasksOnTime = onTime;
        this.sickLeaveDays = sickLeave;
        this.proposedLevel = level;
        this.proposalNote = note;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    void decide(Level level, @Nullable String note, String by, Instant at) {
        requireUndecided();
        if (proposedLevel == null) {
            throw new RatingException("Chi bộ chưa đề xuất mức xếp loại cho đảng viên này (quy trình R8): chưa thể quyết định.");
        }
        this.decidedLevel = level;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Changes a decided level; the caller records the reconsideration. */
    Level reconsider(Level level, String note, String by, Instant at) {
        Level previous = decidedLevel;
        if (previous == null) {
            throw new RatingException("Đảng viên này chưa được quyết định xếp loại: không có gì để xem xét lại.");
        }
        this.decidedLevel = level;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
        return previous;
    }

    private void requireUndecided() {
        if (decidedLevel != null) {
            throw new RatingException("Đảng ủy đã quyết định xếp loại đảng viên này: chỉ thay đổi được bằng việc xem xét lại có ghi nhận.");
        }
    }

    Long getId() { return id; }
    Long getRoundId() { return roundId; }
    long getMemberId() { return memberId; }
    long getCellId() { return cellId; }
    LocalDate getAdmittedOn() { return admittedOn; }
    Activity getActivity() { return activity; }
    @Nullable Score getScore() { return generalPoints == null || taskPoints == null ? null : new Score(generalPoints, taskPoints); }
    boolean isAllTasksOnTime() { return allTasksOnTime; }
    int getSickLeaveDays() { return sickLeaveDays; }
    @Nullable String getSelfReview() { return selfReview; }
    @Nullable String getSelfReviewedBy() { return selfReviewedBy; }
    @Nullable Instant getSelfReviewedAt() { return selfReviewedAt; }
    @Nullable Level getProposedLevel() { return proposedLevel; }
    @Nullable String getProposalNote() { return proposalNote; }
    @Nullable String getProposedBy() { return proposedBy; }
    @Nullable Instant getProposedAt() { return proposedAt; }
    @Nullable Level getDecidedLevel() { return decidedLevel; }
    @Nullable String getDecisionNote() { return decisionNote; }
    @Nullable String getDecidedBy() { return decidedBy; }
    @Nullable Instant getDecidedAt() { return decidedAt; }
}
