package vn.dangbo.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record NoticeView(long id, String subject, String body, @Nullable String link, Instant createdAt, boolean read) {
}
