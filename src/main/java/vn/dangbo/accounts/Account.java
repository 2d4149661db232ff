package vn.dangbo.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class Account {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private @Nullable Long memberId;
    private @Nullable Long cellId;
    private boolean enabled = true;
    /** May moderate the portal's reader comments, whatever the role. */
    private boolean moderator;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Role role, @Nullable Long memberId, @Nullable Long cellId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.memberId = memberId;
        this.cellId = cellId;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Five wrong passwords in a row lock the account for 15 minutes. */
    void failedLogin(Instant now) {
        if (lockedAt(now)) {
            return;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedAttempts = 0;
        }
    }

    void succeededLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void grantModeration() {
        this.moderator = true;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    String getDisplayName() { return displayName; }
    Role getRole() { return role; }
    @Nullable Long getMemberId() { return memberId; }
    @Nullable Long getCellId() { return cellId; }
    boolean isEnabled() { return enabled; }
    boolean isModerator() { return moderator; }
}
