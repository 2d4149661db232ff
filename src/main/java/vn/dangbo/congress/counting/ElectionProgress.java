package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rounds of one election so far (R20, R21): who is elected, which seats are still open, and
 * what a next round may be. A tie must be settled by a re-vote among the tied for the tied seats;
 * otherwise the body may vote again for the open seats only, on names not yet elected, with the
 * same base N, or stop and leave them vacant.
 */
public record ElectionProgress(int seats, List<CountResult> rounds) {

    public ElectionProgress {
        rounds = List.copyOf(rounds);
        if (seats < 1) {
            throw new InvalidRound("Số cần bầu phải từ 1: " + seats + ".");
        }
    }

    public static ElectionProgress of(int seats, CountResult... rounds) {
        return new ElectionProgress(seats, List.of(rounds));
    }

    public ElectionProgress then(CountResult next) {
        List<CountResult> all = new ArrayList<>(rounds);
        all.add(next);
        return new ElectionProgress(seats, all);
    }

    /** Everyone elected, round by round, each round's in its order. */
    public List<String> elected() {
        return rounds.stream().flatMap(r -> r.elected().stream()).toList();
    }

    public Optional<Tie> pendingTie() {
        return rounds.isEmpty() ? Optional.empty() : rounds.get(rounds.size() - 1).tie();
    }

    /** Seats not filled yet, tied seats included; if the body stops here they stay vacant. */
    public int openSeats() {
        return Math.max(0, seats - elected().size());
    }

    /** A cell that fails to elect its secretary in three rounds gets one appointed by the higher committee (R21). */
    public boolean higherCommitteeAppoints(Post post) {
        return post == Post.CELL_SECRETARY && rounds.size() >= Post.CELL_SECRETARY_ROUNDS && elected().isEmpty();
    }

    /** Throws {@link InvalidRound} when {@code next} is not a round the rules allow now. */
    public void checkNextRound(Round next, ElectionRules rules) {
        if (rounds.isEmpty()) {
            if (next.seats() != seats) {
                throw new InvalidRound("Vòng đầu bầu đủ " + seats + " người, không phải " + next.seats() + ".");
            }
            return;
        }
        CountResult last = rounds.get(rounds.size() - 1);
        if (next.number() != last.round() + 1) {
            throw new InvalidRound("Vòng tiếp theo phải là vòng " + (last.round() + 1) + ".");
        }
        if (Base.of(next.electorate(), rules).value() != rounds.get(0).base().value()) {
            throw new InvalidRound("Các vòng bầu của cùng một cuộc bầu cử dùng cùng cơ số N.");
        }
        Set<String> ids = new HashSet<>();
        next.candidates().forEach(c -> ids.add(c.id()));
        Optional<Tie> tie = pendingTie();
        if (tie.isPresent()) {
            if (next.kind() != Round.Kind.TIE_REVOTE || !ids.equals(new HashSet<>(tie.get().candidates()))
                    || next.seats() != tie.get().seats()) {
                throw new InvalidRound("Phải bầu lại giữa những người bằng phiếu " + tie.get().candidates()
                        + " cho " + tie.get().seats() + " chỗ.");
            }
            return;
        }
        if (openSeats() == 0) {
            throw new InvalidRound("Đã bầu đủ số lượng.");
        }
        if (next.seats() > openSeats()) {
            throw new InvalidRound("Vòng sau chỉ bầu cho số còn thiếu (" + openSeats() + ").");
        }
        for (String id : elected()) {
            if (ids.contains(id)) {
                throw new InvalidRound("\"" + id + "\" đã trúng cử, không có tên trong vòng sau.");
            }
        }
    }
}
