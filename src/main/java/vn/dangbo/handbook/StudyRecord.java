package vn.dangbo.handbook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A member has studied a campaign's documents, with their reflection (text, a stored file, or neither). */
@Entity
@Table(name = "study_record")
class StudyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long memberId;
    private Long cellId;
    private Instant studiedAt;
    private @Nullable String reflectionText;
    private @Nullable Instant reflectionAt;
    private @Nullable String fileName;
    private @Nullable String storedName;
    private @Nullable String contentType;
    private @Nullable Long sizeBytes;

    protected StudyRecord() {
    }

    StudyRecord(long campaignId, long memberId, long cellId, Instant studiedAt) {
        this.campaignId = campaignId;
        this.memberId = memberId;
        this.cellId = cellId;
        this.studiedAt = studiedAt;
    }

    void writeReflection(String text, Instant at) {
        reflectionText = text;
        reflectionAt = at;
    }

    /** Attaches the reflection's file; returns the stored name of the file it replaces, if any. */
    @Nullable String attach(String fileName, String storedName, String contentType, long size, Instant at) {
        String replaced = this.storedName;
        this.fileName = fileName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = size;
        this.reflectionAt = at;
        return replaced;
    }

    Long getCampaignId() { return campaignId; }
    Long getMemberId() { return memberId; }
    Long getCellId() { return cellId; }
    Instant getStudiedAt() { return studiedAt; }
    @Nullable String getReflectionText() { return reflectionText; }
    @Nullable Instant getReflectionAt() { return reflectionAt; }
    @Nullable String getFileName() { return fileName; }
    @Nullable String getStoredName() { return storedName; }
    @Nullable String getContentType() { return contentType; }
    @Nullable Long getSizeBytes() { return sizeBytes; }
}
