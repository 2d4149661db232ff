package vn.dangbo.handbook;

import java.time.Instant;

public record CommitmentTemplateView(long id, int effectiveYear, String title, String body, Instant updatedAt, String updatedBy) {
}
