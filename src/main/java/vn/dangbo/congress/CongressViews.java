package vn.dangbo.congress;

import vn.dangbo.congress.counting.Base;
import vn.dangbo.congress.counting.CandidateLists;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Round;
import vn.dangbo.congress.counting.Ruling;
import vn.dangbo.congress.counting.ShowOfHands;
import vn.dangbo.congress.counting.Validity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read records of the congress pages. */
public final class CongressViews {

    private CongressViews() {
    }

    public record Convened(long memberId, String fullName, ConvenedStatus status, String note) {
    }

    /** A congress with those convened, the base N of its votes itemised and its counting board. */
    public record Details(CongressView congress, List<Convened> convened, int present, Base base, Set<Long> board,
                          List<ElectionSummary> elections, List<Vote> votes) {
        public boolean onBoard(Long memberId) {
            return memberId != null && board.contains(memberId);
        }
    }

    public record ElectionSummary(long id, ElectionKind kind, String title, int seats, int candidates, int rounds,
                                  boolean approved) {
    }

    /** A show of hands as recorded, with whom it chose (empty for an item adopted). */
    public record Vote(long id, ShowOfHandsKind kind, String title, ShowOfHands count, List<String> chosen,
                       java.time.Instant recordedAt) {
        public boolean adopted() {
            return count.adopted();
        }
    }

    /** A floor or self nomination and its opinion ballot (R8). */
    public record Nomination(long memberId, String fullName, NominationSource source, int present, int agree,
                             String percent, boolean admitted) {
    }

    /** Everyone elected over the rounds of an election, in the order of the results. */
    public record ElectedMember(long memberId, String fullName, int round, int votes, String percentOfBase) {
    }

    public record Candidate(String code, long memberId, String fullName) {
    }

    public record Election(long id, long congressId, String congressName, ElectionKind kind, String title, int seats,
                           List<Candidate> candidates, CandidateLists.ListCheck check, Base base, List<RoundSummary> rounds,
                           List<Nomination> nominations, int opinionBallotBase, Optional<Approval> approval,
                           boolean complete, List<ElectedMember> elected) {
        /** Nominations are taken until the first round opens. */
        public boolean takesNominations() {
            return rounds.isEmpty();
        }

        /** The results may be approved: every round counted, no tie left to re-vote, not approved yet. */
        public boolean approvable() {
            return complete && approval.isEmpty();
        }
    }

    public record RoundSummary(long id, int number, Round.Kind kind, int seats, Method method, int issued,
                               List<Candidate> candidates, boolean counted, int accepted,
                               java.util.Optional<java.time.Instant> closedAt) {
    }

    public enum SheetState { WAITING_SECOND, MISMATCH, AWAITING_RULING, ACCEPTED }

    /** One reading of a sheet by a board member: the readers are named, the voter never is. */
    public record Reading(long entrantMemberId, String entrantName, EnteredBallot ballot) {
    }

    public record Sheet(int number, SheetState state, List<Reading> readings) {
    }

    /** Where the double entry of a round stands, for the counting board. */
    public record Entry(RoundSummary round, List<Sheet> sheets, String chainHead) {
        public List<Sheet> in(SheetState state) {
            return sheets.stream().filter(s -> s.state() == state).toList();
        }

        public boolean readBy(int sheet, long member) {
            return sheets.stream().anyMatch(s -> s.number() == sheet
                    && s.readings().stream().anyMatch(r -> r.entrantMemberId() == member));
        }

        /** The lowest sheet number this board member has not read yet. */
        public int nextSheetFor(long member) {
            int n = 1;
            while (readBy(n, member)) {
                n++;
            }
            return n;
        }
    }

    /**
     * A doubtful ballot the counting board ruled on, by its place in the round's ballot log, for the
     * minutes, with the validity it counted under: a ruling decides only for a ballot that rows 1–6
     * of the validity table do not void.
     */
    public record RuledBallot(int seq, Ruling ruling, Validity validity) {
    }
}
