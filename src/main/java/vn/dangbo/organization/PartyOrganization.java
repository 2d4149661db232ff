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

@Entity
@Table(name = "party_organization")
class PartyOrganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    private @Nullable Long parentId;

    private @Nullable LocalDate foundedOn;

    private @Nullable LocalDate dissolvedOn;

    private @Nullable Long dissolvedByRestructuringId;

    protected PartyOrganization() {
    }

    PartyOrganization(String name, OrganizationKind kind, @Nullable Long parentId, @Nullable LocalDate foundedOn) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.foundedOn = foundedOn;
    }

    /** A cell merged away stays as history: it is never deleted, only marked dissolved. */
    void dissolveBy(long restructuringId, LocalDate on) {
        if (dissolvedOn != null) {
            throw new OrganizationException("Chi bộ \"" + name + "\" đã giải thể/sáp nhập từ " + vn.dangbo.shared.VietnameseDates.date(dissolvedOn) + ".");
        }
        this.dissolvedOn = on;
        this.dissolvedByRestructuringId = restructuringId;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    OrganizationKind getKind() {
        return kind;
    }

    @Nullable Long getParentId() {
        return parentId;
    }

    boolean isActive() {
        return dissolvedOn == null;
    }

    OrganizationUnit toView() {
        return new OrganizationUnit(id, name, kind, parentId, foundedOn, dissolvedOn, dissolvedByRestructuringId);
    }
}
