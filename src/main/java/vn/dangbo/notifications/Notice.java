package vn.dangbo.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "notice")
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private String subject;
    private String body;
    private @Nullable String link;
    private Instant createdAt;
    private @Nullable Instant readAt;
    private @Nullable String mailStatus;

    protected Notice() {
    }

    Notice(long memberId, String subject, String body, @Nullable String link, Instant createdAt) {
        this.memberId = memberId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailed(String status) {
        this.mailStatus = status;
    }

    NoticeView view() {
        return new NoticeView(id, subject, body, link, createdAt, readAt != null);
    }

    Long getId() { return id; }
    Long getMemberId() { return memberId; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    @Nullable String getMailStatus() { return mailStatus; }
}
