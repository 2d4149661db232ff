package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An article as the newsroom edits it, with its history, photos, corrections and the moves open to it. */
public record EditorView(long id, ArticleForm form, String sectionName, ArticleState state, @Nullable Instant publishedAt,
                         Instant updatedAt, List<Photo> photos, List<TransitionView> transitions,
                         Set<ArticleWorkflow.Action> actions, List<CorrectionView> corrections, String publicPath,
                         int revisions) {

    public boolean editable() {
        return ArticleWorkflow.editable(state);
    }

    /** Readers follow a published article's address: it no longer changes. */
    public boolean slugLocked() {
        return state == ArticleState.PUBLISHED || state == ArticleState.WITHDRAWN;
    }

    public boolean correctable() {
        return state == ArticleState.PUBLISHED || state == ArticleState.WITHDRAWN;
    }
}
