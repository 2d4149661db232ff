package vn.dangbo.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret in a member's calendar address; replacing it revokes the old address. */
@Entity
@Table(name = "meeting_calendar_token")
class CalendarToken {

    @Id
    private Long memberId;
    private String token;
    private Instant createdAt;

    protected CalendarToken() {
    }

    CalendarToken(long memberId, String token, Instant createdAt) {
        this.memberId = memberId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void replace(String newToken, Instant at) {
        token = newToken;
        createdAt = at;
    }

    Long getMemberId() { return memberId; }
    String getToken() { return token; }
}
