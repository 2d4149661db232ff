package vn.dangbo.meetings.quorum;

import java.util.Collection;

/**
 * The counts of a cell meeting and whether it and its resolution stand (party-work.md R25): the
 * base is the official members less those exempt who stay away, the suspended, those attending
 * elsewhere and those excused by a competent body; a resolution needs more than half of the base
 * in favour. How many must attend for the meeting itself is not published (open question 3 of
 * party-work.md), so its share is a parameter.
 *
 * @param onRolls       members on the rolls, official or not
 * @param official      official members among them
 * @param excluded      official members left out of the base, by the rule above
 * @param base          the denominator
 * @param present       members present (official or not)
 * @param presentInBase members of the base who are present
 * @param absentWithReason    members of the base away with a reason
 * @param absentWithoutReason members of the base away without one
 * @param quorumShare   the share of the base that must attend
 */
public record Quorum(int onRolls, int official, int excluded, int base, int present, int presentInBase,
                     int absentWithReason, int absentWithoutReason, Share quorumShare) {

    public static Quorum of(Collection<Attendee> attendees, Share quorumShare) {
        int official = 0;
        int excluded = 0;
        int present = 0;
        int presentInBase = 0;
        int withReason = 0;
        int withoutReason = 0;
        for (Attendee a : attendees) {
            if (a.presence().present()) {
                present++;
            }
            if (!a.official()) {
                continue;
            }
            official++;
            if (a.excludedFromBase()) {
                excluded++;
                continue;
            }
            switch (a.presence()) {
                case PRESENT -> presentInBase++;
                case ABSENT_WITH_REASON -> withReason++;
                case ABSENT_WITHOUT_REASON -> withoutReason++;
            }
        }
        return new Quorum(attendees.size(), official, excluded, official - excluded, present, presentInBase, withReason,
                withoutReason, quorumShare);
    }

    /** Enough of the base came for the meeting to decide. */
    public boolean quorate() {
        return quorumShare.exceededBy(presentInBase, base);
    }

    /** The least number present for a quorum. */
    public long neededPresent() {
        return quorumShare.leastExceeding(base);
    }

    /** The least number of votes in favour for a valid resolution: more than half of the base. */
    public long neededInFavour() {
        return Share.HALF.leastExceeding(base);
    }

    /** R25: valid only when more than half of the base approve, at a meeting with its quorum. */
    public boolean resolutionValid(int inFavour) {
        return quorate() && Share.HALF.exceededBy(inFavour, base);
    }

    /** Who may vote: the members of the base who are present. */
    public int voters() {
        return presentInBase;
    }
}
