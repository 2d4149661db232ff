package vn.dangbo.portal;

import java.util.Set;

/**
 * Where a reader comment stands. A new one waits for a moderator (PENDING), who approves,
 * rejects or marks it as spam; an approved one may later be hidden. Nothing else moves.
 */
public enum CommentState {
    PENDING, APPROVED, REJECTED, SPAM, HIDDEN;

    public boolean mayBecome(CommentState to) {
        return switch (this) {
            case PENDING -> Set.of(APPROVED, REJECTED, SPAM).contains(to);
            case APPROVED -> to == HIDDEN;
            default -> false;
        };
    }
}
