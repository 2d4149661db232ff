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
        Optional<Validity> voided = voided(ballot, seats);
        if (voided.isPresent()) {
            return voided.get();
        }
        if (ballot.ruling().isPresent()) {
            return ballot.ruling().get().verdict() == Ruling.Verdict.VALID ? RULED_VALID : RULED_INVALID;
        }
        Ballot.Choice choice = ballot.choice();
        if (choice instanceof Ballot.Kept) {
            return KEPT_WITHIN_SEATS;
        }
        if (choice instanceof Ballot.Marked marked) {
            return anyMark(marked, true) ? SOME_NAMES_UNCLEAR : ALL_MARKED;
        }
        throw Ballot.unknown(choice);
    }

    /** What voids the ballot whatever the board ruled, if anything. */
    private static Optional<Validity> voided(Ballot ballot, int seats) {
        Ballot.Choice choice = ballot.choice();
        if (choice instanceof Ballot.Kept kept) {
            if (kept.ids().size() > seats) {
                return Optional.of(MORE_KEPT_THAN_SEATS);
            }
            if (kept.ids().isEmpty()) {
                return Optional.of(EVERY_NAME_STRUCK);
            }
            return ballot.written().isEmpty() ? Optional.empty() : Optional.of(NAME_ADDED);
        }
        if (choice instanceof Ballot.Marked marked) {
            if (!ballot.written().isEmpty()) {
                return Optional.of(NAME_ADDED);
            }
            if (!anyMark(marked, false)) { // every name unclear
                return Optional.of(marked.marks().size() == 1 ? SINGLE_NAME_UNCLEAR : EVERY_NAME_UNCLEAR);
            }
            return Optional.empty();
        }
        throw Ballot.unknown(choice);
    }

    // Loops, not streams: recount judges ballots in a cold JVM, where each lambda costs milliseconds.
    private static boolean anyMark(Ballot.Marked marked, boolean unclear) {
        for (Mark mark : marked.marks().values()) {
            if (mark.unclear() == unclear) {
                return true;
            }
        }
        return false;
    }
}
