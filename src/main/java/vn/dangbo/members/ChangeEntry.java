package vn.dangbo.members;

import java.time.Instant;

public record ChangeEntry(Instant changedAt, String changedBy, String summary) {
}
