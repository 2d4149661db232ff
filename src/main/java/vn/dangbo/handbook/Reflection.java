package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A member's "studied" mark with their reflection: text, a file, both or neither. */
public record Reflection(long campaignId, long memberId, String fullName, String cellName, Instant studiedAt,
                         @Nullable String text, @Nullable Instant reflectedAt, @Nullable String fileName, @Nullable Long sizeBytes) {

    public boolean hasFile() {
        return fileName != null;
    }
}
