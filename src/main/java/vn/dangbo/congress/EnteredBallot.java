package vn.dangbo.congress;

import org.jspecify.annotations.Nullable;
import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Ruling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ballot sheet as one counting-board member reads it, by candidate code ({@code c1}, …). It
 * carries no voter identity. {@code doubtful} asks the board for a ruling (elections.md §2 row 10).
 *
 * @param kept  the names left standing (strike-out), or null
 * @param marks one mark per name (agree/disagree), or null
 */
public record EnteredBallot(@Nullable List<String> kept, @Nullable Map<String, Mark> marks, List<String> written,
                            boolean unstamped, boolean doubtful) {

    public EnteredBallot {
        if ((kept == null) == (marks == null)) {
            throw new CongressException("Phiếu phải ghi hoặc các tên được giữ, hoặc dấu đồng ý/không đồng ý.");
        }
        kept = kept == null ? null : List.copyOf(kept);
        marks = marks == null ? null : Map.copyOf(marks);
        written = written.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static EnteredBallot keeping(List<String> codes) {
        return new EnteredBallot(codes, null, List.of(), false, false);
    }

    public static EnteredBallot marking(Map<String, Mark> marks) {
        return new EnteredBallot(null, marks, List.of(), false, false);
    }

    public EnteredBallot withWritten(List<String> names) {
        return new EnteredBallot(kept, marks, names, unstamped, doubtful);
    }

    public EnteredBallot asUnstamped() {
        return new EnteredBallot(kept, marks, written, true, doubtful);
    }

    public EnteredBallot asDoubtful() {
        return new EnteredBallot(kept, marks, written, unstamped, true);
    }

    Ballot toBallot(Optional<Ruling> ruling) {
        Ballot.Choice choice = kept != null ? new Ballot.Kept(kept) : new Ballot.Marked(marks);
        return new Ballot(choice, written, unstamped, ruling);
    }
}
