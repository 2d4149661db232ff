package vn.dangbo.congress.counting;

import java.util.Optional;

/**
 * Why a ballot counts or not: the rows of the validity table (elections.md §2), checked in order,
 * the first match deciding. Rows 1–6 void a ballot whatever a board ruling says (ballot-log.md).
 */
public enum Validity {
    NOT_ISSUED(1, false),
    MORE_KEPT_THAN_SEATS(2, false),
    EVERY_NAME_STRUCK(3, false),
    NAME_ADDED(4, false),
    SINGLE_NAME_UNCLEAR(5, false),
    EVERY_NAME_UNCLEAR(6, false),
    RULED_INVALID(10, false),
    RULED_VALID(10, true),
    SOME_NAMES_UNCLEAR(7, true),
    KEPT_WITHIN_SEATS(8, true),
    ALL_MARKED(9, true);

    private final int row;
    private final boolean valid;

    Validity(int row, boolean valid) {
        this.row = row;
        this.valid = valid;
    }

    /** The row of the table in elections.md §2 that decided. */
    public int row() {
        return row;
    }

    public boolean valid() {
        return valid;
    }

    /** Judges one ballot of a round whose list it already fits (see {@link Round}). */
    public static Validity of(Ballot ballot, int seats) {
        if (ballot.unstamped()) {
            return NOT_ISSUED;
        }
        Optional<Validity> voided = switch (ballot.choice()) {
            case Ballot.Kept kept -> {
                if (kept.ids().size() > seats) {
                    yield Optional.of(MORE_KEPT_THAN_SEATS);
                }
                if (kept.ids().isEmpty()) {
                    yield Optional.of(EVERY_NAME_STRUCK);
                }
                yield ballot.written().isEmpty() ? Optional.empty() : Optional.of(NAME_ADDED);
            }
            case Ballot.Marked marked -> {
                if (!ballot.written().isEmpty()) {
                    yield Optional.of(NAME_ADDED);
                }
                boolean allUnclear = !anyClear(marked);
                if (allUnclear) {
                    yield Optional.of(marked.marks().size() == 1 ? SINGLE_NAME_UNCLEAR : EVERY_NAME_UNCLEAR);
                }
                yield Optional.empty();
            }
        };
        if (voided.isPresent()) {
            return voided.get();
        }
        if (ballot.ruling().isPresent()) {
            return ballot.ruling().get().verdict() == Ruling.Verdict.VALID ? RULED_VALID : RULED_INVALID;
        }
        return switch (ballot.choice()) {
            case Ballot.Kept kept -> KEPT_WITHIN_SEATS;
            case Ballot.Marked marked -> anyUnclear(marked) ? SOME_NAMES_UNCLEAR : ALL_MARKED;
        };
    }

    // Loops, not streams: recount judges ballots in a cold JVM, where each lambda costs milliseconds.
    private static boolean anyUnclear(Ballot.Marked marked) {
        for (Mark mark : marked.marks().values()) {
            if (mark.unclear()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyClear(Ballot.Marked marked) {
        for (Mark mark : marked.marks().values()) {
            if (!mark.unclear()) {
                return true;
            }
        }
        return false;
    }
}
