package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a candidate list: the surplus cap (R6, R7), the convening committee's share
 * (10–15 %, R6), the opinion ballot on floor and self nominations and the merged list (R8).
 */
public final class CandidateLists {

    private CandidateLists() {
    }

    /** Names above the seats the congress may allow: 30 %, at least the minimum (1); 3–5 seats: 1 (R7, Q6). */
    public static int maxSurplus(int seats, ElectionRules rules) {
        requireSeats(seats);
        if (seats >= 3 && seats <= 5) {
            return 1;
        }
        return Math.max(rules.minimumSurplus(), rules.percentOfSeats(seats, 30));
    }

    /** The surplus the convening committee's own list carries: 10–15 % of the seats (R6, Q6). */
    public static Range conveningSurplus(int seats, ElectionRules rules) {
        int max = maxSurplus(seats, rules);
        int low = Math.min(max, Math.max(rules.minimumSurplus(), rules.percentOfSeats(seats, 10)));
        int high = Math.min(max, Math.max(low, rules.percentOfSeats(seats, 15)));
        return new Range(low, high);
    }

    public record Range(int min, int max) {
        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /**
     * Whether a list of {@code candidates} names may be put to the vote for {@code seats} seats.
     *
     * @param problems in Vietnamese, for the presidium; empty when acceptable
     */
    public record ListCheck(int surplus, int maxSurplus, List<String> problems) {
        public ListCheck {
            problems = List.copyOf(problems);
        }

        public boolean acceptable() {
            return problems.isEmpty();
        }
    }

    public static ListCheck check(Post post, int seats, int candidates, ElectionRules rules) {
        int max = maxSurplus(seats, rules);
        int surplus = candidates - seats;
        List<String> problems = new ArrayList<>();
        if (surplus < 0) {
            problems.add("Danh sách có " + candidates + " người, ít hơn số cần bầu (" + seats + ").");
        } else if (surplus == 0 && post.surplusRequired()) {
            problems.add("Danh sách bầu cấp ủy, ban thường vụ phải nhiều hơn số cần bầu.");
        }
        boolean capped = !post.delegates() || rules.delegateSurplusCapped();
        if (capped && surplus > max) {
            problems.add("Số dư " + surplus + " vượt quá mức tối đa " + max + " (30% số cần bầu).");
        }
        if (post == Post.CELL_COMMITTEE && seats > Post.MAX_CELL_COMMITTEE) {
            problems.add("Chi ủy có tối đa " + Post.MAX_CELL_COMMITTEE + " người.");
        }
        return new ListCheck(surplus, max, problems);
    }

    /**
     * A floor or self nominee joins the list only with MORE than 30 % of those present agreeing on
     * the secret opinion ballot (R8): agree × 10 > 3 × present, in integers.
     */
    public static boolean opinionBallotAdmits(int agree, int present) {
        if (present <= 0 || agree < 0 || agree > present) {
            throw new InvalidRound("Phiếu xin ý kiến không hợp lệ: " + agree + " đồng ý trên " + present + " có mặt.");
        }
        return (long) agree * 10 > 3L * present;
    }

    public enum MergeStep {
        /** The merged list keeps within the cap: the congress votes to adopt it. */
        CONGRESS_VOTES_LIST,
        /** Above the cap: the congress is polled and the list cut back to the cap (R8). */
        CONGRESS_POLLED_TO_CUT
    }

    public record Merge(int names, int maxNames, MergeStep step) {
    }

    /** What happens when admitted nominees join the convening committee's list (R8). */
    public static Merge merge(Post post, int seats, int conveningNames, int admittedNominees, ElectionRules rules) {
        int names = conveningNames + admittedNominees;
        boolean capped = !post.delegates() || rules.delegateSurplusCapped();
        int maxNames = capped ? seats + maxSurplus(seats, rules) : Integer.MAX_VALUE;
        return new Merge(names, maxNames, names <= maxNames ? MergeStep.CONGRESS_VOTES_LIST : MergeStep.CONGRESS_POLLED_TO_CUT);
    }

    /**
     * Cuts a list that is too long by a poll of the congress, keeping the top scorers (past practice,
     * R8). A tie across the cut keeps none of the tied and says how many places they share.
     *
     * @param poll agree counts by candidate id
     */
    public record Cut(List<String> kept, Optional<Tie> tie) {
        public Cut {
            kept = List.copyOf(kept);
        }
    }

    public static Cut cut(List<Candidate> list, Map<String, Integer> poll, int keep) {
        if (keep < 0 || keep > list.size()) {
            throw new InvalidRound("Không thể giữ " + keep + " trong " + list.size() + " người.");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Integer votes = poll.get(list.get(i).id());
            if (votes == null) {
                throw new InvalidRound("Thiếu kết quả thăm dò của \"" + list.get(i).id() + "\".");
            }
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -poll.get(list.get(i).id())).thenComparingInt(i -> i));
        if (keep == list.size() || keep == 0
                || !poll.get(list.get(order.get(keep - 1)).id()).equals(poll.get(list.get(order.get(keep)).id()))) {
            return new Cut(order.subList(0, keep).stream().sorted().map(i -> list.get(i).id()).toList(), Optional.empty());
        }
        int last = poll.get(list.get(order.get(keep - 1)).id());
        List<String> above = order.stream().filter(i -> poll.get(list.get(i).id()) > last).sorted()
                .map(i -> list.get(i).id()).toList();
        List<String> tied = order.stream().filter(i -> poll.get(list.get(i).id()) == last).sorted()
                .map(i -> list.get(i).id()).toList();
        return new Cut(above, Optional.of(new Tie(tied, keep - above.size())));
    }

    private static void requireSeats(int seats) {
        if (seats < 1) {
            throw new InvalidRound("Số cần bầu phải từ 1: " + seats + ".");
        }
    }
}
