package vn.dangbo.congress.counting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One round of voting for one post: the list, the seats, the electorate, the ballots issued and
 * the ballots collected in the order the counting board entered them. The constructor refuses a
 * round whose ballots do not fit its list; validity of each ballot is judged when counting.
 *
 * @param kind a tie re-vote among the tied only (R20) or any other round
 */
public record Round(String electionId, int number, int seats, Method method, List<Candidate> candidates,
                    Electorate electorate, int issued, List<Ballot> ballots, Kind kind) {

    public enum Kind { REGULAR, TIE_REVOTE }

    public Round {
        Objects.requireNonNull(electionId, "electionId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(kind, "kind");
        candidates = List.copyOf(candidates);
        ballots = List.copyOf(ballots);
        if (number < 1) {
            throw new InvalidRound("Số thứ tự vòng bầu phải từ 1: " + number + ".");
        }
        if (seats < 1) {
            throw new InvalidRound("Số cần bầu phải từ 1: " + seats + ".");
        }
        if (issued < 0) {
            throw new InvalidRound("Số phiếu phát ra không được âm: " + issued + ".");
        }
        Map<String, Integer> positions = new HashMap<>(candidates.size() * 4 / 3 + 1);
        for (int i = 0; i < candidates.size(); i++) {
            if (positions.putIfAbsent(candidates.get(i).id(), i) != null) {
                throw new InvalidRound("Mã ứng cử viên trùng: \"" + candidates.get(i).id() + "\".");
            }
        }
        // R6, R7, R11, R12: strike-out needs a surplus; agree/disagree a list equal to the seats.
        if (method == Method.STRIKE_OUT && candidates.size() <= seats) {
            throw new InvalidRound("Phiếu gạch tên cần danh sách nhiều hơn số cần bầu (" + candidates.size()
                    + " người, " + seats + " cần bầu).");
        }
        if (method == Method.AGREE_DISAGREE && candidates.size() != seats) {
            throw new InvalidRound("Phiếu đồng ý/không đồng ý cần danh sách bằng số cần bầu (" + candidates.size()
                    + " người, " + seats + " cần bầu).");
        }
        for (int i = 0; i < ballots.size(); i++) {
            checkBallot(i + 1, ballots.get(i), method, positions);
        }
    }

    public Round(String electionId, int number, int seats, Method method, List<Candidate> candidates,
                 Electorate electorate, int issued, List<Ballot> ballots) {
        this(electionId, number, seats, method, candidates, electorate, issued, ballots, Kind.REGULAR);
    }

    public Round withBallots(List<Ballot> others) {
        return new Round(electionId, number, seats, method, candidates, electorate, issued, others, kind);
    }

    private static void checkBallot(int seq, Ballot ballot, Method method, Map<String, Integer> positions) {
        Ballot.Choice choice = ballot.choice();
        if (choice instanceof Ballot.Kept kept) {
            if (method != Method.STRIKE_OUT) {
                throw new InvalidRound("Phiếu " + seq + ": phiếu gạch tên trong vòng bầu đồng ý/không đồng ý.");
            }
            // By position, not a set of ids: a national round checks hundreds of thousands of them.
            boolean[] seen = new boolean[positions.size()];
            for (String id : kept.ids()) {
                Integer at = positions.get(id);
                if (at == null) {
                    throw new InvalidRound("Phiếu " + seq + ": mã ứng cử viên không có trong danh sách: \"" + id + "\".");
                }
                if (seen[at]) {
                    throw new InvalidRound("Phiếu " + seq + ": tên \"" + id + "\" được giữ hai lần.");
                }
                seen[at] = true;
            }
        } else if (choice instanceof Ballot.Marked marked) {
            if (method != Method.AGREE_DISAGREE) {
                throw new InvalidRound("Phiếu " + seq + ": phiếu đồng ý/không đồng ý trong vòng bầu gạch tên.");
            }
            for (Map.Entry<String, Mark> mark : marked.marks().entrySet()) {
                if (!positions.containsKey(mark.getKey())) {
                    throw new InvalidRound("Phiếu " + seq + ": mã ứng cử viên không có trong danh sách: \"" + mark.getKey() + "\".");
                }
                Objects.requireNonNull(mark.getValue(), "mark");
            }
            if (marked.marks().size() != positions.size()) {
                throw new InvalidRound("Phiếu " + seq + ": phải có đúng một ô đánh dấu cho mỗi người trong danh sách.");
            }
        } else {
            throw Ballot.unknown(choice);
        }
    }
}
