package vn.dangbo.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A merge of cells (sáp nhập), recorded with the decision that ordered it. */
@Entity
@Table(name = "restructuring")
class Restructuring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind = "MERGE";

    @Column(nullable = false)
    private String decisionNumber;

    @Column(nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false)
    private Long targetId;

    private String note;

    @ElementCollection
    @CollectionTable(name = "restructuring_source", joinColumns = @JoinColumn(name = "restructuring_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    private List<Long> sourceIds = new ArrayList<>();

    protected Restructuring() {
    }

    Restructuring(String decisionNumber, LocalDate decidedOn, long targetId, List<Long> sourceIds, String note) {
        this.decisionNumber = decisionNumber;
        this.decidedOn = decidedOn;
        this.targetId = targetId;
        this.sourceIds = new ArrayList<>(sourceIds);
        this.note = note;
    }

    Long getId() {
        return id;
    }

    CellMerge toView(java.util.Map<Long, String> names) {
        return new CellMerge(id, decisionNumber, decidedOn, targetId, names.getOrDefault(targetId, "?"),
                sourceIds.stream().map(s -> names.getOrDefault(s, "?")).toList(), note == null ? "" : note);
    }
}
