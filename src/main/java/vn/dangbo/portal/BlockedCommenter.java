package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A block in force: by email or by address hash, who set it, when and why. */
public record BlockedCommenter(long id, boolean byEmail, String value, @Nullable String reason, String blockedBy, Instant blockedAt) {
}
