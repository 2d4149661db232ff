package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A comment as moderators see it, with the email and the address hash that readers never see. */
public record QueuedComment(long id, long articleId, String articleTitle, String articlePath, String name, String email,
                            String content, Instant postedAt, String addressHash, CommentState state,
                            @Nullable String moderatedBy, @Nullable Instant moderatedAt,
                            boolean emailBlocked, boolean addressBlocked) {

    /** The first characters of the hash: enough to tell clients apart on a screen. */
    public String shortHash() {
        return addressHash.substring(0, Math.min(12, addressHash.length()));
    }
}
