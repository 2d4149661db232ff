package vn.dangbo.handbook;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A reminder sent to one member for one campaign: kept so that no member is reminded twice. */
@Entity
@Table(name = "study_reminder")
class StudyReminder {

    @Embeddable
    record Key(Long campaignId, Long memberId) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    private Instant sentAt;

    protected StudyReminder() {
    }

    StudyReminder(long campaignId, long memberId, Instant sentAt) {
        this.id = new Key(campaignId, memberId);
        this.sentAt = sentAt;
    }
}
