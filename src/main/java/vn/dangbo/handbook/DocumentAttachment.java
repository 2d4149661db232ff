package vn.dangbo.handbook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file attached to a document: stored under a generated name, with the text extracted from it. */
@Entity
@Table(name = "document_attachment")
class DocumentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private String fileName;
    private String storedName;
    private String contentType;
    private long sizeBytes;
    private String extractedText;
    private Instant uploadedAt;
    private String uploadedBy;

    protected DocumentAttachment() {
    }

    DocumentAttachment(Long documentId, String fileName, String storedName, String contentType, long sizeBytes,
                       String extractedText, Instant uploadedAt, String uploadedBy) {
        this.documentId = documentId;
        this.fileName = fileName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.extractedText = extractedText;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() { return id; }

    Long getDocumentId() { return documentId; }

    String getStoredName() { return storedName; }

    String getFileName() { return fileName; }

    String getContentType() { return contentType; }

    String getExtractedText() { return extractedText; }

    AttachmentView toView() {
        return new AttachmentView(id, fileName, contentType, sizeBytes, uploadedAt);
    }
}
