package vn.dangbo.congress.counting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One ballot as the counting board entered it. It carries no voter identity.
 *
 * @param choice    the names kept (strike-out) or the mark beside every name (agree/disagree)
 * @param written   names written in outside the list
 * @param unstamped not a ballot issued for this round (no stamp, a copy, another round's)
 * @param ruling    the board's ruling on a doubtful ballot, if any
 */
public record Ballot(Choice choice, List<String> written, boolean unstamped, Optional<Ruling> ruling) {

    public sealed interface Choice permits Kept, Marked {
    }

    /** The names left standing on a strike-out ballot, as entered. */
    public record Kept(List<String> ids) implements Choice {
        public Kept {
            ids = List.copyOf(ids);
        }
    }

    /** One mark per listed candidate on an agree/disagree ballot. */
    public record Marked(Map<String, Mark> marks) implements Choice {
        public Marked {
            // Entry order kept so an exported ballot reads in list order.
            marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        }
    }

    /**
     * For the end of an {@code instanceof} chain over {@link Choice}: the recount's classes are
     * compiled for Java 17 (see pom.xml), which has no pattern switch to check that a chain is
     * exhaustive, so a new kind of choice fails loudly instead of being counted as nothing.
     */
    public static IllegalStateException unknown(Choice choice) {
        return new IllegalStateException("unknown kind of ballot choice: " + choice.getClass().getName());
    }

    public Ballot {
        Objects.requireNonNull(choice, "choice");
        written = List.copyOf(written);
        Objects.requireNonNull(ruling, "ruling");
    }

    public static Ballot keeping(String... ids) {
        return new Ballot(new Kept(List.of(ids)), List.of(), false, Optional.empty());
    }

    public static Ballot keeping(List<String> ids) {
        return new Ballot(new Kept(ids), List.of(), false, Optional.empty());
    }

    public static Ballot marking(Map<String, Mark> marks) {
        return new Ballot(new Marked(marks), List.of(), false, Optional.empty());
    }

    public Ballot withWritten(String... names) {
        return new Ballot(choice, List.of(names), unstamped, ruling);
    }

    public Ballot asUnstamped() {
        return new Ballot(choice, written, true, ruling);
    }

    public Ballot ruled(Ruling ruling) {
        return new Ballot(choice, written, unstamped, Optional.of(ruling));
    }
}
