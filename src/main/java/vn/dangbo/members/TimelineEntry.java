package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

public record TimelineEntry(MemberEventKind kind, LocalDate occurredOn, @Nullable String decisionNumber, String details,
                            Instant recordedAt, String recordedBy) {
}
