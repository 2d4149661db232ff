package vn.dangbo.members;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who changed what in a member's record, and when. */
@Entity
@Table(name = "member_change")
class MemberChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_change_seq")
    @jakarta.persistence.SequenceGenerator(name = "member_change_seq", sequenceName = "member_change_seq", allocationSize = 50)
    private Long id;
    private Long memberId;
    private Instant changedAt;
    private String changedBy;
    private String summary;

    protected MemberChange() {
    }

    MemberChange(long memberId, Instant changedAt, String changedBy, String summary) {
        this.memberId = memberId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
    }

    ChangeEntry toView() {
        return new ChangeEntry(changedAt, changedBy, summary);
    }
}
