package vn.dangbo.handbook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A study campaign: documents to study, the cells that must (or every cell), a deadline; completed once all have studied. */
@Entity
@Table(name = "study_campaign")
class StudyCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    private LocalDate deadline;
    private boolean allCells;
    private @Nullable LocalDate completedOn;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @ElementCollection
    @CollectionTable(name = "study_campaign_document", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "study_campaign_cell", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "cell_id")
    private Set<Long> cellIds = new LinkedHashSet<>();

    protected StudyCampaign() {
    }

    StudyCampaign(StudyCampaignInput input, Instant at, String by) {
        this.createdAt = at;
        revise(input, at, by);
    }

    void revise(StudyCampaignInput input, Instant at, String by) {
        title = input.title();
        description = input.description();
        deadline = input.deadline();
        allCells = input.allCells();
        documentIds.clear();
        documentIds.addAll(input.documentIds());
        cellIds.clear();
        if (!allCells) {
            cellIds.addAll(input.cellIds());
        }
        updatedAt = at;
        updatedBy = by;
    }

    /** Reaching 100% happens once; a later change of the rolls does not take it back. */
    boolean complete(LocalDate on) {
        if (completedOn != null) {
            return false;
        }
        completedOn = on;
        return true;
    }

    boolean assignedTo(long cellId) {
        return allCells || cellIds.contains(cellId);
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    String getDescription() { return description; }
    LocalDate getDeadline() { return deadline; }
    boolean isAllCells() { return allCells; }
    @Nullable LocalDate getCompletedOn() { return completedOn; }
    Set<Long> getDocumentIds() { return documentIds; }
    Set<Long> getCellIds() { return cellIds; }
    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
}
