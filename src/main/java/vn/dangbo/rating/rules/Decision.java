package vn.dangbo.rating.rules;

import java.util.List;
import java.util.Optional;

/** The outcome for one member or organization. */
public sealed interface Decision {

    long id();

    Optional<Level> level();

    /**
     * Rated. {@code refusals} explain every step from the proposal down to the level and are
     * empty when the proposal stands.
     */
    record Rated(long id, Level proposed, Level decided, List<Reason> refusals) implements Decision {

        public Rated {
            refusals = List.copyOf(refusals);
        }

        public boolean refused() {
            return decided != proposed;
        }

        @Override
        public Optional<Level> level() {
            return Optional.of(decided);
        }
    }

    /** Not rated; {@code reviewed} says whether a personal review is still written. */
    record NotRated(long id, Reason reason, boolean reviewed) implements Decision {

        @Override
        public Optional<Level> level() {
            return Optional.empty();
        }
    }
}
