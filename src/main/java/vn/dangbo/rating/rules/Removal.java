package vn.dangbo.rating.rules;

import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Grounds for removal from the rolls that come from the ratings themselves (R11, R33). */
public final class Removal {

    private Removal() {
    }

    /**
     * NOT_COMPLETED in each of the policy's number of calendar years ending with {@code year}.
     * A year without a level breaks the run: the rule speaks of consecutive ratings.
     */
    public static Optional<Reason> groundsFor(RatingPolicy policy, int year, Map<Integer, Level> levelsByYear) {
        int years = policy.removalAfterYearsNotCompleted();
        StringJoiner which = new StringJoiner(", ");
        for (int y = year - years + 1; y <= year; y++) {
            if (levelsByYear.get(y) != Level.NOT_COMPLETED) {
                return Optional.empty();
            }
            which.add(Integer.toString(y));
        }
        return Optional.of(new Reason(Rule.REMOVAL, Level.NOT_COMPLETED, "Không hoàn thành nhiệm vụ " + years
                + " năm liên tục (" + which + "): thuộc diện xem xét xóa tên khỏi danh sách đảng viên"));
    }
}
