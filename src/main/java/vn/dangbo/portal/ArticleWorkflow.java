package vn.dangbo.portal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The moves an article may make between states, and nothing else: plain Java, no clock, no
 * storage. A writer sends a draft for review (or the editor takes it back to draft), schedules it
 * or publishes it; a scheduled article may go back to draft or be published; a published or
 * scheduled one may be withdrawn. A withdrawn article stays withdrawn: it is kept, unchanged, for
 * inspection (Press Law 2016, art. 42).
 */
public final class ArticleWorkflow {

    /** What an editor asks for; each names the state it leads to. */
    public enum Action {
        SUBMIT(ArticleState.REVIEW),
        RETURN_TO_DRAFT(ArticleState.DRAFT),
        SCHEDULE(ArticleState.SCHEDULED),
        PUBLISH(ArticleState.PUBLISHED),
        WITHDRAW(ArticleState.WITHDRAWN);

        private final ArticleState target;

        Action(ArticleState target) {
            this.target = target;
        }

        public ArticleState target() {
            return target;
        }
    }

    private static final Map<ArticleState, EnumSet<Action>> ALLOWED = Map.of(
            ArticleState.DRAFT, EnumSet.of(Action.SUBMIT, Action.SCHEDULE, Action.PUBLISH),
            ArticleState.REVIEW, EnumSet.of(Action.RETURN_TO_DRAFT, Action.SCHEDULE, Action.PUBLISH),
            ArticleState.SCHEDULED, EnumSet.of(Action.RETURN_TO_DRAFT, Action.PUBLISH, Action.WITHDRAW),
            ArticleState.PUBLISHED, EnumSet.of(Action.WITHDRAW),
            ArticleState.WITHDRAWN, EnumSet.noneOf(Action.class));

    private ArticleWorkflow() {
    }

    /** The actions open to an article in this state, in the order a form shows them. */
    public static Set<Action> actions(ArticleState from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /** The state the action leads to, or empty when the action is not open from this state. */
    public static Optional<ArticleState> next(ArticleState from, Action action) {
        return ALLOWED.get(from).contains(action) ? Optional.of(action.target()) : Optional.empty();
    }

    public static boolean allows(ArticleState from, ArticleState to) {
        return ALLOWED.get(from).stream().anyMatch(a -> a.target() == to);
    }

    /** Whether the text of an article in this state may still be edited (a withdrawn one is kept as it was). */
    public static boolean editable(ArticleState state) {
        return state != ArticleState.WITHDRAWN;
    }

    /** Readers see these changes: the page cache must drop the article. */
    public static boolean readersNotice(ArticleState from, ArticleState to) {
        return from == ArticleState.PUBLISHED || to == ArticleState.PUBLISHED;
    }
}
