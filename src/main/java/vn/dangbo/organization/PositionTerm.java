package vn.dangbo.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A member holding a position in a committee or cell for a term. */
@Entity
@Table(name = "position_term")
class PositionTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Position position;

    @Column(nullable = false)
    private String termLabel;

    @Column(nullable = false)
    private LocalDate startedOn;

    private @Nullable LocalDate endedOn;

    protected PositionTerm() {
    }

    PositionTerm(long organizationId, long memberId, Position position, String termLabel, LocalDate startedOn, @Nullable LocalDate endedOn) {
        this.organizationId = organizationId;
        this.memberId = memberId;
        this.position = position;
        this.termLabel = termLabel;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    Long getId() {
        return id;
    }

    Long getOrganizationId() {
        return organizationId;
    }

    Long getMemberId() {
        return memberId;
    }

    Position getPosition() {
        return position;
    }

    String getTermLabel() {
        return termLabel;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    void end(LocalDate on) {
        if (endedOn == null) {
            endedOn = on;
        }
    }

    PositionHolder toView(String memberName, String organizationName) {
        return new PositionHolder(id, organizationId, organizationName, memberId, memberName, position, termLabel, startedOn, endedOn);
    }
}
