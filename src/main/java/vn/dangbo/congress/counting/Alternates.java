package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Alternate delegates, elected on a separate ballot (Q5): each needs votes × 2 > N like anyone
 * (R22), and their rank by votes is the order in which they replace an official delegate.
 */
public final class Alternates {

    private Alternates() {
    }

    /**
     * @param rank         1 for the first to replace; equal votes share a rank
     * @param sharesRank   the body must settle this pair's order itself (Q5): the rules give none
     */
    public record Substitute(String id, int votes, int rank, boolean sharesRank) {
    }

    public static List<Substitute> substitutionOrder(CountResult alternates) {
        List<CandidateTally> elected = alternates.candidates().stream().filter(CandidateTally::elected).toList();
        List<Substitute> order = new ArrayList<>();
        for (int i = 0; i < elected.size(); i++) {
            CandidateTally tally = elected.get(i);
            boolean sameAsBefore = i > 0 && elected.get(i - 1).votes() == tally.votes();
            boolean sameAsAfter = i + 1 < elected.size() && elected.get(i + 1).votes() == tally.votes();
            int rank = sameAsBefore ? order.get(i - 1).rank() : i + 1;
            order.add(new Substitute(tally.id(), tally.votes(), rank, sameAsBefore || sameAsAfter));
        }
        return order;
    }
}
