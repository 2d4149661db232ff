package vn.dangbo.congress.ballotlog;

import vn.dangbo.congress.counting.Round;

import java.util.List;
import java.util.OptionalInt;

/**
 * A ballot log as read: the round it describes and, per entry, the ballot as written and the hash
 * stored beside it, so the chain can be checked apart from the count (recount does it on a thread
 * of its own, canonical forms included).
 */
public record BallotLog(String title, String body, Round round, List<Entry> entries) {

    public static final String FORMAT = "dangbo-ballot-log/1";

    public record Entry(int seq, Json ballot, String storedHash) {

        /** The ballot's RFC 8785 form, which the chain hashes. */
        public String canonicalBallot() {
            return JsonWriter.canonical(ballot);
        }
    }

    public BallotLog {
        entries = List.copyOf(entries);
    }

    /** The first entry whose stored hash is not the chain's, if any (upper-case hex is not the chain's). */
    public OptionalInt firstBrokenSeq() {
        HashChain chain = HashChain.start(round.electionId());
        for (Entry entry : entries) {
            if (!chain.append(entry.canonicalBallot()).equals(entry.storedHash())) {
                return OptionalInt.of(entry.seq());
            }
        }
        return OptionalInt.empty();
    }

    /** The hash of the last entry (h0 for a log without ballots): what the minutes may quote. */
    public String chainHead() {
        return entries.isEmpty() ? HashChain.start(round.electionId()).head() : entries.get(entries.size() - 1).storedHash();
    }
}
