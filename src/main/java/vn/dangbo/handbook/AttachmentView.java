package vn.dangbo.handbook;

import java.time.Instant;

public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
}
