package vn.dangbo.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a member's timeline: what happened, on which day, by which decision. */
@Entity
@Table(name = "member_event")
class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_event_seq")
    @jakarta.persistence.SequenceGenerator(name = "member_event_seq", sequenceName = "member_event_seq", allocationSize = 50)
    private Long id;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private MemberEventKind kind;
    private LocalDate occurredOn;
    private @Nullable String decisionNumber;
    private String details;
    private Instant recordedAt;
    private String recordedBy;

    protected MemberEvent() {
    }

    MemberEvent(long memberId, MemberEventKind kind, LocalDate occurredOn, @Nullable String decisionNumber, String details,
                Instant recordedAt, String recordedBy) {
        this.memberId = memberId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.decisionNumber = decisionNumber;
        this.details = details;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    TimelineEntry toView() {
        return new TimelineEntry(kind, occurredOn, decisionNumber, details, recordedAt, recordedBy);
    }
}
