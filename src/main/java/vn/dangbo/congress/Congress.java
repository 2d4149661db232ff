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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.Exclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A congress of the organization for a term: those convened with their status, and its counting board. */
@Entity
@Table(name = "congress")
class Congress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CongressKind kind;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String termLabel;

    @Column(nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "congress_convened", joinColumns = @JoinColumn(name = "congress_id"))
    @MapKeyColumn(name = "member_id")
    private Map<Long, Convened> convened = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "congress_board_member", joinColumns = @JoinColumn(name = "congress_id"))
    @Column(name = "member_id")
    private Set<Long> board = new HashSet<>();

    @Embeddable
    static class Convened {
        @Column(nullable = false)
        private String fullName;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private ConvenedStatus status;
        @Column(nullable = false)
        private String note;

        protected Convened() {
        }

        Convened(String fullName, ConvenedStatus status, String note) {
            this.fullName = fullName;
            this.status = status;
            this.note = note;
        }

        String fullName() {
            return fullName;
        }

        ConvenedStatus status() {
            return status;
        }

        String note() {
            return note;
        }
    }

    protected Congress() {
    }

    Congress(long organizationId, CongressKind kind, int ordinal, String name, String termLabel, LocalDate opensOn,
             LocalDate closesOn, Instant createdAt) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.ordinal = ordinal;
        this.name = name;
        this.termLabel = termLabel;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    CongressKind getKind() {
        return kind;
    }

    Map<Long, Convened> convened() {
        return convened;
    }

    Set<Long> board() {
        return board;
    }

    void convene(long memberId, String fullName, ConvenedStatus status) {
        convened.putIfAbsent(memberId, new Convened(fullName, status, ""));
    }

    void setStatus(long memberId, ConvenedStatus status, String note) {
        Convened current = convened.get(memberId);
        if (current == null) {
            throw new CongressException("Đảng viên này không có trong danh sách triệu tập.");
        }
        if (!status.appliesTo(kind)) {
            throw new CongressException("Tình trạng này chỉ áp dụng ở đại hội đại biểu.");
        }
        convened.put(memberId, new Convened(current.fullName(), status, note));
    }

    void setBoard(Set<Long> members) {
        board.clear();
        board.addAll(members);
    }

    /** Those convened and, by reason, those the engine may take out of N (R16, R17). */
    Electorate electorate() {
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        for (Convened c : convened.values()) {
            c.status().exclusion().ifPresent(reason -> excluded.merge(reason, 1, Integer::sum));
        }
        return new Electorate(convened.size(), excluded);
    }

    CongressView toView() {
        return new CongressView(id, organizationId, kind, ordinal, name, termLabel, opensOn, closesOn);
    }
}
