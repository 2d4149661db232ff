package vn.dangbo.handbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A document in the library; its version counts every change, so the search index can tell it is stale. */
@Entity
@Table(name = "party_document")
class PartyDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType type;
    private String numberSymbol;
    private String issuer;
    private LocalDate issuedOn;
    private String title;
    private String summary;
    private String fullText;
    @Enumerated(EnumType.STRING)
    private DocumentVisibility visibility;
    @Version
    private int version;
    private Instant updatedAt;
    private String updatedBy;

    protected PartyDocument() {
    }

    PartyDocument(DocumentInput input, Instant at, String by) {
        revise(input, at, by);
    }

    void revise(DocumentInput input, Instant at, String by) {
        type = input.type();
        numberSymbol = input.number();
        issuer = input.issuer();
        issuedOn = input.issuedOn();
        title = input.title();
        summary = input.summary();
        fullText = input.fullText();
        visibility = input.visibility();
        touch(at, by);
    }

    /** A change that is not in the fields, such as a new attachment, still counts as one. */
    void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    Long getId() { return id; }

    DocumentVisibility getVisibility() { return visibility; }

    DocumentView toView(java.util.List<AttachmentView> attachments) {
        return new DocumentView(id, type, numberSymbol, issuer, issuedOn, title, summary, fullText, visibility,
                updatedAt, updatedBy, attachments);
    }
}
